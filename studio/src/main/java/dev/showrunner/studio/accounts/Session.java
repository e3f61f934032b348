package dev.showrunner.studio.accounts;

/** A signed-in browser or API client: who, and the CSRF token its forms must send back. */
public record Session(User user, String csrfToken) {}
