package dev.showrunner.studio.demo;

import dev.showrunner.studio.accounts.Role;
import dev.showrunner.studio.accounts.User;
import dev.showrunner.studio.production.ProductionFiles;
import dev.showrunner.studio.scripts.SaveOutcome;
import dev.showrunner.studio.series.Episode;
import dev.showrunner.studio.series.Season;
import dev.showrunner.studio.series.Series;
import dev.showrunner.studio.web.Services;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Seeds the demo series into an empty studio. */
public final class DemoSeed {

    public static final String SHOWRUNNER_EMAIL = "showrunner@demo.showrunner.dev";
    public static final String WRITER_EMAIL = "writer@demo.showrunner.dev";
    /** The network's executive on the demo series: reads the drafts delivered to them and takes notes. */
    public static final String EXECUTIVE_EMAIL = "network@demo.showrunner.dev";
    public static final String STUDIO_EXECUTIVE_EMAIL = "studio@demo.showrunner.dev";
    public static final String PRODUCER_EMAIL = "producer@demo.showrunner.dev";
    public static final String PASSWORD = dev.showrunner.studio.accounts.Passwords.DEMO;

    private DemoSeed() {}

    /** Seeds when the studio has no account yet; returns true when it did. */
    public static boolean seedIfEmpty(Services services) {
        if (!services.accounts().isEmpty()) {
            return false;
        }
        User showrunner = services.accounts().register(SHOWRUNNER_EMAIL, "Sam Showrunner", PASSWORD);
        User writer = services.accounts().register(WRITER_EMAIL, "Wren Writer", PASSWORD);
        Series series = services.catalog().createSeries(showrunner.id(), "Brick & Steel",
                "Two retired detectives find that retirement is the hardest case of all.");
        services.access().setRole(series.id(), writer.id(), Role.WRITER);
        Season one = services.catalog().createSeason(series.id(), "Season 1");
        Episode pilot = services.catalog().createEpisode(one.id(), "Full Retired");
        services.catalog().createEpisode(one.id(), "Second Wind");
        services.catalog().createEpisode(one.id(), "Cold Case");

        String full = resource("/demo/brick-n-steel.fountain");
        int half = full.indexOf("\n\n", full.length() / 2);
        String first = full.substring(0, half) + "\n\nTO BE CONTINUED.\n";
        // the writer's draft adds a drive to the garage; the network draft cuts it again (a note on
        // it is then orphaned by the cut) and keeps the other eight scenes the production draft locks
        String drive = "EXT. COASTAL HIGHWAY - DAY\n\nThe PORSCHE roars past a billboard for a retirement home.\n\n"
                + "STEEL\nNot yet.\n\nCUT TO:\n\n";
        String writers = full.replace("INT. GARAGE - DAY", drive + "INT. GARAGE - DAY");
        String network = cutScene(writers.replace("A gorgeous day.", "A gorgeous, cloudless day."), "EXT. COASTAL HIGHWAY - DAY",
                "INT. GARAGE - DAY");
        String production = network.replace("They drink long and well from the beers.",
                "They drink long and well from the beers. Neither says what both are thinking.");
        save(services, pilot, showrunner, 0, first, "First Draft");
        save(services, pilot, writer, 1, writers, null);
        save(services, pilot, showrunner, 2, network, "Production Draft");
        save(services, pilot, showrunner, 3, production, "Blue pages");
        // the first AD's files: the patio and the pool are one house; what the leads cost a day
        services.production().save(pilot.id(), 0, new ProductionFiles.Texts("", "",
                "# the patio and the pool are at Brick's house: no company move between them\n"
                        + "BRICK'S HOUSE: BRICK'S PATIO, BRICK'S POOL\n",
                "STEEL: 12\nBRICK: 10\nCOGNITO: 6\n", "", "", ""), showrunner.id());
        services.revisions().lock(pilot.id(), 3, showrunner.id(), "Production Draft");
        services.revisions().revise(pilot.id(), 4, showrunner.id(), "", null);
        DemoNotes.seed(services, series, pilot, showrunner, writer,
                services.accounts().register(EXECUTIVE_EMAIL, "Nadia Network", PASSWORD),
                services.accounts().register(STUDIO_EXECUTIVE_EMAIL, "Stuart Studio", PASSWORD),
                services.accounts().register(PRODUCER_EMAIL, "Pat Producer", PASSWORD));
        return true;
    }

    /** The text without the scene headed {@code heading}, up to (not including) {@code next}. */
    private static String cutScene(String text, String heading, String next) {
        int from = text.indexOf(heading);
        int to = text.indexOf(next, from);
        if (from < 0 || to < 0) {
            throw new IllegalStateException("the demo script has no scene " + heading);
        }
        return text.substring(0, from) + text.substring(to);
    }

    static void save(Services services, Episode episode, User author, int base, String text, String name) {
        if (!(services.scripts().save(episode.id(), author.id(), base, text, name) instanceof SaveOutcome.Saved)) {
            throw new IllegalStateException("the demo draft did not save cleanly");
        }
    }

    private static String resource(String path) {
        try (InputStream in = DemoSeed.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
