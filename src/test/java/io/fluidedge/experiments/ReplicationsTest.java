package io.fluidedge.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.scenario.InputException;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplicationsTest {

  /** Two users, four antennas, half a second in 50 ms blocks. */
  static final String TINY = """
      name: tiny
      duration-s: 0.5
      coherence-s: 0.05
      radio: {users: 2, user-antennas: 1, bs-antennas: 4}
      traffic: {rate-hz: 20}
      output: {window-s: 0.1}
      """;

  @TempDir
  Path dir;

  private static Scenario tiny() {
    return ScenarioLoader.load(TINY, "<tiny>", List.of());
  }

  @Test
  void seeds_countUpFromTheBase() {
    assertThat(Replications.seeds(41, 3)).containsExactly(41L, 42L, 43L);
    assertThatThrownBy(() -> Replications.seeds(1, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void simulate_withAndWithoutFilesGivesTheSameNumbers() throws Exception {
    PluginRegistry registry = PluginRegistry.load();
    RunSummary inMemory = Replications.simulate(tiny(), registry, null, true);
    RunSummary onDisk = Replications.simulate(tiny(), registry, dir, false);
    assertThat(inMemory.withCurves(null)).isEqualTo(onDisk);
    assertThat(RunSummary.read(dir.resolve("summary.json"))).isEqualTo(onDisk);
    assertThat(dir.resolve("scenario.yaml")).exists();
    assertThat(dir.resolve("windows.csv")).exists();
    assertThat(onDisk.complete()).isTrue();
    assertThat(onDisk.completed()).isPositive();
    assertThat(onDisk.lossMean()).isFinite();

    LatencyCurves curves = inMemory.curves();
    assertThat(curves.windowP50S()).hasSize(5);
    assertThat(curves.latencyHistogram().getTotalCount()).isEqualTo(inMemory.completed());
  }

  @Test
  void run_resultsFollowTheInputOrderWhateverTheThreads() {
    PluginRegistry registry = PluginRegistry.load();
    List<Scenario> runs = new ArrayList<>();
    for (long seed : Replications.seeds(5, 3)) {
      runs.add(tiny().withSeed(seed));
    }
    AtomicInteger done = new AtomicInteger();
    List<RunSummary> one = Replications.run(runs, registry, 1, false, done::incrementAndGet);
    List<RunSummary> three = Replications.run(runs, registry, 3, false, null);
    assertThat(three).isEqualTo(one);
    assertThat(one).extracting(RunSummary::seed).containsExactly(5L, 6L, 7L);
    assertThat(done).hasValue(3);
  }

  @Test
  void inParallel_keepsOrderAndRethrowsTheFailure() {
    List<Callable<Integer>> tasks = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      int value = i;
      tasks.add(() -> {
        Thread.sleep(6 - value);
        return value;
      });
    }
    assertThat(Replications.inParallel(tasks, 3, null)).containsExactly(0, 1, 2, 3, 4, 5);

    List<Callable<Integer>> failing = new ArrayList<>(tasks);
    failing.set(2, () -> {
      throw InputException.argument("--x", "bad");
    });
    assertThatThrownBy(() -> Replications.inParallel(failing, 2, null))
        .isInstanceOf(InputException.class).hasMessage("--x: bad");
  }
}
