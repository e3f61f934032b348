package dev.showrunner.studio.series;

import dev.showrunner.studio.accounts.Access;
import dev.showrunner.studio.accounts.Invitations;
import dev.showrunner.studio.accounts.Role;
import dev.showrunner.studio.accounts.User;
import dev.showrunner.studio.errors.StudioException;
import dev.showrunner.studio.web.Http;
import dev.showrunner.studio.web.Templates;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Series, their seasons and episodes, and who is on each series with which role: the series
 * list and the series page (forms posting back here), and the same through the API.
 */
public final class SeriesRoutes {

    record SeriesRequest(String title, String logline) {}

    record SeriesPatch(String title, String logline, Boolean archived) {}

    record MemberRequest(String email, String role) {}

    record TitleRequest(String title) {}

    record ItemPatch(String title, Boolean archived, Integer position) {}

    /** A series as the API gives it: the series, the caller's role, its seasons with their episodes. */
    record SeriesDetail(Series series, String role, List<SeasonEpisodes> seasons) {}

    /** A season and its episodes, in order. */
    record SeasonEpisodes(Season season, List<Episode> episodes) {}

    /** What naming an address on the members form did: a member's role changed, or an invitation made. */
    sealed interface MemberChange permits MemberView, InvitationView {}

    /** One member of a series and their role's key. */
    record MemberView(User user, String role) implements MemberChange {}

    /**
     * An invitation made (202): the same answer whether the address has an account or not.
     * {@code link} is the one to pass on; {@code sent} is true once the studio has mailed it.
     */
    record InvitationView(String email, String role, long expiresAt, String link, boolean sent) implements MemberChange {}

    /** What accepting an invitation gives: the series joined and the role on it. */
    record Joined(long seriesId, String role) {}

    private final Access access;
    private final Invitations invitations;
    private final Invitations.Courier courier;
    private final Catalog catalog;
    private final Templates templates;

    public SeriesRoutes(Access access, Invitations invitations, Invitations.Courier courier, Catalog catalog,
            Templates templates) {
        this.access = access;
        this.invitations = invitations;
        this.courier = courier;
        this.catalog = catalog;
        this.templates = templates;
    }

    // ---- pages

    public void list(Context ctx) {
        User user = Http.user(ctx);
        boolean all = "true".equals(ctx.queryParam("archived"));
        templates.render(ctx, "series/series-list.jte",
                new SeriesListPage(Http.chrome(ctx, "Series"), catalog.seriesFor(user.id(), all), all));
    }

    public void create(Context ctx) {
        User user = Http.user(ctx);
        Series s = catalog.createSeries(user.id(), ctx.formParam("title"), ctx.formParam("logline"));
        ctx.redirect("/series/" + s.id());
    }

    public void page(Context ctx) {
        User user = Http.user(ctx);
        long id = Http.idParam(ctx, "series");
        renderPage(ctx, id, access.read(user, id), SeriesPage.MembersForm.EMPTY);
    }

    private void renderPage(Context ctx, long id, Role role, SeriesPage.MembersForm form) {
        Series series = catalog.series(id);
        List<SeriesPage.SeasonView> seasons = seasons(id).stream()
                .map(s -> new SeriesPage.SeasonView(s.season(), s.episodes())).toList();
        templates.render(ctx, "series/series.jte", new SeriesPage(Http.chrome(ctx, series.title()), series, role, seasons,
                access.members(id), role.owns() ? invitations.pending(id) : List.of(), Arrays.asList(Role.values()), form));
    }

    public void update(Context ctx) {
        long id = ownedSeries(ctx);
        String action = Optional.ofNullable(ctx.formParam("action")).orElse("rename");
        switch (action) {
            case "rename" -> catalog.updateSeries(id, ctx.formParam("title"), ctx.formParam("logline"), null);
            case "archive" -> catalog.updateSeries(id, null, null, true);
            case "restore" -> catalog.updateSeries(id, null, null, false);
            default -> throw StudioException.badRequest("action: unknown action " + action);
        }
        ctx.redirect(action.equals("archive") ? "/series" : "/series/" + id);
    }

    /**
     * The members form: changes a member's role, or invites the address (a person joins only by
     * accepting). The page comes back with the invitation's link to pass on, or with the
     * refusal beside the field it names.
     */
    public void setMember(Context ctx) {
        long id = ownedSeries(ctx);
        String email = ctx.formParam("email") == null ? "" : ctx.formParam("email");
        String roleKey = ctx.formParam("role") == null ? "" : ctx.formParam("role");
        SeriesPage.MembersForm form;
        try {
            if ("remove".equals(ctx.formParam("action"))) {
                remove(id, email);
                form = SeriesPage.MembersForm.EMPTY;
            } else {
                Role role = Role.parse(Http.required(ctx.formParam("role"), "role"));
                form = switch (addOrInvite(ctx, id, email, role)) {
                    case MemberView m -> SeriesPage.MembersForm.done(m.user().name() + " is now " + role.label() + ".", null);
                    case InvitationView i -> SeriesPage.MembersForm.done(i.sent()
                            ? "An invitation was sent to " + i.email() + "."
                            : "Invitation made. Pass this link on to " + i.email() + "; it works once, for that address,"
                                    + " until " + SeriesPage.day(i.expiresAt()) + ":",
                            i.sent() ? null : i.link());
                };
            }
        } catch (StudioException e) {
            if (e.status() != 400 && e.status() != 409) {
                throw e;
            }
            ctx.status(e.status());
            form = SeriesPage.MembersForm.refused(email, roleKey, e.detail());
        }
        renderPage(ctx, id, Role.SHOWRUNNER, form);
    }

