package io.fluidedge.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fluidedge.metrics.Fixtures;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.scenario.InputException;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.ScenarioLoader;
import io.fluidedge.stats.LatencyCurves;
import io.fluidedge.stats.RunSummary;
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
  void session_withAndWithoutFilesGivesTheSameSummaryBytes() throws Exception {
    PluginRegistry registry = PluginRegistry.load();
    RunOutcome memory = RunSession.of(tiny(), registry).run(RunOutput.summaryOnly(true),
        () -> false, null);
    RunOutcome disk = RunSession.of(tiny(), registry).run(RunOutput.directory(dir, false),
        () -> false, null);
    RunSummary inMemory = memory.summary();
    RunSummary onDisk = disk.summary();
    assertThat(Fixtures.maskWall(memory.summaryJson()))
        .isEqualTo(Fixtures.maskWall(disk.summaryJson()));
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
    List<RunSummary> one = Replications.run(runs, s -> RunOutput.summaryOnly(false), registry, 1,
        done::incrementAndGet);
    List<RunSummary> three = Replications.run(runs, s -> RunOutput.summaryOnly(false), registry, 3,
        null);
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
