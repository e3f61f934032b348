package dev.showrunner.studio.demo;

import dev.showrunner.screenplay.fountain.Fountain;
import dev.showrunner.screenplay.notes.Anchor;
import dev.showrunner.screenplay.revision.Scene;
import dev.showrunner.studio.accounts.Role;
import dev.showrunner.studio.accounts.User;
import dev.showrunner.studio.notes.Delivery;
import dev.showrunner.studio.notes.Note;
import dev.showrunner.studio.notes.Notes;
import dev.showrunner.studio.notes.Selections;
import dev.showrunner.studio.series.Episode;
import dev.showrunner.studio.series.Series;
import dev.showrunner.studio.web.Services;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/*
 * The demo pilot's rounds of notes: the studio draft (draft 2) went to the studio and the
 * network, the network draft (draft 3) to the network. About thirty notes from both
 * executives, a few of them contradicting; the room's answers in every status; a note on the
 * highway scene, which the network draft cut, orphaned.
 */

/** Seeds the demo pilot's deliveries, notes and answers. */
final class DemoNotes {

    /** One note as the demo writes it: who, on what (a quote, "scene N" or null for overall), and the answer. */
    private record Seed(String who, String on, Note.Category category, String body, Note.Status status, String answer,
            Integer addressed) {}

    private DemoNotes() {}

    static void seed(Services services, Series series, Episode pilot, User showrunner, User writer, User network,
            User studio, User producer) {
        services.access().setRole(series.id(), network.id(), Role.NETWORK_EXECUTIVE);
        services.access().setRole(series.id(), studio.id(), Role.STUDIO_EXECUTIVE);
        services.access().setRole(series.id(), producer.id(), Role.PRODUCER);
        Delivery studioDraft = services.deliveries().deliver(pilot.id(), 2, "Studio draft",
                "Here is the full pilot. We would love your thoughts on Brick and Steel's first scene above all.",
                "2027-02-01", showrunner.id(), List.of(studio.id(), network.id(), producer.id()));
        Delivery networkDraft = services.deliveries().deliver(pilot.id(), 3, "Network draft",
                "The network draft: the highway scene is gone and the patio opens brighter. Response to notes attached.",
                "2027-03-01", showrunner.id(), List.of(network.id(), studio.id()));
        Map<String, User> people = Map.of("network", network, "studio", studio, "producer", producer, "room", writer);
        Map<String, Role> roles = Map.of("network", Role.NETWORK_EXECUTIVE, "studio", Role.STUDIO_EXECUTIVE,
                "producer", Role.PRODUCER, "room", Role.WRITER);
        List<Seed> first = List.of(
                new Seed("network", "A gorgeous day.", Note.Category.TONE, "Can the opening feel sunnier? It reads grey.",
                        Note.Status.ADDRESSED, "Brighter now: 'a gorgeous, cloudless day'.", 3),
                new Seed("studio", "A gorgeous day.", Note.Category.TONE, "Keep the opening understated; the grey is the joke.",
                        Note.Status.DISCUSSED, "We talked it through with the network; see note 1.", null),
                new Seed("network", "Does a bear crap in the woods?", Note.Category.STANDARDS_PRACTICES,
                        "Standards will flag 'crap' at 8pm.", Note.Status.DECLINED,
                        "It is the show's voice and it airs at 10pm.", null),
                new Seed("studio", "They drink long and well from the beers.", Note.Category.CHARACTER,
                        "What are they not saying here?", Note.Status.PARTLY_ADDRESSED,
                        "A line of action in the production draft; more in the next pass.", 3),
                new Seed("network", "Longer than is funny.", Note.Category.STRUCTURE, "Trim the beat.",
                        Note.Status.SUPERSEDED, "The studio's later note, agreed at the table read, keeps the beat.", null),
                new Seed("studio", "Longer than is funny.", Note.Category.STRUCTURE, "Let the beat play longer.",
                        Note.Status.ACCEPTED, "The beat stays.", null),
                new Seed("network", "scene 2", Note.Category.CHARACTER, "Who are Dan and Jack beyond the gag?",
                        Note.Status.OPEN, "", null),
                new Seed("network", "in Vietnamese, subtitled", Note.Category.PRODUCTION_BUDGET,
                        "Subtitles and a translator on set: budget it.", Note.Status.ACCEPTED, "Budgeted.", null),
                new Seed("studio", "Money, drugs, and ridiculous props are strewn about the table.",
                        Note.Category.STANDARDS_PRACTICES, "Drugs on the table at the top of a pilot?",
                        Note.Status.DISCUSSED, "Will revisit with standards.", null),
                new Seed("network", "Point Blank Sniper?", Note.Category.DIALOGUE, "Is he a callback? Plant him earlier.",
                        Note.Status.OPEN, "", null),
                new Seed("studio", "Leupold Mark 4", Note.Category.LEGAL_CLEARANCE, "Brand name: clear it or change it.",
                        Note.Status.OPEN, "", null),
                new Seed("network", "The man's a myth!", Note.Category.DIALOGUE, "Great line.", Note.Status.ACCEPTED,
                        "Thank you.", null),
                new Seed("studio", "scene 5", Note.Category.STRUCTURE, "Could the titles come sooner?", Note.Status.OPEN, "",
                        null),
                new Seed("network", "COGNITO, the criminal mastermind, is SLAMMED against the wall.", Note.Category.TONE,
                        "How rough is this? Keep it comic.", Note.Status.DISCUSSED, "Stunt coordinator to advise.", null),
                new Seed("studio", "What is it you want with me, DICK?", Note.Category.STANDARDS_PRACTICES,
                        "The name joke: once is enough.", Note.Status.DECLINED, "It is the only time.", null),
                new Seed("network", "Everyone's coming after you mate!", Note.Category.STORY,
                        "Love the list. Can it name one villain we meet this episode?", Note.Status.OPEN, "", null),
                new Seed("studio", "Mom's PORSCHE", Note.Category.PRODUCTION_BUDGET, "A Porsche for one shot?",
                        Note.Status.ACCEPTED, "Any old sports car will do.", null),
                new Seed("network", "So much for retirement!", Note.Category.DIALOGUE, "Button it harder.",
                        Note.Status.OPEN, "", null),
                new Seed("network", "a billboard for a retirement home", Note.Category.STRUCTURE,
                        "The highway stalls the run to the garage.", Note.Status.ADDRESSED, "Cut the scene.", 3),
                new Seed("studio", "I want them dead.  DEAD!", Note.Category.CHARACTER, "Who is he? Tease him more.",
                        Note.Status.DISCUSSED, "He returns in episode 3; the tag teases him as it is.", null),
                new Seed("producer", "scene 3", Note.Category.PRODUCTION_BUDGET, "The pool and the patio share a day.",
                        Note.Status.ACCEPTED, "Scheduled together.", null),
                new Seed("network", null, Note.Category.STORY, "A strong pilot. The stakes need to land by page 10.",
                        Note.Status.PARTLY_ADDRESSED, "Cognito's list now lands by page 9.", 3),
                new Seed("studio", null, Note.Category.CHARACTER, "Give Brick one private moment.", Note.Status.OPEN, "",
                        null));
        List<Seed> second = List.of(
                new Seed("network", "A gorgeous, cloudless day.", Note.Category.TONE, "Much better.", Note.Status.ACCEPTED,
                        "", null),
                new Seed("network", "And then there's a long beat.", Note.Category.CHARACTER,
                        "Have one of them say it out loud, once.", Note.Status.DECLINED, "The silence is the point.", null),
                new Seed("studio", "Screw retirement.", Note.Category.DIALOGUE, "Does the repeat land?", Note.Status.OPEN,
                        "", null),
                new Seed("network", "scene 7", Note.Category.STRUCTURE, "Could the garage be a car chase?",
                        Note.Status.DISCUSSED, "Budget says no; we will talk.", null),
                new Seed("studio", "They speed off.  To destiny!", Note.Category.PRODUCTION_BUDGET,
                        "One car, one take, please.", Note.Status.ACCEPTED, "Agreed.", null),
                new Seed("network", null, Note.Category.STORY, "Ready for the table read.", Note.Status.OPEN, "", null),
                new Seed("studio", null, Note.Category.TONE, "Keep the comedy dry.", Note.Status.OPEN, "", null));
        Map<Integer, Long> ids = new HashMap<>();
        List<Note> made = new ArrayList<>();
        made.addAll(add(services, studioDraft, first, people, roles));
        made.addAll(add(services, networkDraft, second, people, roles));
        for (Note n : made) {
            ids.put(n.number(), n.id());
        }
        Notes notes = services.notes();
        for (int i = 0; i < made.size(); i++) {
            Seed seed = i < first.size() ? first.get(i) : second.get(i - first.size());
            Note n = made.get(i);
            if (seed.status() != Note.Status.OPEN) {
                // the network's "trim the beat" gives way to the studio's later "let it play"
                Long supersededBy = seed.status() == Note.Status.SUPERSEDED ? ids.get(n.number() + 1) : null;
                notes.answer(n, seed.status(), seed.answer(), seed.addressed(), supersededBy);
            }
        }
        // the network and the studio disagree on the opening's tone and on the long beat
        notes.link(made.get(0), made.get(1));
        notes.link(made.get(4), made.get(5));
        notes.reply(made.get(2), network.id(), "Understood; 10pm it is.");
        notes.reply(made.get(2), showrunner.id(), "Thanks, Nadia.");
        notes.reply(made.get(6), writer.id(), "We are building out the Boy Band in episode 2.");
        // the room's own note, which the executives never see
        notes.add(studioDraft, writer.id(), new Notes.NewNote(Note.Kind.OVERALL, Note.Source.ROOM, Note.Category.STORY,
                Note.Visibility.ROOM, "Between us: the network will push for a car chase. Hold the line.", null, null));
    }

