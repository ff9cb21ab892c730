package io.fluidedge.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fluidedge.metrics.RunInfo;
import io.fluidedge.metrics.RunOutputs;
import io.fluidedge.metrics.RunRecorder;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.scenario.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecorderRunTest {

  @Test
  void run_withTheRegistryAndARunRecorder_writesConsistentOutputs(@TempDir Path dir)
      throws Exception {
    TestScenario t = new TestScenario();
    t.users = 2;
    t.userAntennas = 2;
    t.bsAntennas = 6;
    t.durationS = 0.2;
    t.rateHz = 100;
    t.policy = "fpa";
    t.controlDelayS = 0.002;
    Scenario s = t.build();
    RunResult r;
    try (RunRecorder rec = new RunRecorder(2, 0.05, true, true, dir)) {
      r = NetworkSimulation.run(s, Components.of(s, PluginRegistry.load()), rec, () -> false);
      assertThat(rec.arrivedCount()).isEqualTo(r.arrived());
      assertThat(rec.completedCount()).isEqualTo(r.completed());
      assertThat(rec.spansRecorded()).isGreaterThanOrEqualTo(2 * r.completed());
      RunOutputs.write(dir, RunInfo.of(s.name(), s.seed(), r.complete(), r.simulatedS(),
          r.inFlight()), rec, null);
    }

    assertThat(r.complete()).isTrue();
    assertThat(r.blocks()).isEqualTo(20);
    JsonNode summary = new ObjectMapper().readTree(dir.resolve(RunOutputs.SUMMARY_JSON).toFile());
    assertThat(summary.path("requests").path("arrived").asLong()).isEqualTo(r.arrived());
    assertThat(summary.path("requests").path("in_flight").asLong()).isEqualTo(r.inFlight());
    assertThat(Files.readAllLines(dir.resolve(RunOutputs.BLOCKS_CSV))).hasSize(21);
    assertThat(new ObjectMapper().readTree(dir.resolve(RunOutputs.TRACE_JSON).toFile())).isNotNull();
  }
}
