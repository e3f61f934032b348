package dev.showrunner.screenplay.fdx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.screenplay.ScriptFormatException;
import dev.showrunner.screenplay.model.Screenplay;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FdxRoundTripProperties {

    @Provide
    Arbitrary<Screenplay> screenplays() {
        return FdxModels.screenplay();
    }

    @Property(tries = 300)
    void writeThenRead_anyRepresentableModel_givesTheSameModel(@ForAll("screenplays") Screenplay screenplay)
            throws ScriptFormatException {
        String xml = Fdx.write(screenplay);
        FdxDocument back = Fdx.read(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8), "generated.fdx");
        assertThat(back.screenplay().withoutSpans()).isEqualTo(screenplay);
    }

    @Property(tries = 100)
    void write_anyModel_isReadWithTheDefaultLayout(@ForAll("screenplays") Screenplay screenplay) throws ScriptFormatException {
        FdxDocument back = Fdx.read(Fdx.write(screenplay).getBytes(java.nio.charset.StandardCharsets.UTF_8), "generated.fdx");
        assertThat(back.layout()).isEqualTo(FdxLayout.DEFAULT);
    }
}
