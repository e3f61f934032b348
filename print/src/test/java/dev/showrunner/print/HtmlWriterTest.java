package dev.showrunner.print;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.screenplay.layout.Layout;
import dev.showrunner.screenplay.layout.Page;
import dev.showrunner.screenplay.layout.Pages;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlWriterTest {

    private static String html(String fountain) throws IOException {
        StringBuilder out = new StringBuilder();
        HtmlWriter.write(Layout.paginate(Fountain.read(fountain)), out);
        return out.toString();
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void write_markupInTheScript_isEscaped() throws IOException {
        String html = html("INT. LAB - DAY\n\nShe types <script>alert('x')</script> & \"waits\".\n");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;waits&quot;.");
        assertThat(html).doesNotContain("<script>");
    }

    @Test
    void write_pages_oneSectionPerPageAndOneElementPerLine() throws IOException {
        StringBuilder fountain = new StringBuilder("Title: Many\n\n");
        for (int i = 0; i < 80; i++) {
            fountain.append("INT. ROOM ").append(i).append(" - DAY\n\nA long pause in the room, and then another one.\n\n");
        }
        Pages pages = Layout.paginate(Fountain.read(fountain.toString()));
        StringBuilder out = new StringBuilder();
        HtmlWriter.write(pages, out);
        String html = out.toString();
        assertThat(count(html, "<section class=\"page\" data-page=")).isEqualTo(pages.count());
        assertThat(count(html, "<section class=\"page title-page\"")).isEqualTo(1);
        int lines = pages.pages().stream().mapToInt(p -> p.lines().size()).sum();
        assertThat(count(html, "<p class=\"l [a-z-]+\" ") - count(html, "<p class=\"l title\"")).isEqualTo(lines);
        assertThat(html).contains("data-page=\"2\"").contains(">2.</p>");
    }

    @Test
    void page_styledRuns_becomeBoldItalicUnderline() throws IOException {
        Pages pages = Layout.paginate(Fountain.read("INT. A - DAY\n\n**Bold** *italic* _under_\n"));
        StringBuilder out = new StringBuilder();
        Page first = pages.page(1);
        HtmlWriter.page(first, pages.format(), out);
        assertThat(out.toString()).contains("<b>Bold</b>", "<i>italic</i>", "<u>under</u>");
    }
}
