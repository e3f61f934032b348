package dev.showrunner.studio.web;

import dev.showrunner.studio.accounts.User;

/**
 * What every page's frame shows: the title, who is signed in, the CSRF token for its forms, and
 * the refusal of the form the user just sent from this page, if any (shown beside its field).
 */
public record Chrome(String title, User user, String csrf, Refusal refusal) {

    public Chrome(String title, User user, String csrf) {
        this(title, user, csrf, null);
    }

    /**
     * Why a form sent from this page was refused: {@code field} is the form field the message
     * names ("draft: not a number" names {@code draft}), empty when it names none.
     */
    public record Refusal(String field, String detail) {}
}
