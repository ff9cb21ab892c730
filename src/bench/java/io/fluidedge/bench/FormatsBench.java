package io.fluidedge.bench;

import io.fluidedge.metrics.Formats;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The numbers of one blocks.csv row of the reference cell (K = 4 users, M = 8 antennas: time,
 * loss, optimizer wall time, 4 rates, 4 CPU shares, 16 coordinates; 27 doubles) formatted by
 * {@link Formats#decimal} and by the BigDecimal path it replaced, as time per row. Run:
 * {@code mvn -B -Pbench package -DskipTests && java -jar target/benchmarks.jar FormatsBench}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FormatsBench {

  private static final MathContext DIGITS = new MathContext(12, RoundingMode.HALF_EVEN);
  private static final int ROWS = 1024;

  private double[][] rows;
  private int next;

  /** 1024 rows of values of the magnitudes a run writes. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom rng = new SplittableRandom(1);
    rows = new double[ROWS][];
    for (int b = 0; b < ROWS; b++) {
      double[] row = new double[27];
      row[0] = b * 0.01;
      row[1] = -180 - 40 * rng.nextDouble();
      row[2] = 0.005 + 0.01 * rng.nextDouble();
      for (int k = 0; k < 4; k++) {
        row[3 + k] = 2 + 6 * rng.nextDouble();
        row[7 + k] = 2.5e9 * rng.nextDouble();
      }
      for (int i = 11; i < 27; i++) {
        row[i] = 0.05 * rng.nextDouble();
      }
      rows[b] = row;
    }
  }

  /** One row by {@link Formats#decimal}. */
  @Benchmark
  public int decimal() {
    double[] row = rows[next++ & (ROWS - 1)];
    int chars = 0;
    for (double v : row) {
      chars += Formats.decimal(v).length();
    }
    return chars;
  }

  /** One row by {@code new BigDecimal(x).round(12 digits).stripTrailingZeros()}. */
  @Benchmark
  public int bigDecimal() {
    double[] row = rows[next++ & (ROWS - 1)];
    int chars = 0;
    for (double v : row) {
      BigDecimal d = new BigDecimal(v).round(DIGITS).stripTrailingZeros();
      chars += (Math.abs(v) >= 1e-6 ? d.toPlainString() : d.toString()).length();
    }
    return chars;
  }
}
