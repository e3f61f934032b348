package dev.showrunner.screenplay.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The title page: key/value fields in the order written. Empty when the script has none. */
public record TitlePage(List<TitleField> fields, Span span) {

    public static final TitlePage EMPTY = new TitlePage(List.of(), Span.NONE);

    public TitlePage {
        fields = List.copyOf(fields);
        Objects.requireNonNull(span, "span");
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /** The first field with this key, compared case- and space-insensitively. */
    public Optional<TitleField> field(String key) {
        String wanted = TitleField.normalize(key);
        return fields.stream().filter(f -> f.normalizedKey().equals(wanted)).findFirst();
    }

    /** The plain value of the first field with this key. */
    public Optional<String> value(String key) {
        return field(key).map(TitleField::plain);
    }

    public TitlePage withoutSpans() {
        return new TitlePage(fields.stream().map(TitleField::withoutSpans).toList(), Span.NONE);
    }
}
