package dev.showrunner.studio.accounts;

import dev.showrunner.studio.web.Chrome;

/** The sign-in form, or the sign-up form when {@code signUp}. */
public record SignInPage(Chrome chrome, String error, String next, String email, boolean signUp, boolean firstAccount) {}
