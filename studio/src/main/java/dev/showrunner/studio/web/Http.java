package dev.showrunner.studio.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.showrunner.studio.accounts.Session;
import dev.showrunner.studio.accounts.User;
import dev.showrunner.studio.errors.StudioException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import java.util.stream.Collectors;

/** Request and response helpers shared by the handlers. */
public final class Http {

    /** The largest request body read, in bytes; a longer one is refused with 413. */
    public static final int MAX_BODY = 8 * 1024 * 1024;
    public static final String SESSION_COOKIE = "sr_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    public static final String CSRF_FIELD = "_csrf";
    private static final String SESSION = "session";
    private static final String BEARER = "bearer";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    /**
     * Most bytes of a request line and its headers together: Jetty's 8 KB doubled, because the
     * schedule page's own address carries its board and locks (about six characters a scene at
     * most), which a feature-length script of 200 scenes keeps near 1.2 KB and 16 KB holds for
     * over 2,000. Reports no longer carry a board in their address (they are posted).
     */
    public static final int MAX_REQUEST_HEAD = 16 * 1024;

    public static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private Http() {}

    // ---- sessions

    public static void attach(Context ctx, Session session, boolean bearer) {
        ctx.attribute(SESSION, session);
        ctx.attribute(BEARER, bearer);
    }

    public static Session sessionOrNull(Context ctx) {
        return ctx.attribute(SESSION);
    }

    /** The signed-in user; 401 when none. */
    public static User user(Context ctx) {
        Session session = sessionOrNull(ctx);
        if (session == null) {
            throw StudioException.unauthorized("sign in first");
        }
        return session.user();
    }

