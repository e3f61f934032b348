package dev.showrunner.planning.schedule;

import dev.showrunner.planning.breakdown.Breakdown;
import dev.showrunner.planning.breakdown.Elements;
import dev.showrunner.screenplay.fountain.Fountain;

/** Small scripts for the scheduling tests. */
final class InputScripts {

    private InputScripts() {}

    /** Four scenes at two sets, day and night: a diner at night, its parking lot by day. */
    static final String DINER = """
            INT. DINER - NIGHT

            MARY sits alone.

            MARY
            More coffee.

            EXT. PARKING LOT - DAY

            JOHN leans on a truck.

            JOHN
            She's late.

            INT. DINER - NIGHT

            MARY and JOHN argue.

            JOHN
            You said nine.

            MARY
            I said ten.

            EXT. PARKING LOT - DAY

            JOHN drives off.
            """;

    /** A numbered script (scenes 1, 2, 2A, 3) for the tests of the input files. */
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
