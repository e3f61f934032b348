package dev.showrunner.studio.web;

/** A refusal or failure, said plainly. */
public record ErrorPage(Chrome chrome, int status, String detail) {}
