package io.fluidedge.bench;

import io.fluidedge.scenario.Streams;
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
import umontreal.ssj.rng.MRG32k3a;

/**
 * One uniform from the simulator's streams ({@link Streams#of}: MRG32k3a stepped in integers)
 * and from SSJ's own MRG32k3a on the same seed, as time per draw. Run:
 * {@code mvn -B -Pbench package -DskipTests && java -jar target/benchmarks.jar RandomBench}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RandomBench {

  private MRG32k3a streams;
  private MRG32k3a ssj;

  /** Both generators on the traffic stream's seed of scenario seed 1. */
  @Setup(Level.Trial)
  public void setUp() {
    streams = Streams.of(1, Streams.TRAFFIC);
    ssj = new MRG32k3a();
    ssj.setSeed(Streams.seedWords(1, Streams.TRAFFIC));
  }

  /** A draw from {@link Streams#of}'s stream. */
  @Benchmark
  public double streams() {
    return streams.nextDouble();
  }

  /** A draw from SSJ's MRG32k3a. */
  @Benchmark
  public double ssj() {
    return ssj.nextDouble();
  }
}
