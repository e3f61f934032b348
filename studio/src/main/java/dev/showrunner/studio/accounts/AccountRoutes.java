package dev.showrunner.studio.accounts;

import dev.showrunner.studio.errors.StudioException;
import dev.showrunner.studio.web.Http;
import dev.showrunner.studio.web.StudioServer;
import dev.showrunner.studio.web.Templates;
import io.javalin.http.Context;

/**
 * Signing in and out, the first account and the administrator's new ones: the sign-in and
 * sign-up pages, and the API's session, {@code /api/me} and {@code /api/users}. The studio's
 * route table ({@link StudioServer}) lists the paths.
 */
public final class AccountRoutes {

    record SignInRequest(String email, String password) {}

    record RegisterRequest(String email, String name, String password) {}

    record PasswordChange(String currentPassword, String newPassword) {}

    /** What signing in through the API answers: the bearer token, the CSRF token for cookie use, and who. */
    record SignedIn(String token, String csrf, User user) {}

    private final Accounts accounts;
    private final Invitations invitations;
    private final StudioServer.Options options;
    private final boolean loopbackOnly;
    private final Templates templates;

    public AccountRoutes(Accounts accounts, Invitations invitations, StudioServer.Options options, Templates templates) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.options = options;
        this.loopbackOnly = options.loopbackOnly();
        this.templates = templates;
    }

    /** Before every request: the session from the cookie or an {@code Authorization: Bearer} header. */
    public void authenticate(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth != null && auth.startsWith("Bearer ")) {
            Session s = accounts.session(auth.substring(7).strip())
                    .orElseThrow(() -> StudioException.unauthorized("the bearer token is not valid (expired or signed out)"));
            Http.attach(ctx, s, true);
            return;
        }
        String cookie = ctx.cookie(Http.SESSION_COOKIE);
        if (cookie != null) {
            accounts.session(cookie).ifPresent(s -> Http.attach(ctx, s, false));
        }
    }

    // ---- pages

    public void home(Context ctx) {
        ctx.redirect(Http.sessionOrNull(ctx) == null ? (accounts.isEmpty() ? "/signup" : "/signin") : "/series");
    }

    public void signInForm(Context ctx) {
        if (accounts.isEmpty()) {
            ctx.redirect("/signup");
            return;
        }
        render(ctx, new SignInPage(Http.chrome(ctx, "Sign in"), null, safeNext(ctx.queryParam("next")), "", false, false));
    }

    public void signIn(Context ctx) {
        String email = ctx.formParam("email");
        String next = safeNext(ctx.formParam("next"));
        try {
            requireSameOrigin(ctx);
            refuseDemoPasswordBeyondLoopback(ctx.formParam("password"));
            startSession(ctx, accounts.signIn(email, ctx.formParam("password"), address(ctx)));
            ctx.redirect(next);
        } catch (StudioException e) {
            ctx.status(e.status());
            render(ctx, new SignInPage(Http.chrome(ctx, "Sign in"), e.detail(), next, email == null ? "" : email,
                    false, false));
        }
    }

    public void signOut(Context ctx) {
        accounts.signOut(ctx.cookie(Http.SESSION_COOKIE));
        Http.setSessionCookie(ctx, "", false, 0);
        ctx.redirect("/signin");
    }

    public void signUpForm(Context ctx) {
        String token = ctx.queryParam("invitation");
        if (token != null) {
            Invitations.Pending invited = invitations.find(token).orElseThrow(Invitations::notValid);
            render(ctx, new SignInPage(Http.chrome(ctx, "Join"), null, "/series", invited.email(), true, false, token));
            return;
        }
        boolean first = accounts.isEmpty();
        requireAdministratorUnless(first, ctx);
        render(ctx, new SignInPage(Http.chrome(ctx, first ? "Welcome" : "Add an account"), null, "/series", "", true,
                first));
    }

    public void signUp(Context ctx) {
        if (ctx.formParam("invitation") != null) {
            signUpInvited(ctx, ctx.formParam("invitation"));
            return;
        }
        boolean first = accounts.isEmpty();
        requireAdministratorUnless(first, ctx);
        String email = ctx.formParam("email");
        try {
            requireSameOrigin(ctx);
            accounts.register(email, ctx.formParam("name"), ctx.formParam("password"));
            if (first) {
                startSession(ctx, accounts.signIn(email, ctx.formParam("password"), address(ctx)));
            }
            ctx.redirect("/series");
        } catch (StudioException e) {
            ctx.status(e.status());
            render(ctx, new SignInPage(Http.chrome(ctx, "Welcome"), e.detail(), "/series", email == null ? "" : email,
                    true, first));
        }
    }

    /**
     * An invited person makes their account, with the invited address only, and joins: the
     * invitation is what lets someone who is not an administrator make an account.
     */
    private void signUpInvited(Context ctx, String token) {
        Invitations.Pending invited = invitations.find(token).orElseThrow(Invitations::notValid);
        try {
            requireSameOrigin(ctx);
            accounts.register(invited.email(), ctx.formParam("name"), ctx.formParam("password"));
            Accounts.SignIn in = accounts.signIn(invited.email(), ctx.formParam("password"), address(ctx));
            startSession(ctx, in);
            Invitations.Pending joined = invitations.accept(token, in.session().user());
            ctx.redirect("/series/" + joined.seriesId());
        } catch (StudioException e) {
            ctx.status(e.status());
            String detail = e.status() == 409
                    ? "email: an account with this address exists; sign in with it to accept the invitation" : e.detail();
            render(ctx, new SignInPage(Http.chrome(ctx, "Join"), detail, "/series", invited.email(), true, false, token));
        }
    }

    // ---- one's own account

    /** {@code GET /account}: changing one's password, signing out everywhere else. */
    public void accountPage(Context ctx) {
        Http.user(ctx);
        templates.render(ctx, "accounts/account.jte", AccountPage.of(Http.chrome(ctx, "Your account")));
    }

    /** {@code POST /account/password}: the page comes back saying so, or with the refusal beside its field. */
    public void changePasswordForm(Context ctx) {
        User user = Http.user(ctx);
        AccountPage page;
        try {
            accounts.changePassword(user, ctx.formParam("currentPassword"), ctx.formParam("newPassword"), currentToken(ctx),
                    address(ctx));
            page = AccountPage.done(Http.chrome(ctx, "Your account"),
                    "Your password is changed, and your other sessions have ended.");
        } catch (StudioException e) {
            if (e.status() != 400) {
                throw e;
            }
            ctx.status(e.status());
            page = AccountPage.refused(Http.chrome(ctx, "Your account"), e.detail());
        }
        templates.render(ctx, "accounts/account.jte", page);
    }

    /** {@code POST /account/sessions}: every other session of the person ends. */
    public void signOutElsewhereForm(Context ctx) {
        accounts.signOutElsewhere(Http.user(ctx), currentToken(ctx));
        templates.render(ctx, "accounts/account.jte", AccountPage.done(Http.chrome(ctx, "Your account"),
                "You are signed out everywhere else."));
    }

    public void apiChangePassword(Context ctx) {
        User user = Http.user(ctx);
        PasswordChange req = Http.json(ctx, PasswordChange.class);
        accounts.changePassword(user, Http.required(req.currentPassword(), "currentPassword"),
                Http.required(req.newPassword(), "newPassword"), currentToken(ctx), address(ctx));
        ctx.status(204);
    }

    public void apiSignOutElsewhere(Context ctx) {
        accounts.signOutElsewhere(Http.user(ctx), currentToken(ctx));
        ctx.status(204);
    }

    /** The token of the request's own session: the bearer token, else the cookie's. */
    private static String currentToken(Context ctx) {
        String auth = ctx.header("Authorization");
        return auth != null && auth.startsWith("Bearer ") ? auth.substring(7).strip() : ctx.cookie(Http.SESSION_COOKIE);
    }

    // ---- API

    public void apiSignIn(Context ctx) {
        SignInRequest req = Http.json(ctx, SignInRequest.class);
        refuseDemoPasswordBeyondLoopback(req.password());
        Accounts.SignIn in = accounts.signIn(Http.required(req.email(), "email"), Http.required(req.password(), "password"),
                address(ctx));
        startSession(ctx, in);
        Http.json(ctx, 200, new SignedIn(in.token(), in.session().csrfToken(), in.session().user()));
    }

    public void apiSignOut(Context ctx) {
        String auth = ctx.header("Authorization");
        accounts.signOut(auth != null && auth.startsWith("Bearer ") ? auth.substring(7).strip() : ctx.cookie(Http.SESSION_COOKIE));
        Http.setSessionCookie(ctx, "", false, 0);
        ctx.status(204);
    }

    public void me(Context ctx) {
        Http.json(ctx, 200, Http.user(ctx));
    }

    /** Open while there is no account (that one becomes the administrator); then administrators only. */
    public void register(Context ctx) {
        Session session = Http.sessionOrNull(ctx);
        if (!accounts.isEmpty()) {
            if (session == null) {
                throw StudioException.unauthorized("sign in as an administrator to add accounts");
            }
            if (!session.user().admin()) {
                throw StudioException.forbidden("only an administrator adds accounts");
            }
        }
        RegisterRequest req = Http.json(ctx, RegisterRequest.class);
        Http.json(ctx, 201, accounts.register(req.email(), req.name(), req.password()));
    }

    // ---- helpers

    private void startSession(Context ctx, Accounts.SignIn in) {
        Http.setSessionCookie(ctx, in.token(), options.secureCookies() || Http.https(ctx, options.trustProxy()),
                Accounts.SESSION_SECONDS);
    }

    /**
     * The demo password is printed for all to read: once the studio listens beyond this
     * computer, it signs no one in (whatever the account) until it is changed, on a studio
     * started on localhost ({@code serve --host localhost}), or the studio is started with
     * {@code --no-demo} on an empty database.
     */
    private void refuseDemoPasswordBeyondLoopback(String password) {
        if (Passwords.DEMO.equals(password) && !loopbackOnly) {
            throw StudioException.forbidden("password: the demo password works only while the studio listens on this"
                    + " computer alone; serve it on localhost and change the password on the Account page first");
        }
    }

    /** The client's address as the login throttle counts it: behind a trusted proxy, the one it forwarded. */
    private String address(Context ctx) {
        return Http.clientAddress(ctx, options.trustProxy());
    }

    private static void requireAdministratorUnless(boolean firstAccount, Context ctx) {
        Session s = Http.sessionOrNull(ctx);
        if (!firstAccount && (s == null || !s.user().admin())) {
            throw StudioException.forbidden("accounts are made by an administrator; ask yours");
        }
    }

    /**
     * Only a path on this site, so the sign-in form cannot be used to send people elsewhere.
     * Browsers drop tabs and line breaks from an address and read a backslash as a slash
     * ({@code /\t/evil.example} is {@code //evil.example} to them), so any control character,
     * space or backslash refuses the value rather than being judged as written.
     */
    static String safeNext(String next) {
        if (next == null || next.length() > 2000 || !next.startsWith("/") || next.startsWith("//")) {
            return "/series";
        }
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            if (c <= ' ' || c == 0x7f || c == '\\' || Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.CONTROL) {
                return "/series";
            }
        }
        try {
            java.net.URI uri = new java.net.URI(next);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? next : "/series";
        } catch (java.net.URISyntaxException e) {
            return "/series";
        }
    }

    /**
     * Refuses a sign-in or sign-up form posted from another site (login CSRF: a page elsewhere
     * signing a visitor into the attacker's account). There is no session yet to hold a token,
     * so the browser's {@code Origin} (or, lacking it, {@code Referer}) must name this host;
     * a request with neither is refused too (fail closed): browsers send Origin on every POST.
     */
    private void requireSameOrigin(Context ctx) {
        String host = options.trustProxy() && ctx.header("X-Forwarded-Host") != null
                ? ctx.header("X-Forwarded-Host") : ctx.header("Host");
        String from = ctx.header("Origin");
        if (from == null || from.equals("null")) {
            from = ctx.header("Referer");
        }
        String authority = null;
        try {
            authority = from == null ? null : new java.net.URI(from.strip()).getRawAuthority();
        } catch (java.net.URISyntaxException e) {
            // unreadable: refused below
        }
        if (host == null || authority == null || !authority.equalsIgnoreCase(host.strip())) {
            throw StudioException.forbidden("this form was sent from another site; open the sign-in page here and try again");
        }
    }

    private void render(Context ctx, SignInPage page) {
        templates.render(ctx, "accounts/signin.jte", page);
    }
}
