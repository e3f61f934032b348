package dev.showrunner.studio.web;

import dev.showrunner.studio.accounts.User;

/** What every page's frame shows: the title, who is signed in, and the CSRF token for its forms. */
public record Chrome(String title, User user, String csrf) {}
