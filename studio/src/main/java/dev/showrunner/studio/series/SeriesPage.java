package dev.showrunner.studio.series;

import dev.showrunner.studio.accounts.Access;
import dev.showrunner.studio.accounts.Invitations;
import dev.showrunner.studio.accounts.Role;
import dev.showrunner.studio.web.Chrome;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A series: its seasons and episodes, its members, and (for the showrunner) its open invitations. */
public record SeriesPage(Chrome chrome, Series series, Role role, List<SeasonView> seasons, List<Access.Member> members,
        List<Invitations.Pending> invitations, List<Role> roles, MembersForm form) {

    /** A season with its episodes in order. */
    public record SeasonView(Season season, List<Episode> episodes) {}

    /**
     * The members form as it comes back: what was typed, the refusal beside the field it names
     * ({@code email} or {@code role}; any other beside the button), or what was done and the
     * invitation link to pass on.
     */
    public record MembersForm(String email, String role, String errorField, String error, String done, String link) {

        static final MembersForm EMPTY = new MembersForm("", "writer", null, null, null, null);
        private static final Pattern FIELD = Pattern.compile("(email|role): (.*)", Pattern.DOTALL);

        static MembersForm done(String message, String link) {
            return new MembersForm("", "writer", null, null, message, link);
        }

        static MembersForm refused(String email, String role, String detail) {
            Matcher m = FIELD.matcher(detail == null ? "" : detail);
            return m.matches() ? new MembersForm(email, role, m.group(1), m.group(2), null, null)
                    : new MembersForm(email, role, "form", detail, null, null);
        }

        public boolean errorOn(String field) {
            return field.equals(errorField);
        }
    }

    public boolean canWrite() {
        return role.writes();
    }

    public boolean owns() {
        return role.owns();
    }

    public static String day(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString().substring(0, 10);
    }
}
