package dev.showrunner.planning.talent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SolveOptionsTest {

    private static final long MIB = 1L << 20;

    @Test
    void memoLimit_fillsHalfTheHeap_asAPowerOfTwoOfStates() {
        // 1 GiB of heap: 512 MiB of 32-byte states
        assertThat(SolveOptions.memoLimitFor(1024 * MIB)).isEqualTo(1 << 24);
        // 6 GiB less a little: 3 GiB would be 96 Mi states, rounded down to 64 Mi
        assertThat(SolveOptions.memoLimitFor(6000 * MIB)).isEqualTo(1 << 26);
    }

    @Test
    void memoLimit_staysWithinItsFloorAndCeiling() {
        assertThat(SolveOptions.memoLimitFor(0)).isEqualTo(1 << 16);
        assertThat(SolveOptions.memoLimitFor(2 * MIB)).isEqualTo(1 << 16);
        assertThat(SolveOptions.memoLimitFor(1L << 40)).isEqualTo(1 << 27);
        assertThat(SolveOptions.memoLimitFor(Long.MAX_VALUE)).isEqualTo(1 << 27);
    }

    @Test
    void defaults_useTheLimitForThisHeap() {
        assertThat(SolveOptions.defaults().maxCacheEntries())
                .isEqualTo(SolveOptions.memoLimitFor(Runtime.getRuntime().maxMemory()));
    }
}
