package dev.showrunner.planning.talent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showrunner.screenplay.ScriptFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every benchmark instance in the corpus, solved to the optimum published in optima.csv, with proof. */
class CorpusTest {

    record Optimum(String name, String file, int scenes, int actors, long total, long holding) {}

    static Stream<Optimum> optima() throws IOException {
        try (InputStream in = CorpusTest.class.getResourceAsStream("/talent/optima.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
            return lines.stream().filter(l -> !l.isBlank()).map(l -> {
                String[] f = l.split(",");
                return new Optimum(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), Long.parseLong(f[4]),
                        Long.parseLong(f[5]));
            }).toList().stream();
        }
    }

    static TalentInstance load(String file) {
        try (InputStream in = CorpusTest.class.getResourceAsStream("/talent/" + file)) {
            return StuckeyFormat.read(new InputStreamReader(in, StandardCharsets.UTF_8), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ScriptFormatException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optima")
    void corpusInstance_solved_reachesPublishedOptimumWithProof(Optimum optimum) {
        TalentInstance instance = load(optimum.file());
        assertThat(instance.sceneCount()).isEqualTo(optimum.scenes());
        assertThat(instance.actorCount()).isEqualTo(optimum.actors());

        TalentSolution solution = TalentSolver.solve(instance);

        assertThat(solution.proven()).isTrue();
        assertThat(solution.totalCost()).isEqualTo(optimum.total());
        assertThat(solution.lowerBound()).isEqualTo(optimum.total());
        assertThat(solution.holdingCost()).isEqualTo(optimum.holding());
        assertThat(instance.totalCost(solution.order())).isEqualTo(optimum.total());
        System.out.printf("%-12s cost %5d nodes %8d %6d ms%n", optimum.name(), solution.totalCost(), solution.nodes(),
                solution.elapsed().toMillis());
    }
}
