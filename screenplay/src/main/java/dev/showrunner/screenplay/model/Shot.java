package dev.showrunner.screenplay.model;

import java.util.Objects;

/** A camera shot paragraph (Final Draft "Shot"), printed like a scene heading but not numbered. */
public record Shot(StyledText text, Span span) implements Element {
    public Shot {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    public static Shot of(String text) {
        return new Shot(StyledText.plain(text), Span.NONE);
    }

    @Override
    public Shot withoutSpans() {
        return new Shot(text, Span.NONE);
    }
}
