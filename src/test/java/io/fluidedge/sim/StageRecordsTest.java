package io.fluidedge.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluidedge.metrics.RequestRecord;
import io.fluidedge.metrics.RunInfo;
import io.fluidedge.metrics.RunListener;
import io.fluidedge.metrics.RunOutputs;
import io.fluidedge.metrics.RunRecorder;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.scenario.Queues;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.Slo;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The records of an arrival and an uplink completion are built only for listeners that keep
 * them ({@link RunListener#keepsStageRecords()}); the recorder, which does not, writes the same
 * files whichever form it is told.
 */
class StageRecordsTest {

  private static final int BITS = 8;

  /** Counts both forms of the two stage calls. */
  private static final class StageCounter implements RunListener {
    private final boolean keeps;
    long arrivalRecords;
    long arrivalShort;
    long uplinkRecords;
    long uplinkShort;
    double uplinkTimeSum;

    StageCounter(boolean keeps) {
      this.keeps = keeps;
    }

    @Override
    public boolean keepsStageRecords() {
      return keeps;
    }

    @Override
    public void arrival(RequestRecord r) {
      arrivalRecords++;
    }

    @Override
    public void arrival(int user, double arrivalS) {
      arrivalShort++;
    }

    @Override
    public void uplinkDone(RequestRecord r) {
      uplinkRecords++;
      uplinkTimeSum += r.uplinkDoneS();
    }

    @Override
    public void uplinkDone(int user, double uplinkDoneS) {
      uplinkShort++;
      uplinkTimeSum += uplinkDoneS;
    }
  }

  /** Counts both forms of a completion, with sums of what each carries. */
  private static final class CompletionCounter implements RunListener {
    private final boolean keeps;
    long records;
    long shortForms;
    double sum;
    long ids;

    CompletionCounter(boolean keeps) {
      this.keeps = keeps;
    }

    @Override
    public boolean keepsCompletionRecords() {
      return keeps;
    }

    @Override
    public void inferenceDone(RequestRecord r) {
      records++;
      add(r.id(), r.user(), r.arrivalS(), r.uplinkStartS(), r.uplinkDoneS(), r.inferenceStartS(),
          r.doneS(), r.bits(), r.psnrDb());
    }

    @Override
    public void inferenceDone(long id, int user, double arrivalS, double uplinkStartS,
        double uplinkDoneS, double inferenceStartS, double doneS, int bits, double psnrDb) {
      shortForms++;
      add(id, user, arrivalS, uplinkStartS, uplinkDoneS, inferenceStartS, doneS, bits, psnrDb);
    }

    private void add(long id, int user, double arrivalS, double uplinkStartS, double uplinkDoneS,
        double inferenceStartS, double doneS, int bits, double psnrDb) {
      ids += id * 31 + user;
      sum += arrivalS + 3 * uplinkStartS + 5 * uplinkDoneS + 7 * inferenceStartS + 11 * doneS
          + 13 * bits + 17 * psnrDb;
    }
  }

  /** Two users offered about 0.9 of the uplink, a small buffer, deadlines and a warm-up. */
  private static Scenario congested() {
    TestScenario t = new TestScenario();
    t.users = 2;
    t.durationS = 2;
    t.coherenceS = 0.1;
    t.rateHz = 30;
    t.warmupS = 0.3;
    t.queues = new Queues(4, 0);
    t.slo = new Slo(0.1, true);
    return t.build();
  }

  private static RunResult run(Scenario s, RunListener listener) {
    double uplinkS = 0.03;
    double rate = BITS * s.model().featureElements() / (s.radio().bandwidthHz() * uplinkS);
    double cpu = s.model().cyclesPerParameter() * s.model().parameters() / 0.01;
    Components parts = Components.of(s, PluginRegistry.load());
    return NetworkSimulation.run(s, new Components(parts.channelModel(), parts.accuracy(),
        TestPolicies.constant(s.radio().users(), BITS, cpu, rate), parts.traffic()), listener,
        () -> false);
  }

  private static RunResult recordInto(Path dir, RunListener beside) throws Exception {
    return recordInto(dir, beside, true);
  }

  private static RunResult recordInto(Path dir, RunListener beside, boolean requestRows)
      throws Exception {
    Scenario s = congested();
    RunResult r;
    try (RunRecorder rec = new RunRecorder(2, 0.05, requestRows, false, dir, null, s.warmupS(),
        s.slo().deadlineS())) {
      r = run(s, beside == null ? rec : RunListener.tee(rec, beside));
      RunOutputs.write(dir, RunInfo.of(s.name(), s.seed(), r.complete(), r.simulatedS(),
          r.inFlight()), rec, null);
    }
    return r;
  }

  @Test
  void listenersThatDoNotKeepStageRecords_getTheShortForms_andTheRunBuildsNone() {
    StageCounter lean = new StageCounter(false);
    RunResult r = run(congested(), lean);
    assertThat(r.dropped()).isPositive();
    assertThat(r.expired()).isPositive();
    long queued = r.arrived() - r.dropped();
    assertThat(lean.arrivalShort).isEqualTo(queued);
    assertThat(lean.arrivalRecords).isEqualTo(r.dropped()); // a dropped arrival has its record
    assertThat(lean.uplinkShort).isPositive();
    assertThat(lean.uplinkRecords).isZero();

    StageCounter keeper = new StageCounter(true);
    run(congested(), keeper);
    assertThat(keeper.arrivalShort).isZero();
    assertThat(keeper.arrivalRecords).isEqualTo(r.arrived());
    assertThat(keeper.uplinkShort).isZero();
    assertThat(keeper.uplinkRecords).isEqualTo(lean.uplinkShort);
    assertThat(keeper.uplinkTimeSum).isEqualTo(lean.uplinkTimeSum);
  }

  @Test
  void teeWithAKeeper_givesBothTheRecords_andTheRecorderWritesTheSameFiles(@TempDir Path dir)
      throws Exception {
    Path alone = Files.createDirectory(dir.resolve("alone"));
    Path tee = Files.createDirectory(dir.resolve("tee"));
    recordInto(alone, null);
    StageCounter keeper = new StageCounter(true);
    RunResult r = recordInto(tee, keeper);
    assertThat(keeper.arrivalRecords).isEqualTo(r.arrived());
    assertThat(keeper.uplinkRecords).isPositive();
    for (String file : new String[] {RunOutputs.WINDOWS_CSV, RunOutputs.REQUESTS_CSV_GZ}) {
      assertThat(Files.readAllBytes(tee.resolve(file))).as(file)
          .isEqualTo(Files.readAllBytes(alone.resolve(file)));
    }
    // the two stages' times are in the file: the uplink queue (arrival to uplink done) and the
    // server queue (uplink done to completion) have a non-zero mean in some window
    java.util.List<String> rows = Files.readAllLines(alone.resolve(RunOutputs.WINDOWS_CSV));
    java.util.List<String> header = java.util.List.of(rows.get(0).split(","));
    int uplink = header.indexOf("uplink_queue_mean");
    int server = header.indexOf("server_queue_mean");
    assertThat(rows.stream().skip(1).map(l -> l.split(","))
        .filter(f -> Double.parseDouble(f[uplink]) > 1 && Double.parseDouble(f[server]) > 0))
        .isNotEmpty();
  }

  @Test
  void listenersThatDoNotKeepCompletionRecords_getTheShortForm_withTheRecordsValues() {
    CompletionCounter lean = new CompletionCounter(false);
    RunResult r = run(congested(), lean);
    assertThat(r.completed()).isPositive();
    assertThat(lean.shortForms).isEqualTo(r.completed());
    assertThat(lean.records).isZero();

    CompletionCounter keeper = new CompletionCounter(true);
    run(congested(), keeper);
    assertThat(keeper.shortForms).isZero();
    assertThat(keeper.records).isEqualTo(r.completed());
    assertThat(keeper.sum).isEqualTo(lean.sum);
    assertThat(keeper.ids).isEqualTo(lean.ids);
  }

  /**
   * Without request rows the recorder takes completions in the short form; given records (a
   * listener beside it keeps them) it writes the same files.
   */
  @Test
  void recorderWithoutRequestRows_writesTheSameFiles_fromTheShortFormAndFromRecords(
      @TempDir Path dir) throws Exception {
    Path alone = Files.createDirectory(dir.resolve("alone"));
    Path tee = Files.createDirectory(dir.resolve("tee"));
    CompletionCounter lean = new CompletionCounter(false);
    RunResult r = recordInto(alone, lean, false);
    assertThat(lean.shortForms).as("the recorder asks for no records").isEqualTo(r.completed());
    CompletionCounter keeper = new CompletionCounter(true);
    recordInto(tee, keeper, false);
    assertThat(keeper.records).isEqualTo(r.completed());
    for (String file : new String[] {RunOutputs.WINDOWS_CSV, RunOutputs.LATENCY_HLOG}) {
      assertThat(Files.readAllBytes(tee.resolve(file))).as(file)
          .isEqualTo(Files.readAllBytes(alone.resolve(file)));
    }
    assertThat(Files.readString(tee.resolve(RunOutputs.SUMMARY_JSON))
        .replaceAll("\"[a-z_]*wall[a-z_]*\": [0-9.eE+-]+", ""))
        .isEqualTo(Files.readString(alone.resolve(RunOutputs.SUMMARY_JSON))
            .replaceAll("\"[a-z_]*wall[a-z_]*\": [0-9.eE+-]+", ""));
  }
}
