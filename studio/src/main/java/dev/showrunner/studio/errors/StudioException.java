package dev.showrunner.studio.errors;

/**
 * A refusal the user can act on: a short machine-readable {@code error} and a sentence of
 * {@code detail} for people. Never carries a stack trace to the client.
 */
public class StudioException extends RuntimeException {

    private final int status;
    private final String error;

    public StudioException(int status, String error, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.error = error;
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public String detail() {
        return getMessage();
    }

    public static StudioException badRequest(String detail) {
        return new StudioException(400, "bad_request", detail);
    }

    public static StudioException unauthorized(String detail) {
        return new StudioException(401, "unauthorized", detail);
    }

    public static StudioException forbidden(String detail) {
        return new StudioException(403, "forbidden", detail);
    }

    /** Also used for things that exist but the user may not know of: no leak by status. */
    public static StudioException notFound(String detail) {
        return new StudioException(404, "not_found", detail);
    }

    public static StudioException conflict(String detail) {
        return new StudioException(409, "conflict", detail);
    }

    public static StudioException tooLarge(String detail) {
        return new StudioException(413, "too_large", detail);
    }

    public static StudioException tooManyRequests(String detail) {
        return new StudioException(429, "too_many_requests", detail);
    }
}
