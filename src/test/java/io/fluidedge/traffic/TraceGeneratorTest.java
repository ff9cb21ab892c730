package io.fluidedge.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import io.fluidedge.traffic.TraceGenerator.Kind;
import io.fluidedge.traffic.TraceGenerator.Spec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceGeneratorTest {

  private static final int K = 4;

  @TempDir
  Path dir;

  private static final Spec POISSON = Spec.poisson(K, 10, 151296, 1);
  private static final Spec BURSTY = Spec.bursty(K, 50, 0.5, 2.0, 1000, 3);
  private static final Spec PERIODIC = Spec.periodic(K, 10, 0.01, 2048, 1);

  private TraceStats roundTrip(Spec spec, String name, double durationS) {
    Path f = dir.resolve(name);
    long rows = TraceGenerator.generate(spec, 42, durationS, Long.MAX_VALUE, f);
    List<Request> rs = Traces.readAll(f, Traces.settings(), K);
    assertThat(rs).hasSize((int) rows);
    double last = 0;
    for (Request r : rs) {
      assertThat(r.timeS()).isGreaterThanOrEqualTo(last).isLessThan(durationS);
      assertThat(r.user()).isBetween(0, K - 1);
      assertThat(r.features()).isEqualTo(spec.features());
      assertThat(r.tokens()).isEqualTo(spec.tokens());
      last = r.timeS();
    }
    return TraceStats.scan(f, Traces.settings(), K, 1);
  }

  @Test
  @Tag("validation")
  void generate_poissonRoundTripsWithCvNearOne() {
    TraceStats s = roundTrip(POISSON, "p.csv", 500);
    // Count ~ Poisson(20000): sd ≈ 141.
    assertThat((double) s.count()).isCloseTo(K * 10 * 500, offset(4 * Math.sqrt(20_000)));
    assertThat(s.interArrivalCv()).isCloseTo(1.0, offset(0.05));
  }

  @Test
  @Tag("validation")
  void generate_burstyRoundTripsWithCvAboveOne() {
    TraceStats s = roundTrip(BURSTY, "b.csv.gz", 500);
    assertThat(s.interArrivalCv()).isGreaterThan(1.2);
    // Long-run rate K · peak · on / (on + off) = 4 · 50 · 0.2 = 40/s; on/off cycles make the
    // count noisy (about 200 cycles per user), so the check is loose.
    assertThat(s.count() / 500.0).isCloseTo(K * BURSTY.meanRateHz(), offset(8.0));
  }

  @Test
  @Tag("validation")
  void generate_periodicRoundTripsWithCvBelowOne() {
    TraceStats s = roundTrip(PERIODIC, "f.csv", 100);
    assertThat(s.interArrivalCv()).isLessThan(0.9);
    // Every user sends one frame per 0.1 s: 1000 frames each, give or take the last one.
    assertThat(s.perUserCounts()).allSatisfy(c -> assertThat(c).isBetween(999L, 1000L));
  }

  @Test
  void generate_periodicWithoutJitterKeepsExactPeriod() {
    Path f = dir.resolve("f.csv");
    TraceGenerator.generate(Spec.periodic(1, 4, 0, 1, 1), 1, 10, Long.MAX_VALUE, f);
    List<Request> rs = Traces.readAll(f, Traces.settings(), 1);
    assertThat(rs).hasSize(40);
    for (int i = 1; i < rs.size(); i++) {
      assertThat(rs.get(i).timeS() - rs.get(i - 1).timeS()).isCloseTo(0.25, offset(2e-9));
    }
  }

  @Test
  void generate_sameSeedSameBytes() throws IOException {
    for (Spec spec : new Spec[] {POISSON, BURSTY, PERIODIC}) {
      Path a = dir.resolve("a.csv.gz");
      Path b = dir.resolve("b.csv.gz");
      Path c = dir.resolve("c.csv.gz");
      TraceGenerator.generate(spec, 9, 20, Long.MAX_VALUE, a);
      TraceGenerator.generate(spec, 9, 20, Long.MAX_VALUE, b);
      TraceGenerator.generate(spec, 10, 20, Long.MAX_VALUE, c);
      assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
      assertThat(Files.readAllBytes(c)).isNotEqualTo(Files.readAllBytes(a));
    }
  }

  @Test
  void generate_countLimitsRows() {
    Path f = dir.resolve("n.csv");
    assertThat(TraceGenerator.generate(BURSTY, 1, Double.POSITIVE_INFINITY, 1234, f))
        .isEqualTo(1234);
    assertThat(Traces.readAll(f, Traces.settings(), K)).hasSize(1234);
  }

  @Test
  void write_formatsHeaderAndFixedPointTimes() throws IOException {
    Path f = dir.resolve("t.csv");
    TrafficSource src = new ListSource(List.of(new Request(0, 0, 151296, 1),
        new Request(0.1, 1, 2.5, 1), new Request(12.000000001, 0, 1e15, 2),
        new Request(3601.25, 3, 7, 1.5)));
    assertThat(TraceGenerator.write(src, Long.MAX_VALUE, f)).isEqualTo(4);
    assertThat(Files.readString(f, StandardCharsets.US_ASCII)).isEqualTo(
        "time_s,user,features,tokens\n0,0,151296,1\n0.1,1,2.5,1\n12.000000001,0,1.0E15,2\n"
            + "3601.25,3,7,1.5\n");
  }

  @Test
  void write_readThenRewriteGivesSameBytes() throws IOException {
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    TraceGenerator.generate(BURSTY, 3, 200, Long.MAX_VALUE, a);
    try (TraceReader r = TraceReader.open(a, Traces.settings(), K, 1)) {
      TraceGenerator.write(r, Long.MAX_VALUE, b);
    }
    assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
  }

  @Test
  void write_millionRowsGzipStreamsBack() {
    Path f = dir.resolve("big.csv.gz");
    long rows = TraceGenerator.generate(POISSON, 5, Double.POSITIVE_INFINITY, 1_000_000, f);
    assertThat(rows).isEqualTo(1_000_000);
    try (TraceReader r = TraceReader.open(f, Traces.settings(), K, 1)) {
      long n = 0;
      while (r.next() != null) {
        n++;
      }
      assertThat(n).isEqualTo(1_000_000);
    }
  }

  @Test
  void write_leavesNoPartialFiles() throws IOException {
    TraceGenerator.generate(POISSON, 1, 1, Long.MAX_VALUE, dir.resolve("sub/x.csv"));
    try (var files = Files.list(dir.resolve("sub"))) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("x.csv");
    }
  }

  @Test
  void spec_rejectsBadParameters() {
    assertThatThrownBy(() -> Spec.poisson(0, 1, 1, 1)).hasMessageContaining("users");
    assertThatThrownBy(() -> Spec.poisson(1, -1, 1, 1)).hasMessageContaining("-1.0");
    assertThatThrownBy(() -> Spec.periodic(1, 10, 0.2, 1, 1)).hasMessageContaining("0.2");
    assertThatThrownBy(() -> Spec.bursty(1, 10, 0, 1, 1, 1)).hasMessageContaining("0.0");
    assertThatThrownBy(() -> Kind.parse("poison")).hasMessageContaining("poison");
    assertThat(Kind.parse("Bursty")).isEqualTo(Kind.BURSTY);
  }

  /** A fixed list of requests. */
  private static final class ListSource implements TrafficSource {
    private final List<Request> requests;
    private int i;

    ListSource(List<Request> requests) {
      this.requests = requests;
    }

    @Override
    public Request next() {
      return i < requests.size() ? requests.get(i++) : null;
    }

    @Override
    public void close() {
    }
  }
}
