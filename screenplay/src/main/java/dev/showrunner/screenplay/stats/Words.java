package dev.showrunner.screenplay.stats;

/** Word counting as writers count: runs of letters or digits, joined by apostrophes and hyphens. */
final class Words {

    private Words() {}

    static int count(CharSequence text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean wordChar = Character.isLetterOrDigit(c)
                    || (inWord && (c == '\'' || c == '\u2019' || c == '-') && i + 1 < text.length()
                            && Character.isLetterOrDigit(text.charAt(i + 1)));
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar;
        }
        return words;
    }
}
