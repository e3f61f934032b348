package dev.showrunner.studio.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URI;

class SafeNextFuzzTest {

    /**
     * Any {@code next=} (the sign-in form and its address carry it as typed) leads to a path on
     * this site: the series list, or a value that starts with one slash, holds nothing a
     * browser drops or reads as a slash (control characters, spaces, backslashes), and names no
     * scheme or host. Nothing escapes as an exception.
     */
    @FuzzTest(maxDuration = "20s")
    void next_anyText_isAPathOnThisSite(FuzzedDataProvider data) {
        String next = data.consumeRemainingAsString();

        String safe = AccountRoutes.safeNext(next);

        assertThat(safe).startsWith("/").doesNotStartWith("//").doesNotContain("\\");
        assertThat(safe.chars()).noneMatch(c -> c <= ' ' || c == 0x7f || Character.isWhitespace(c) || Character.isSpaceChar(c));
        URI uri = URI.create(safe);
        assertThat(uri.getScheme()).isNull();
        assertThat(uri.getRawAuthority()).isNull();
        assertThat(safe.equals("/series") || safe.equals(next)).isTrue();
    }
}
