package dev.showrunner.studio.accounts;

import java.util.Locale;

/** A member's role on one series. */
public enum Role {
    SHOWRUNNER("Showrunner"),
    WRITER("Writer"),
    PRODUCER("Producer"),
    NETWORK_EXECUTIVE("Network executive"),
    STUDIO_EXECUTIVE("Studio executive"),
    CASTING("Casting"),
    PRODUCTION("Production");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The role's name in URLs and JSON: {@code network_executive}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Showrunner and writers edit scripts and the series' seasons and episodes; others read. */
    public boolean writes() {
        return this == SHOWRUNNER || this == WRITER;
    }

    /**
     * Showrunner, producers and the production office keep the production files (cast costs,
     * unavailable dates, the schedule's rules); writers and others read them.
     */
    public boolean plans() {
        return this == SHOWRUNNER || this == PRODUCER || this == PRODUCTION;
    }

    /**
     * Network and studio executives read only the drafts delivered to the series, as pages, and
     * never the room's working drafts nor their Fountain source (issue 23 §1).
     */
    public boolean executive() {
        return this == NETWORK_EXECUTIVE || this == STUDIO_EXECUTIVE;
    }

    /** Everyone but the executives: the room's people, who read working drafts and room-only notes. */
    public boolean room() {
        return !executive();
    }

    /** The showrunner and producers lock the production draft and issue its coloured revisions. */
    public boolean issues() {
        return this == SHOWRUNNER || this == PRODUCER;
    }

    /** Only the showrunner renames or archives the series and chooses its members. */
    public boolean owns() {
        return this == SHOWRUNNER;
    }

    public static Role parse(String key) {
        for (Role role : values()) {
            if (role.key().equalsIgnoreCase(key)) {
                return role;
            }
        }
        throw dev.showrunner.studio.errors.StudioException.badRequest(
                "role: unknown role '" + key + "' (one of showrunner, writer, producer, network_executive, studio_executive, casting, production)");
    }
}
