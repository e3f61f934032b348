package dev.showrunner.studio.accounts;

import dev.showrunner.studio.web.Chrome;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The signed-in person's own account: changing the password, signing out everywhere else.
 * {@code errorField} names the field a refusal is shown beside; {@code done} says what was done.
 */
public record AccountPage(Chrome chrome, String errorField, String error, String done) {

    private static final Pattern FIELD = Pattern.compile("(currentPassword|newPassword): (.*)", Pattern.DOTALL);

    static AccountPage of(Chrome chrome) {
        return new AccountPage(chrome, null, null, null);
    }

    static AccountPage done(Chrome chrome, String done) {
        return new AccountPage(chrome, null, null, done);
    }

    /** A refusal, beside the field its detail names ("newPassword: ..."), else above the form. */
    static AccountPage refused(Chrome chrome, String detail) {
        Matcher m = FIELD.matcher(detail == null ? "" : detail);
        return m.matches() ? new AccountPage(chrome, m.group(1), m.group(2), null) : new AccountPage(chrome, "form", detail, null);
    }

    public boolean errorOn(String field) {
        return field.equals(errorField);
    }
}