    /**
     * Refuses a state-changing request made with the session cookie unless it carries the
     * session's CSRF token (header or form field). Bearer-token calls carry no ambient
     * authority and need none.
     */
    public static void checkCsrf(Context ctx) {
        Session session = sessionOrNull(ctx);
        if (session == null || SAFE.contains(ctx.method().name()) || Boolean.TRUE.equals(ctx.attribute(BEARER))) {
            return;
        }
        String sent = ctx.header(CSRF_HEADER);
        if (sent == null && isForm(ctx)) {
            sent = ctx.formParam(CSRF_FIELD);
        }
        if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                session.csrfToken().getBytes(StandardCharsets.UTF_8))) {
            throw StudioException.forbidden("missing or wrong CSRF token; reload the page and try again");
        }
    }

    public static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        return type != null && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"));
    }

    public static void setSessionCookie(Context ctx, String token, boolean secure, long maxAgeSeconds) {
        ctx.res().addHeader("Set-Cookie", SESSION_COOKIE + "=" + token + "; Path=/; Max-Age=" + maxAgeSeconds
                + "; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : ""));
    }

    /** True when the request came over HTTPS, directly or through a proxy that says so. */
    public static boolean https(Context ctx, boolean trustProxy) {
        return "https".equalsIgnoreCase(ctx.scheme())
                || (trustProxy && "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto")));
    }

    // ---- bodies

    /** Refuses a body whose declared length is over the limit, before anything is read. */
    public static void checkDeclaredLength(Context ctx) {
        String length = ctx.header("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > MAX_BODY) {
                    throw tooLarge();
                }
            } catch (NumberFormatException e) {
                throw StudioException.badRequest("Content-Length: not a number");
            }
        }
    }

    /** The body's bytes, read only up to the limit: a longer (chunked) body is refused with 413. */
    public static byte[] body(Context ctx) {
        checkDeclaredLength(ctx);
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16384];
            int total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > MAX_BODY) {
                    throw tooLarge();
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw StudioException.badRequest("could not read the request body: " + e.getMessage());
        }
    }

    public static StudioException tooLarge() {
        return StudioException.tooLarge("the request body is larger than " + (MAX_BODY / (1024 * 1024)) + " MB");
    }

    /** Reads a JSON body into {@code type}; 400 names the field that is unknown, missing or of the wrong type. */
    public static <T> T json(Context ctx, Class<T> type) {
        // only a JSON content type: a form or text/plain body is what another site's page can
        // send without asking (no CORS preflight), so refusing it closes cross-site posts
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.strip().toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new StudioException(415, "unsupported_media_type", "Content-Type: send the body as application/json");
        }
        byte[] bytes = body(ctx);
        if (bytes.length == 0) {
            throw StudioException.badRequest("body: expected a JSON object");
        }
        try {
            T value = JSON.readValue(bytes, type);
            if (value == null) {
                throw StudioException.badRequest("body: expected a JSON object, not null");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw StudioException.badRequest(e.getPropertyName() + ": unknown field (known: "
                    + e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")) + ")");
        } catch (MismatchedInputException e) {
            String field = path(e);
            String expected = e.getTargetType() == null ? "another type" : simpleType(e.getTargetType());
            throw StudioException.badRequest((field.isEmpty() ? "body" : field) + ": wrong type, expected " + expected);
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            throw StudioException.badRequest("body: malformed JSON"
                    + (where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr()));
        } catch (IOException e) {
            throw StudioException.badRequest("body: " + e.getMessage());
        }
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String simpleType(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "an integer";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "an object";
    }

    public static <T> T required(T value, String field) {
        if (value == null) {
            throw StudioException.badRequest(field + ": missing");
        }
        return value;
    }

    public static void json(Context ctx, int status, Object value) {
        try {
            ctx.status(status).contentType("application/json").result(JSON.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long idParam(Context ctx, String name) {
        String raw = ctx.pathParam(name);
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw StudioException.notFound("no such " + name);
        }
    }

    public static int intQuery(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null) {
            throw StudioException.badRequest(name + ": missing");
        }
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw StudioException.badRequest(name + ": not a number");
        }
    }

    public static boolean wantsJson(Context ctx) {
        return ctx.path().startsWith("/api/");
    }

    /**
     * The address of the client a request comes from: the direct peer, or, when the studio
     * runs behind a trusted proxy, the address that proxy appended last to
     * {@code X-Forwarded-For} (entries before it were written by the client and prove nothing).
     */
    public static String clientAddress(Context ctx, boolean trustProxy) {
        String direct = ctx.req().getRemoteAddr();
        if (!trustProxy) {
            return direct;
        }
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return direct;
        }
        String[] hops = forwarded.split(",");
        String last = hops[hops.length - 1].strip();
        return last.isEmpty() || last.length() > 64 ? direct : last;
    }

    /** This studio's address as the request reached it, for links to pass on. */
    public static String siteAddress(Context ctx) {
        String host = ctx.header("Host");
        return ctx.scheme() + "://" + (host == null ? "localhost" : host);
    }

    // ---- downloads

    /** A download's name: {@code title}, then {@code what}, in letters, digits and dashes ("Pilot-draft-3"). */
    public static String downloadName(String title, String what) {
        return (title.replaceAll("[^A-Za-z0-9]+", "-") + "-" + what).replaceAll("^-+|-+$", "");
    }

    /** Answers with {@code body} as a file to save under {@code fileName}. */
    public static void attachment(Context ctx, String fileName, String contentType, byte[] body) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        ctx.contentType(contentType).result(body);
    }

    /** The whole number in the path's {@code name}; 404 saying "no such {@code what}" when it is not one. */
    public static int numberParam(Context ctx, String name, String what) {
        try {
            return Integer.parseInt(ctx.pathParam(name));
        } catch (NumberFormatException e) {
            throw StudioException.notFound("no such " + what);
        }
    }

    /** The page frame every template draws: the title, who is signed in, the CSRF token for its forms. */
    public static Chrome chrome(Context ctx, String title) {
        Session s = sessionOrNull(ctx);
        return new Chrome(title, s == null ? null : s.user(), s == null ? "" : s.csrfToken(), takeRefusal(ctx));
    }

    /** The cookie that carries a refused form's message back to the page the form was on, once. */
    static final String REFUSAL_COOKIE = "showrunner_refusal";

    private static final java.util.regex.Pattern FIELD = java.util.regex.Pattern.compile("^([a-zA-Z][a-zA-Z0-9_]{0,40}): ");

    /**
     * Sends a refused form back where it came from (the same site's page in {@code Referer}) with
     * its message, which that page then shows beside the field it names; false when there is
     * no such page to go back to (the caller shows the error page instead).
     */
    static boolean backToForm(Context ctx, String detail) {
        String referer = ctx.header("Referer");
        if (referer == null || detail == null) {
            return false;
        }
        java.net.URI back;
        try {
            back = java.net.URI.create(referer);
        } catch (IllegalArgumentException e) {
            return false;
        }
        String host = ctx.header("Host");
        if (back.getRawPath() == null || !back.getRawPath().startsWith("/") || host == null
                || !host.equalsIgnoreCase(back.getRawAuthority())) {
            return false;
        }
        String value = java.net.URLEncoder.encode(detail.length() > 1000 ? detail.substring(0, 1000) + "…" : detail,
                java.nio.charset.StandardCharsets.UTF_8);
        ctx.res().addHeader("Set-Cookie", REFUSAL_COOKIE + "=" + value + "; Path=/; Max-Age=60; HttpOnly; SameSite=Lax");
        ctx.redirect(back.getRawPath() + (back.getRawQuery() == null ? "" : "?" + back.getRawQuery()), HttpStatus.SEE_OTHER);
        return true;
    }

    /** The refusal carried back to this page, cleared once read. */
    private static Chrome.Refusal takeRefusal(Context ctx) {
        String value = ctx.cookie(REFUSAL_COOKIE);
        if (value == null || value.isEmpty()) {
            return null;
        }
        ctx.res().addHeader("Set-Cookie", REFUSAL_COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
        String detail;
        try {
            detail = java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        var m = FIELD.matcher(detail);
        return new Chrome.Refusal(m.find() ? m.group(1) : "", detail);
    }
}
