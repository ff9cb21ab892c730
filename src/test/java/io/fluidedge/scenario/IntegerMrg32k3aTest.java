package io.fluidedge.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.MRG32k3a;

/** The integer-stepped generator against SSJ's own MRG32k3a, draw by draw and bit for bit. */
class IntegerMrg32k3aTest {

  /** Seeds at the edges of the residues (0, 1, m − 1) and the streams' derived seeds. */
  private static final long[][] SEEDS = {
      {12345, 12345, 12345, 12345, 12345, 12345},
      {0, 0, 1, 0, 0, 1},
      {Streams.M1 - 1, Streams.M1 - 1, Streams.M1 - 1, Streams.M2 - 1, Streams.M2 - 1,
          Streams.M2 - 1},
      {Streams.M1 - 1, 0, Streams.M1 - 1, 0, Streams.M2 - 1, 0},
      {1, 0, 0, 1, 0, 0},
      Streams.seedWords(42, Streams.TRAFFIC),
      Streams.seedWords(-1, Streams.CHANNEL),
  };

  private static MRG32k3a ssj(long[] seed) {
    MRG32k3a s = new MRG32k3a("same");
    s.setSeed(seed);
    return s;
  }

  private static MRG32k3a ours(long[] seed) {
    MRG32k3a s = new IntegerMrg32k3a("same");
    s.setSeed(seed);
    return s;
  }

  @Test
  void nextDouble_sameBitsAsSsj() {
    for (long[] seed : SEEDS) {
      MRG32k3a a = ssj(seed);
      MRG32k3a b = ours(seed);
      for (int i = 0; i < 1_000_000; i++) {
        double expected = a.nextDouble();
        double actual = b.nextDouble();
        if (Double.doubleToRawLongBits(actual) != Double.doubleToRawLongBits(expected)) {
          throw new AssertionError("seed " + java.util.Arrays.toString(seed) + ", draw " + i
              + ": " + actual + " != " + expected);
        }
      }
      assertThat(b.getState()).isEqualTo(a.getState());
    }
  }

  @Test
  void draws_sameAsSsjAcrossIntsArraysAndIncreasedPrecision() {
    for (long[] seed : SEEDS) {
      MRG32k3a a = ssj(seed);
      MRG32k3a b = ours(seed);
      for (int i = 0; i < 10_000; i++) {
        assertThat(b.nextInt(0, 3)).isEqualTo(a.nextInt(0, 3));
        assertThat(b.nextInt(-7, 1_000_000)).isEqualTo(a.nextInt(-7, 1_000_000));
      }
      double[] da = new double[1000];
      double[] db = new double[1000];
      a.nextArrayOfDouble(da, 0, 1000);
      b.nextArrayOfDouble(db, 0, 1000);
      assertThat(db).isEqualTo(da);
      a.increasedPrecision(true);
      b.increasedPrecision(true);
      for (int i = 0; i < 10_000; i++) {
        assertThat(b.nextDouble()).isEqualTo(a.nextDouble());
      }
      assertThat(b.getState()).isEqualTo(a.getState());
    }
  }

  @Test
  void substreams_sameStartsAsSsj() {
    long[] seed = Streams.seedWords(7, "substreams");
    MRG32k3a a = ssj(seed);
    MRG32k3a b = ours(seed);
    for (int round = 0; round < 5; round++) {
      for (int i = 0; i < 1000; i++) {
        assertThat(b.nextDouble()).isEqualTo(a.nextDouble());
      }
      switch (round % 3) {
        case 0 -> {
          a.resetNextSubstream();
          b.resetNextSubstream();
        }
        case 1 -> {
          a.resetStartSubstream();
          b.resetStartSubstream();
        }
        default -> {
          a.resetStartStream();
          b.resetStartStream();
        }
      }
      assertThat(b.getState()).isEqualTo(a.getState());
    }
  }

  @Test
  void clone_continuesIndependently() {
    long[] seed = Streams.seedWords(3, "clone");
    MRG32k3a a = ssj(seed);
    MRG32k3a b = ours(seed);
    for (int i = 0; i < 100; i++) {
      a.nextDouble();
      b.nextDouble();
    }
    MRG32k3a copy = b.clone();
    assertThat(copy).isInstanceOf(IntegerMrg32k3a.class);
    for (int i = 0; i < 100; i++) {
      double expected = a.nextDouble();
      assertThat(copy.nextDouble()).isEqualTo(expected);
      assertThat(b.nextDouble()).isEqualTo(expected);
    }
    copy.resetStartStream();
    assertThat(copy.nextDouble()).isEqualTo(ssj(seed).nextDouble());
    assertThat(b.getState()).isEqualTo(a.getState());
  }

  @Test
  void toString_reportsTheCurrentStateAsSsjDoes() {
    long[] seed = Streams.seedWords(5, "text");
    MRG32k3a a = ssj(seed);
    MRG32k3a b = ours(seed);
    for (int i = 0; i < 17; i++) {
      a.nextDouble();
      b.nextDouble();
    }
    a.resetNextSubstream();
    b.resetNextSubstream();
    a.nextDouble();
    b.nextDouble();
    assertThat(b.toString()).isEqualTo(a.toString()).contains(Long.toString(a.getState()[5]));
    assertThat(b.toStringFull()).isEqualTo(a.toStringFull());
    assertThat(b.formatState()).isEqualTo(a.formatState());
  }

  @Test
  void streams_giveTheIntegerGenerator() {
    MRG32k3a s = Streams.of(1, Streams.TRAFFIC);
    assertThat(s).isInstanceOf(IntegerMrg32k3a.class);
    MRG32k3a reference = ssj(Streams.seedWords(1, Streams.TRAFFIC));
    for (int i = 0; i < 1000; i++) {
      assertThat(s.nextDouble()).isEqualTo(reference.nextDouble());
    }
  }
}
