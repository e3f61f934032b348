package dev.showrunner.screenplay.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A scene heading (slug line) such as {@code INT. HOUSE - KITCHEN - NIGHT}.
 *
 * @param text the heading as written, without the scene number or forcing mark
 * @param setting the parsed prefix
 * @param location the parsed location ({@code HOUSE - KITCHEN}), empty when there is none
 * @param timeOfDay the parsed time of day ({@code NIGHT}), empty when there is none
 * @param sceneNumber the scene number written with the heading ({@code 12A}), or {@code null}
 * @param forced written with a leading {@code .} to force a heading
 */
public record SceneHeading(
        StyledText text, Setting setting, String location, String timeOfDay, String sceneNumber,
        boolean forced, Span span) implements Element {

    public SceneHeading {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(timeOfDay, "timeOfDay");
        Objects.requireNonNull(span, "span");
    }

    /** A heading whose parts are parsed from its text. */
    public static SceneHeading of(StyledText text, String sceneNumber, boolean forced, Span span) {
        SceneHeadingParts parts = SceneHeadingParts.parse(text.plain());
        return new SceneHeading(text, parts.setting(), parts.location(), parts.timeOfDay(), sceneNumber, forced, span);
    }

    public static SceneHeading of(String text) {
        return of(StyledText.plain(text), null, false, Span.NONE);
    }

    public Optional<String> number() {
        return Optional.ofNullable(sceneNumber);
    }

    @Override
    public SceneHeading withoutSpans() {
        return new SceneHeading(text, setting, location, timeOfDay, sceneNumber, forced, Span.NONE);
    }
}