    /**
     * A member's role changed ({@link MemberView}), or an invitation made ({@link InvitationView})
     * for any other address, whether it has an account or not.
     */
    private MemberChange addOrInvite(Context ctx, long seriesId, String email, Role role) {
        Optional<Access.Member> member = memberByEmail(seriesId, email);
        if (member.isPresent()) {
            access.setRole(seriesId, member.get().user().id(), role);
            return new MemberView(member.get().user(), role.key());
        }
        Invitations.Invitation invitation = invitations.invite(seriesId, email, role, Http.user(ctx).id());
        String link = siteAddress(ctx) + "/invitations/" + invitation.token();
        boolean sent = courier.send(invitation, link);
        return new InvitationView(invitation.email(), role.key(), invitation.expiresAt(), sent ? null : link, sent);
    }

    /** Removes a member, or withdraws the address' invitation: the same answer for either, or neither. */
    private void remove(long seriesId, String email) {
        Optional<Access.Member> member = memberByEmail(seriesId, email);
        if (member.isPresent()) {
            access.remove(seriesId, member.get().user().id());
        } else {
            invitations.withdraw(seriesId, email);
        }
    }

    private Optional<Access.Member> memberByEmail(long seriesId, String email) {
        String normal = email == null ? "" : email.strip();
        return access.members(seriesId).stream().filter(m -> m.user().email().equalsIgnoreCase(normal)).findFirst();
    }

    private static String siteAddress(Context ctx) {
        return Http.siteAddress(ctx);
    }

    // ---- invitations

    /** {@code GET /invitations/{token}}: what the invitation grants, and how to accept it. */
    public void invitationPage(Context ctx) {
        Invitations.Pending invitation = invitations.find(ctx.pathParam("token")).orElseThrow(Invitations::notValid);
        Series series = catalog.series(invitation.seriesId());
        templates.render(ctx, "series/invitation.jte", new InvitationPage(Http.chrome(ctx, "Invitation"),
                ctx.pathParam("token"), series.title(), invitation.email(), invitation.role(), invitation.expiresAt()));
    }

    /** {@code POST /invitations/{token}}: the signed-in invitee accepts. */
    public void acceptInvitation(Context ctx) {
        Invitations.Pending joined = invitations.accept(ctx.pathParam("token"), Http.user(ctx));
        ctx.redirect("/series/" + joined.seriesId());
    }

    public void apiAcceptInvitation(Context ctx) {
        Invitations.Pending joined = invitations.accept(ctx.pathParam("token"), Http.user(ctx));
        Http.json(ctx, 200, new Joined(joined.seriesId(), joined.role().key()));
    }

    public void createSeason(Context ctx) {
        long id = writableSeries(ctx);
        catalog.createSeason(id, ctx.formParam("title"));
        ctx.redirect("/series/" + id);
    }

    public void updateSeason(Context ctx) {
        Season season = writableSeason(ctx);
        switch (Optional.ofNullable(ctx.formParam("action")).orElse("rename")) {
            case "rename" -> catalog.updateSeason(season.id(), ctx.formParam("title"), null, null);
            case "up" -> catalog.updateSeason(season.id(), null, null, Math.max(1, season.position() - 1));
            case "down" -> catalog.updateSeason(season.id(), null, null, season.position() + 1);
            case "archive" -> catalog.updateSeason(season.id(), null, true, null);
            default -> throw StudioException.badRequest("action: unknown action");
        }
        ctx.redirect("/series/" + season.seriesId());
    }

    public void createEpisode(Context ctx) {
        Season season = writableSeason(ctx);
        Episode e = catalog.createEpisode(season.id(), ctx.formParam("title"));
        ctx.redirect("/series/" + season.seriesId() + "#episode-" + e.id());
    }

    public void updateEpisode(Context ctx) {
        Episode episode = writableEpisode(ctx);
        switch (Optional.ofNullable(ctx.formParam("action")).orElse("rename")) {
            case "rename" -> catalog.updateEpisode(episode.id(), ctx.formParam("title"), null, null);
            case "up" -> catalog.updateEpisode(episode.id(), null, null, Math.max(1, episode.position() - 1));
            case "down" -> catalog.updateEpisode(episode.id(), null, null, episode.position() + 1);
            case "archive" -> catalog.updateEpisode(episode.id(), null, true, null);
            default -> throw StudioException.badRequest("action: unknown action");
        }
        ctx.redirect("/series/" + episode.seriesId());
    }

