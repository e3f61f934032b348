package dev.showrunner.studio.series;

import dev.showrunner.studio.accounts.Role;
import dev.showrunner.studio.web.Chrome;
import java.time.Instant;

/** An invitation to a series, seen by whoever holds its link. */
public record InvitationPage(Chrome chrome, String token, String seriesTitle, String email, Role role, long expiresAt) {

    /** Signed in with the invited address: the page offers to accept. */
    public boolean forThisUser() {
        return chrome.user() != null && chrome.user().email().equalsIgnoreCase(email);
    }

    public boolean signedIn() {
        return chrome.user() != null;
    }

    public String expires() {
        return Instant.ofEpochMilli(expiresAt).toString().substring(0, 10);
    }
}
