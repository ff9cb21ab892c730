package io.fluidedge.sim;

import io.fluidedge.Fixtures;
import io.fluidedge.scenario.LlmServing;
import io.fluidedge.scenario.Model;
import io.fluidedge.scenario.OptimizerSettings;
import io.fluidedge.scenario.Output;
import io.fluidedge.scenario.Queues;
import io.fluidedge.scenario.Slo;
import io.fluidedge.scenario.Radio;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.Server;
import io.fluidedge.scenario.Traffic;
import java.util.Map;

/** A mutable scenario sketch for simulator tests; {@link #build()} gives the record. */
final class TestScenario {

  long seed = 1;
  double durationS = 1;
  double coherenceS = 0.01;
  int users = 2;
  int userAntennas = 1;
  int bsAntennas = 4;
  double bandwidthHz = 20e6;
  Radio.Evolution evolution = Radio.Evolution.STATIC;
  double featureElements = 151296;
  double cpuHz = 1e14;
  Server.Discipline discipline = Server.Discipline.PARTITIONED;
  String source = "poisson";
  double rateHz = 20;
  String policy = "joint";
  double controlDelayS = 0;
  double antennaSpeedMps = Double.POSITIVE_INFINITY;
  String trace = "traces/sample.csv";
  String sourceFile;
  double featuresPerToken = 0;
  double warmupS = 0;
  Queues queues = Queues.UNLIMITED;
  Slo slo = Slo.NONE;
  /** LLM-serving settings; null for the defaults. */
  LlmServing llm;

  Scenario build() {
    Radio radio = new Radio(3.5e9, bandwidthHz, 10, users, userAntennas, bsAntennas, 4, 0.5, 5, 1,
        "geometric", evolution, 10, 0.25);
    Model m = Fixtures.model();
    Model model = new Model(m.parameters(), m.cyclesPerParameter(), featureElements,
        m.featureMin(), m.featureMax(), m.sensitivity(), m.bitsMin(), m.bitsMax(), m.accuracy());
    OptimizerSettings o = Fixtures.optimizer();
    OptimizerSettings optimizer = new OptimizerSettings(policy, o.solver(), 20, o.tolerance(),
        o.fixedBits(), true, controlDelayS, antennaSpeedMps, o.gridWavelengths());
    Traffic traffic = new Traffic(source, rateHz, trace,
        new Traffic.Columns("time_s", "user", "features", "tokens"), featuresPerToken,
        Traffic.UserAssignment.ROUND_ROBIN, 1.0, Traffic.OnBadRow.FAIL);
    return new Scenario("sim-test", seed, durationS, coherenceS, radio, model,
        llm == null ? new Server(cpuHz, discipline) : new Server(cpuHz, discipline, llm), traffic, optimizer,
        new Output("out/sim-test", 0.1, false, false, false), io.fluidedge.scenario.Cell.DEFAULT,
        java.util.List.of(), warmupS, queues, slo, Map.of(),
        sourceFile);
  }
}