    // ---- API

    public void apiList(Context ctx) {
        User user = Http.user(ctx);
        boolean all = "true".equals(ctx.queryParam("archived"));
        Http.json(ctx, 200, catalog.seriesFor(user.id(), all));
    }

    public void apiCreate(Context ctx) {
        User user = Http.user(ctx);
        SeriesRequest req = Http.json(ctx, SeriesRequest.class);
        Http.json(ctx, 201, catalog.createSeries(user.id(), req.title(), req.logline()));
    }

    public void apiGet(Context ctx) {
        User user = Http.user(ctx);
        long id = Http.idParam(ctx, "series");
        Role role = access.read(user, id);
        Http.json(ctx, 200, new SeriesDetail(catalog.series(id), role.key(), seasons(id)));
    }

    public void apiUpdate(Context ctx) {
        long id = ownedSeries(ctx);
        SeriesPatch req = Http.json(ctx, SeriesPatch.class);
        catalog.updateSeries(id, req.title(), req.logline(), req.archived());
        Http.json(ctx, 200, catalog.series(id));
    }

    public void apiMembers(Context ctx) {
        User user = Http.user(ctx);
        long id = Http.idParam(ctx, "series");
        access.read(user, id);
        Http.json(ctx, 200, access.members(id).stream().map(m -> new MemberView(m.user(), m.role().key())).toList());
    }

    /** Changes a member's role (200), or invites the address (202, the same whether it has an account or not). */
    public void apiSetMember(Context ctx) {
        long id = ownedSeries(ctx);
        MemberRequest req = Http.json(ctx, MemberRequest.class);
        Role role = Role.parse(Http.required(req.role(), "role"));
        MemberChange outcome = addOrInvite(ctx, id, Http.required(req.email(), "email"), role);
        Http.json(ctx, outcome instanceof InvitationView ? 202 : 200, outcome);
    }

    public void apiCreateSeason(Context ctx) {
        long id = writableSeries(ctx);
        TitleRequest req = Http.json(ctx, TitleRequest.class);
        Http.json(ctx, 201, catalog.createSeason(id, req.title()));
    }

    public void apiUpdateSeason(Context ctx) {
        Season season = writableSeason(ctx);
        ItemPatch req = Http.json(ctx, ItemPatch.class);
        catalog.updateSeason(season.id(), req.title(), req.archived(), req.position());
        Http.json(ctx, 200, catalog.season(season.id()));
    }

    public void apiCreateEpisode(Context ctx) {
        Season season = writableSeason(ctx);
        TitleRequest req = Http.json(ctx, TitleRequest.class);
        Http.json(ctx, 201, catalog.createEpisode(season.id(), req.title()));
    }

    public void apiUpdateEpisode(Context ctx) {
        Episode episode = writableEpisode(ctx);
        ItemPatch req = Http.json(ctx, ItemPatch.class);
        catalog.updateEpisode(episode.id(), req.title(), req.archived(), req.position());
        Http.json(ctx, 200, catalog.episode(episode.id()));
    }

    // ---- helpers

    /** The series' seasons (not archived), each with its episodes, in order. */
    private List<SeasonEpisodes> seasons(long seriesId) {
        List<Episode> episodes = catalog.episodes(seriesId, false);
        return catalog.seasons(seriesId, false).stream()
                .map(s -> new SeasonEpisodes(s, episodes.stream().filter(e -> e.seasonId() == s.id()).toList()))
                .toList();
    }

    private long ownedSeries(Context ctx) {
        long id = Http.idParam(ctx, "series");
        access.own(Http.user(ctx), id);
        return id;
    }

    private long writableSeries(Context ctx) {
        long id = Http.idParam(ctx, "series");
        access.write(Http.user(ctx), id);
        return id;
    }

    /**
     * The season of the path, when the user edits its series: 404 "no such season" alike when
     * there is none and when the user is not on its series (one answer for "not there" and
     * "not yours"), 403 for a role that only reads.
     */
    private Season writableSeason(Context ctx) {
        User user = Http.user(ctx);
        Catalog.SeasonAccess found = catalog.seasonFor(Http.idParam(ctx, "season"), user.id());
        Access.writes(found.role());
        return found.season();
    }

    /** The episode of the path, when the user edits its series; 404 and 403 as for seasons. */
    private Episode writableEpisode(Context ctx) {
        User user = Http.user(ctx);
        Catalog.EpisodeAccess found = catalog.episodeFor(Http.idParam(ctx, "episode"), user.id());
        Access.writes(found.role());
        return found.episode();
    }
}