    private static List<Note> add(Services services, Delivery delivery, List<Seed> seeds, Map<String, User> people,
            Map<String, Role> roles) {
        String text = services.scripts().draft(delivery.episodeId(), delivery.draftNumber()).body();
        List<Scene> scenes = Scene.of(Fountain.read(text));
        List<Note> out = new ArrayList<>();
        for (Seed seed : seeds) {
            Note.Kind kind;
            Anchor anchor = null;
            Integer scene = null;
            if (seed.on() == null) {
                kind = Note.Kind.OVERALL;
            } else if (seed.on().startsWith("scene ")) {
                kind = Note.Kind.SCENE;
                scene = Integer.parseInt(seed.on().substring(6));
                Scene s = scenes.stream().filter(x -> !x.isOpening()).toList().get(scene - 1);
                String heading = s.title();
                anchor = Selections.locate(text, heading, s.heading().orElseThrow().span().line());
            } else {
                kind = Note.Kind.PAGE;
                anchor = Selections.locate(text, seed.on(), 0);
                int at = text.offsetByCodePoints(0, anchor.start());
                scene = 0;
                for (Scene s : scenes) {
                    if (s.elements().getFirst().span().start() <= at) {
                        scene = s.ordinal();
                    }
                }
            }
            out.add(services.notes().add(delivery, people.get(seed.who()).id(), new Notes.NewNote(kind,
                    Note.Source.of(roles.get(seed.who())), seed.category(), Note.Visibility.SHARED, seed.body(), scene,
                    anchor)));
        }
        return out;
    }
}
