package dev.showrunner.studio.series;

import dev.showrunner.studio.accounts.Access;
import dev.showrunner.studio.accounts.Role;
import dev.showrunner.studio.accounts.User;
import dev.showrunner.studio.errors.StudioException;
import dev.showrunner.studio.web.Http;
import io.javalin.http.Context;

/**
 * The episode a request's path names ({@code {episode}}), once the signed-in user's role on its
 * series allows what the request does. Shared by every feature whose routes hang below an
 * episode (scripts, production, and those to come), so each asks the same question the same way:
 * 401 when signed out, 404 when there is no such episode or the user is not on its series (its
 * existence does not leak), 403 when the role may read but not do this.
 */
public final class EpisodeGuard {

    private final Catalog catalog;

    public EpisodeGuard(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The episode and the user's role on its series, for any member. */
    public Catalog.EpisodeAccess member(Context ctx) {
        User user = Http.user(ctx);
        return catalog.episodeFor(Http.idParam(ctx, "episode"), user.id());
    }

    /** The episode, for any member of its series. */
    public Episode read(Context ctx) {
        return member(ctx).episode();
    }

    /**
     * The episode and role, for the room's members only: executives read the drafts delivered to
     * them (the notes feature), never the room's working drafts nor their source (403).
     */
    public Catalog.EpisodeAccess room(Context ctx) {
        Catalog.EpisodeAccess found = member(ctx);
        if (!found.role().room()) {
            throw StudioException.forbidden("your role (" + found.role().label() + ") reads the drafts delivered to"
                    + " you, not the room's working drafts");
        }
        return found;
    }

    /** The episode, when the user's role edits the script and the series' structure (showrunner, writers). */
    public Episode write(Context ctx) {
        Catalog.EpisodeAccess found = member(ctx);
        Access.writes(found.role());
        return found.episode();
    }

    /** The episode, when the user's role keeps the production files (showrunner, producers, production). */
    public Episode plan(Context ctx) {
        return plan(member(ctx));
    }

    /** The same, for an episode and role already found. */
    public Episode plan(Catalog.EpisodeAccess found) {
        Role role = found.role();
        if (!role.plans()) {
            throw StudioException.forbidden("your role (" + role.label() + ") reads the production files but does"
                    + " not edit them (the showrunner, producers and production do)");
        }
        return found.episode();
    }

    /** The episode, when the user's role locks the production draft and issues its revisions (showrunner, producers). */
    public Episode issue(Context ctx) {
        Catalog.EpisodeAccess found = member(ctx);
        if (!found.role().issues()) {
            throw StudioException.forbidden("only the showrunner and producers lock the production draft and issue"
                    + " revisions");
        }
        return found.episode();
    }

    /** The episode, for the showrunner alone; {@code what} is what only they may do, for the 403. */
    public Episode own(Context ctx, String what) {
        Catalog.EpisodeAccess found = member(ctx);
        if (!found.role().owns()) {
            throw StudioException.forbidden("only the showrunner " + what);
        }
        return found.episode();
    }
}
