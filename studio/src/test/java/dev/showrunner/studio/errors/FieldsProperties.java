package dev.showrunner.studio.errors;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

/** Whatever text is given, a field either keeps a storable value or refuses it naming the field. */
class FieldsProperties {

    @Property(tries = 2000)
    void optionalText_anyString_storableOrRefusedNamingTheField(
            @ForAll @StringLength(max = 40) @CharRange(from = '\u0000', to = '\u007f') @CharRange(from = '\uD7F0', to = '\uE010') String value) {
        try {
            String kept = Fields.optionalText("logline", value, 30);
            assertThat(kept.length()).isLessThanOrEqualTo(30);
            assertThat(kept).doesNotContain("\u0000");
            // Storable as UTF-8 and back, unchanged: no lone surrogate.
            assertThat(new String(kept.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(kept);
        } catch (StudioException e) {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.detail()).startsWith("logline: ");
        }
    }

    @Property(tries = 1000)
    void optionalLine_anyString_keptValueHoldsNoControlCharacter(
            @ForAll @StringLength(max = 20) @CharRange(from = '\u0000', to = '\u00a0') String value) {
        try {
            String kept = Fields.optionalLine("name", value, 100);
            assertThat(kept.codePoints().noneMatch(Character::isISOControl)).as(kept).isTrue();
        } catch (StudioException e) {
            assertThat(e.detail()).startsWith("name: one line");
        }
    }
}
