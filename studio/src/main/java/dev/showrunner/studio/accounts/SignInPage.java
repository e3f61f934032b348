package dev.showrunner.studio.accounts;

import dev.showrunner.studio.web.Chrome;

/**
 * The sign-in form, or the sign-up form when {@code signUp}; with an {@code invitation} token,
 * the sign-up form of an invited person, its address fixed to the invited one.
 */
public record SignInPage(Chrome chrome, String error, String next, String email, boolean signUp, boolean firstAccount,
        String invitation) {

    public SignInPage(Chrome chrome, String error, String next, String email, boolean signUp, boolean firstAccount) {
        this(chrome, error, next, email, signUp, firstAccount, null);
    }
}
