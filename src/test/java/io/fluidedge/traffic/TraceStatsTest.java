package io.fluidedge.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.fluidedge.scenario.Streams;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceStatsTest {

  @TempDir
  Path dir;

  @Test
  void scan_summarisesSmallTrace() {
    Path f = Traces.write(dir.resolve("t.csv"),
        "time_s,user,features,tokens\n1,0,10,1\n2,2,20,3\n4,0,30,2\nbad,0,1,1\n");
    TraceStats s = TraceStats.scan(f, Traces.skipping(), 3, 1);
    assertThat(s.count()).isEqualTo(3);
    assertThat(s.rejectedRows()).isEqualTo(1);
    assertThat(s.firstTimeS()).isEqualTo(1);
    assertThat(s.lastTimeS()).isEqualTo(4);
    assertThat(s.durationS()).isEqualTo(3);
    assertThat(s.perUserCounts()).containsExactly(2L, 0L, 1L);
    assertThat(s.featuresMean()).isEqualTo(20);
    assertThat(s.featuresMin()).isEqualTo(10);
    assertThat(s.featuresMax()).isEqualTo(30);
    assertThat(s.tokensMean()).isEqualTo(2);
    assertThat(s.tokensMin()).isEqualTo(1);
    assertThat(s.tokensMax()).isEqualTo(3);
    // Gaps 1 and 2: mean 1.5, sample sd √0.5.
    assertThat(s.interArrivalMeanS()).isEqualTo(1.5);
    assertThat(s.interArrivalCv()).isCloseTo(Math.sqrt(0.5) / 1.5, offset(1e-12));
    assertThat(s.meanRateHz()).isCloseTo(2.0 / 3, offset(1e-12));
    assertThat(s.report()).contains("requests:       3", "rejected rows:  1", "user 2",
        "mean 1.50000 s, CV 0.471405");
  }

  @Test
  void of_emptySourceReportsNotAvailable() {
    TraceStats s = TraceStats.of(new PoissonSource(Streams.of(1, "t"), 2, 0, 1, 1), 2);
    assertThat(s.count()).isZero();
    assertThat(s.perUserCounts()).containsExactly(0L, 0L);
    assertThat(s.interArrivalMeanS()).isNaN();
    assertThat(s.report()).contains("requests:       0", "mean rate:      n/a");
  }

  @Test
  void of_growsUsersBeyondHint() {
    Path f = Traces.write(dir.resolve("t.csv"), "time_s,user\n0,5\n");
    try (TraceReader r = TraceReader.open(f, Traces.settings(), 100, 1)) {
      assertThat(TraceStats.of(r, 0).perUserCounts()).isEqualTo(List.of(0L, 0L, 0L, 0L, 0L, 1L));
    }
  }
}
