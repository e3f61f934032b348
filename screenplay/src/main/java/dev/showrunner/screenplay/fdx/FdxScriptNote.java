package dev.showrunner.screenplay.fdx;

import java.util.Map;

/** One {@code <ScriptNote>} of the script's {@code <ScriptNotes>}, as read. */
record FdxScriptNote(int line, int column, Map<String, String> attributes, String text) {

    /** The {@code Range} start, or -1 when it is missing or unreadable. */
    int rangeStart() {
        String range = attributes.get("Range");
        if (range == null) {
            return -1;
        }
        int comma = range.indexOf(',');
        try {
            int start = Integer.parseInt((comma < 0 ? range : range.substring(0, comma)).strip());
            return start < 0 ? -1 : start;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
