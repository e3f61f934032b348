package dev.showrunner.studio.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Behind a trusted reverse proxy every request comes from the proxy's address: the login
 * throttle counts the client's address the proxy forwards instead, so one client's guessing
 * does not lock out everyone else behind the same proxy.
 */
class SignInBehindProxyTest {

    @TempDir
    Path dir;

    @Test
    void signIn_behindTrustedProxy_throttlesTheForwardedClientNotTheProxy() {
        try (TestStudio studio = new TestStudio(dir, true)) {
            String admin = studio.account("ann@example.org", "Ann", null);
            studio.account("bob@example.org", "Bob", admin);

            // five wrong passwords for Ann from one client: each refused as wrong, none yet throttled
            for (int i = 0; i < 5; i++) {
                assertThat(signIn(studio, "ann@example.org", "wrong", "203.0.113.5").status()).isEqualTo(401);
            }

            // Bob, another client behind the same proxy, signs in at once
            assertThat(signIn(studio, "bob@example.org", "correct horse", "198.51.100.7").status()).isEqualTo(200);
        }
    }

    @Test
    void signIn_forwardedAddressFromAClientTheStudioDoesNotTrust_isNotBelieved() {
        try (TestStudio studio = new TestStudio(dir, false)) {
            studio.account("ann@example.org", "Ann", null);

            TestStudio.Reply reply = signIn(studio, "ann@example.org", "correct horse", "not an address, a header anyone can send");

            // the header is neither refused nor used: the sign-in goes through as from the peer itself
            assertThat(reply.status()).isEqualTo(200);
        }
    }

    private static TestStudio.Reply signIn(TestStudio studio, String email, String password, String forwardedFor) {
        return studio.send(HttpRequest.newBuilder(URI.create(studio.base + "/api/session"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", "10.0.0.1, " + forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"))
                .build());
    }
}
