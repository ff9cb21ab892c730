package io.fluidedge.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunRecorderTest {

  @TempDir
  Path spool;

  @Test
  void latency_percentilesMatchExactWithinThreeDigits() {
    List<RequestRecord> reqs = Fixtures.requests(7, 3, 20_000, 200);
    try (RunRecorder rec = new RunRecorder(3, 1.0, false, false, spool)) {
      reqs.forEach(rec::inferenceDone);
      double[] lat = reqs.stream().mapToDouble(RequestRecord::latencyS).sorted().toArray();
      LatencyStats s = rec.latency();
      assertThat(s.count()).isEqualTo(lat.length);
      assertThat(s.meanS()).isCloseTo(Arrays.stream(lat).average().orElseThrow(), within(1e-12));
      assertThat(s.maxS()).isEqualTo(lat[lat.length - 1]);
      assertPercentile(s.p50S(), lat, 50);
      assertPercentile(s.p90S(), lat, 90);
      assertPercentile(s.p99S(), lat, 99);
      assertPercentile(s.p999S(), lat, 99.9);
      for (int k = 0; k < 3; k++) {
        int user = k;
        double[] mine = reqs.stream().filter(r -> r.user() == user).mapToDouble(RequestRecord::latencyS)
            .sorted().toArray();
        UserStats u = rec.user(k);
        assertThat(u.completed()).isEqualTo(mine.length);
        assertPercentile(u.latency().p99S(), mine, 99);
        assertThat(u.uplinkSMean()).isCloseTo(reqs.stream().filter(r -> r.user() == user)
            .mapToDouble(RequestRecord::uplinkS).average().orElseThrow(), within(1e-12));
        assertThat(u.serverSMean()).isCloseTo(reqs.stream().filter(r -> r.user() == user)
            .mapToDouble(RequestRecord::serverS).average().orElseThrow(), within(1e-12));
      }
    }
  }

  @Test
  void windows_countsSumToTotalAndFollowFloorOfCompletionOverWindow() {
    List<RequestRecord> reqs = Fixtures.requests(11, 2, 5_000, 500);
    double windowS = 0.1;
    try (RunRecorder rec = new RunRecorder(2, windowS, false, false, spool)) {
      reqs.forEach(rec::inferenceDone);
      double end = reqs.get(reqs.size() - 1).doneS() + 0.35;
      rec.finish(end);
      List<WindowStats> windows = rec.windows();
      assertThat(windows.stream().mapToLong(w -> w.latency().count()).sum()).isEqualTo(reqs.size());
      assertThat(windows).hasSize((int) Math.ceil(end / windowS));
      long[] expected = new long[windows.size()];
      for (RequestRecord r : reqs) {
        expected[(int) Math.floor(r.doneS() / windowS)]++;
      }
      for (int w = 0; w < windows.size(); w++) {
        assertThat(windows.get(w).index()).isEqualTo(w);
        assertThat(windows.get(w).startS()).isEqualTo(w * windowS);
        assertThat(windows.get(w).latency().count()).as("window %d", w).isEqualTo(expected[w]);
      }
    }
  }

  @Test
  void windows_requestOnBoundaryGoesToLaterWindowAndEmptyWindowsAreFilled() {
    try (RunRecorder rec = new RunRecorder(1, 0.5, false, false, spool)) {
      rec.inferenceDone(request(0, 0.1, 0.4));
      rec.inferenceDone(request(1, 0.7, 1.0));
      rec.inferenceDone(request(2, 2.0, 2.25));
      rec.finish(3.0);
      assertThat(rec.windows()).extracting(w -> w.latency().count()).containsExactly(1L, 0L, 1L, 0L, 1L, 0L);
      assertThat(rec.windows().get(1).latency()).isEqualTo(LatencyStats.EMPTY);
      assertThat(rec.windows().get(1).psnrDbMean()).isNaN();
    }
  }

  @Test
  void request_completionGoingBackAWindowIsRejected() {
    try (RunRecorder rec = new RunRecorder(1, 0.1, false, false, spool)) {
      rec.inferenceDone(request(0, 0.0, 0.55));
      assertThatThrownBy(() -> rec.inferenceDone(request(1, 0.0, 0.25)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("non-decreasing");
    }
  }

  @Test
  void request_userOutOfRangeIsRejected() {
    try (RunRecorder rec = new RunRecorder(2, 0.1, false, false, spool)) {
      RequestRecord r = new RequestRecord(0, 2, 0, 0, 0.1, 0.1, 0.2, 8, 50, 10, 1, 0);
      assertThatThrownBy(() -> rec.inferenceDone(r)).hasMessageContaining("user 2");
    }
  }

  @Test
  void optimizer_statsOverBlocks() {
    List<BlockRecord> blocks = Fixtures.blocks(3, 4, 2, 4, 500, 0.01);
    try (RunRecorder rec = new RunRecorder(2, 0.1, false, false, spool)) {
      blocks.forEach(rec::block);
      OptimizerStats o = rec.optimizer();
      assertThat(o.blocks()).isEqualTo(500);
      assertThat(o.iterationsMean()).isCloseTo(blocks.stream().mapToInt(BlockRecord::iterations).average()
          .orElseThrow(), within(1e-12));
      assertThat(o.optWallMsMean()).isCloseTo(blocks.stream().mapToDouble(BlockRecord::optWallMs).average()
          .orElseThrow(), within(1e-12));
      double[] wall = blocks.stream().mapToDouble(BlockRecord::optWallMs).sorted().toArray();
      assertPercentile(o.optWallMsP99(), wall, 99);
      assertThat(o.lossMean()).isCloseTo(blocks.stream().mapToDouble(BlockRecord::loss).average()
          .orElseThrow(), within(1e-12));
    }
  }

  @Test
  void trajectories_boundedSampleKeepsFirstAndLastBlock() {
    List<BlockRecord> blocks = Fixtures.blocks(3, 4, 1, 2, 10_000, 0.01);
    try (RunRecorder rec = new RunRecorder(1, 0.1, false, false, spool)) {
      blocks.forEach(rec::block);
      List<double[]> samples = rec.trajectories().samples();
      List<Double> times = rec.trajectories().timesS();
      assertThat(samples).hasSizeLessThanOrEqualTo(Trajectories.CAPACITY + 1).hasSameSizeAs(times);
      assertThat(samples.get(0)[0]).isEqualTo(blocks.get(0).positionsM()[0][0]);
      assertThat(samples.get(samples.size() - 1)[3]).isEqualTo(blocks.get(9_999).positionsM()[1][1]);
      assertThat(times.get(times.size() - 1)).isEqualTo(blocks.get(9_999).timeS());
      assertThat(times).isSorted();
    }
  }

  @Test
  void empty_statisticsAreNaNWithZeroCounts() {
    try (RunRecorder rec = new RunRecorder(2, 0.1, false, false, spool)) {
      assertThat(rec.latency()).isEqualTo(LatencyStats.EMPTY);
      assertThat(rec.psnrDbMean()).isNaN();
      assertThat(rec.user(1).completed()).isZero();
      assertThat(rec.optimizer().blocks()).isZero();
      assertThat(rec.optimizer().iterationsMean()).isNaN();
    }
  }

  @Test
  void span_cappedAndCountedOnlyWhenKept() {
    try (RunRecorder off = new RunRecorder(1, 0.1, false, false, spool)) {
      off.span("user 0 uplink", "request 0", 0, 0, 1);
      assertThat(off.spansRecorded()).isZero();
      assertThat(off.keepsSpans()).isFalse();
    }
    try (RunRecorder on = new RunRecorder(1, 0.1, false, true, spool)) {
      on.span("user 0 uplink", "request 0", 0, 0, 1);
      assertThat(on.spansRecorded()).isEqualTo(1);
      assertThatThrownBy(() -> on.span("x", "y", 0, 2, 1)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void finish_recordingAfterwardsIsRejected() {
    try (RunRecorder rec = new RunRecorder(1, 0.1, false, false, spool)) {
      rec.finish(1);
      assertThatThrownBy(() -> rec.arrival(null)).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void nanos_roundsToNearestAndRejectsNegative() {
    assertThat(Nanos.fromSeconds(1.5e-9)).isEqualTo(2);
    assertThat(Nanos.fromSeconds(0.25)).isEqualTo(250_000_000L);
    assertThatThrownBy(() -> Nanos.fromSeconds(-1e-9)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Nanos.fromSeconds(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }

  /** HdrHistogram with 3 significant digits: within 0.1 % of the exact order statistic. */
  static void assertPercentile(double actual, double[] sorted, double p) {
    double exact = sorted[Math.max(0, (int) Math.ceil(p / 100 * sorted.length - 1e-9) - 1)];
    assertThat(actual).as("p%s", p).isCloseTo(exact, within(exact * 1e-3 + 1e-9));
  }

  static RequestRecord request(long id, double arrivalS, double doneS) {
    double mid = (arrivalS + doneS) / 2;
    return new RequestRecord(id, 0, arrivalS, arrivalS, mid, mid, doneS, 8, 59, 100, 1, 0);
  }
}
