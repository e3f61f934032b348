package dev.showrunner.studio.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.showrunner.screenplay.model.Action;
import dev.showrunner.screenplay.model.Boneyard;
import dev.showrunner.screenplay.model.Centered;
import dev.showrunner.screenplay.model.Cue;
import dev.showrunner.screenplay.model.Dialogue;
import dev.showrunner.screenplay.model.DialogueBlock;
import dev.showrunner.screenplay.model.DialoguePart;
import dev.showrunner.screenplay.model.DualDialogue;
import dev.showrunner.screenplay.model.Element;
import dev.showrunner.screenplay.model.General;
import dev.showrunner.screenplay.model.InlineNote;
import dev.showrunner.screenplay.model.Lyrics;
import dev.showrunner.screenplay.model.Note;
import dev.showrunner.screenplay.model.PageBreak;
import dev.showrunner.screenplay.model.Parenthetical;
import dev.showrunner.screenplay.model.Run;
import dev.showrunner.screenplay.model.SceneHeading;
import dev.showrunner.screenplay.model.Screenplay;
import dev.showrunner.screenplay.model.Section;
import dev.showrunner.screenplay.model.Shot;
import dev.showrunner.screenplay.model.Span;
import dev.showrunner.screenplay.model.Style;
import dev.showrunner.screenplay.model.StyledText;
import dev.showrunner.screenplay.model.Synopsis;
import dev.showrunner.screenplay.model.TitleField;
import dev.showrunner.screenplay.model.Transition;
import java.io.IOException;
import java.util.Locale;

/**
 * The screenplay model as JSON, written by hand over the sealed types so that the schema is
 * explicit and stable: every element is an object with a {@code "type"} (the record's name in
 * snake case), its fields, and its {@code "span"}. Text is {@code {"plain": ..., "runs": [...]}};
 * runs carry {@code "styles"} only when styled, notes only when present.
 */
public final class ScreenplayJson {

    private ScreenplayJson() {}

    public static void write(Screenplay screenplay, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("titlePage");
        for (TitleField field : screenplay.titlePage().fields()) {
            json.writeStartObject();
            json.writeStringField("key", field.key());
            json.writeArrayFieldStart("lines");
            for (StyledText line : field.lines()) {
                text(line, json);
            }
            json.writeEndArray();
            span(field.span(), json);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("elements");
        for (Element element : screenplay.elements()) {
            element(element, json);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    static void element(Element element, JsonGenerator json) throws IOException {
        json.writeStartObject();
        switch (element) {
            case SceneHeading h -> {
                type("scene_heading", json);
                json.writeFieldName("text");
                text(h.text(), json);
                json.writeStringField("setting", h.setting().name().toLowerCase(Locale.ROOT));
                json.writeStringField("location", h.location());
                json.writeStringField("timeOfDay", h.timeOfDay());
                if (h.sceneNumber() != null) {
                    json.writeStringField("sceneNumber", h.sceneNumber());
                }
                forced(h.forced(), json);
            }
            case Action a -> {
                type("action", json);
                textField(a.text(), json);
                forced(a.forced(), json);
            }
            case DialogueBlock b -> {
                type("dialogue_block", json);
                block(b, json);
            }
            case DualDialogue d -> {
                type("dual_dialogue", json);
                json.writeObjectFieldStart("left");
                block(d.left(), json);
                span(d.left().span(), json);
                json.writeEndObject();
                json.writeObjectFieldStart("right");
                block(d.right(), json);
                span(d.right().span(), json);
                json.writeEndObject();
            }
            case Transition t -> {
                type("transition", json);
                textField(t.text(), json);
                forced(t.forced(), json);
            }
            case Centered c -> {
                type("centered", json);
                textField(c.text(), json);
            }
            case Lyrics l -> {
                type("lyrics", json);
                textField(l.text(), json);
            }
            case Shot s -> {
                type("shot", json);
                textField(s.text(), json);
            }
            case General g -> {
                type("general", json);
                json.writeStringField("paragraphType", g.type());
                textField(g.text(), json);
            }
            case PageBreak p -> type("page_break", json);
            case Section s -> {
                type("section", json);
                json.writeNumberField("depth", s.depth());
                json.writeStringField("title", s.title());
            }
            case Synopsis s -> {
                type("synopsis", json);
                json.writeStringField("text", s.text());
            }
            case Note n -> {
                type("note", json);
                json.writeStringField("text", n.text());
            }
            case Boneyard b -> {
                type("boneyard", json);
                json.writeStringField("text", b.text());
            }
        }
        span(element.span(), json);
        json.writeEndObject();
    }

    private static void block(DialogueBlock block, JsonGenerator json) throws IOException {
        Cue cue = block.cue();
        json.writeObjectFieldStart("cue");
        json.writeStringField("name", cue.name());
        json.writeArrayFieldStart("extensions");
        for (String extension : cue.extensions()) {
            json.writeString(extension);
        }
        json.writeEndArray();
        if (cue.dual()) {
            json.writeBooleanField("dual", true);
        }
        forced(cue.forced(), json);
        span(cue.span(), json);
        json.writeEndObject();
        json.writeArrayFieldStart("parts");
        for (DialoguePart part : block.parts()) {
            json.writeStartObject();
            type(switch (part) {
                case Parenthetical p -> "parenthetical";
                case Dialogue d -> "dialogue";
            }, json);
            textField(part.text(), json);
            span(part.span(), json);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void type(String type, JsonGenerator json) throws IOException {
        json.writeStringField("type", type);
    }

    private static void forced(boolean forced, JsonGenerator json) throws IOException {
        if (forced) {
            json.writeBooleanField("forced", true);
        }
    }

    private static void textField(StyledText text, JsonGenerator json) throws IOException {
        json.writeFieldName("text");
        text(text, json);
    }

    static void text(StyledText text, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("plain", text.plain());
        if (!text.isPlain()) {
            json.writeArrayFieldStart("runs");
            for (Run run : text.runs()) {
                json.writeStartObject();
                json.writeStringField("text", run.text());
                if (!run.isPlain()) {
                    json.writeArrayFieldStart("styles");
                    for (Style style : Style.values()) {
                        if (run.has(style)) {
                            json.writeString(style.name().toLowerCase(Locale.ROOT));
                        }
                    }
                    json.writeEndArray();
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (!text.notes().isEmpty()) {
            json.writeArrayFieldStart("notes");
            for (InlineNote note : text.notes()) {
                json.writeStartObject();
                json.writeNumberField("at", note.at());
                json.writeStringField("text", note.text());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void span(Span span, JsonGenerator json) throws IOException {
        if (span.equals(Span.NONE)) {
            return;
        }
        json.writeObjectFieldStart("span");
        json.writeNumberField("start", span.start());
        json.writeNumberField("end", span.end());
        json.writeNumberField("line", span.line());
        json.writeNumberField("column", span.column());
        json.writeEndObject();
    }
}
