package dev.showrunner.planning.schedule;

import dev.showrunner.planning.breakdown.Breakdown;
import dev.showrunner.planning.breakdown.Elements;
import dev.showrunner.screenplay.fountain.Fountain;

/** A small numbered script (scenes 1, 2, 2A, 3) for the tests of the input files. */
final class InputScripts {

    private InputScripts() {}

    static final Breakdown NUMBERED = Breakdown.of(Fountain.read("""
            INT. BLOOM HOUSE - KITCHEN - DAY #1#

            EDWARD cooks.

            EDWARD
            Eggs?

            INT. GUEST ROOM - NIGHT #2#

            WILL
            Dad?

            INT. FOYER - NIGHT #2A#

            WILL and EDWARD pass.

            EXT. RIVER - DAY #3#

            EDWARD
            The fish.
            """), Elements.none());
}
