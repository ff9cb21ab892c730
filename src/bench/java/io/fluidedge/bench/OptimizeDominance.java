package io.fluidedge.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fluidedge.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * The command-line check that the joint policy never loses to its own baselines: for each seed
 * and size, {@code optimize SCENARIO --json --seed S --set optimizer.policy=P --set
 * radio.users=K --set radio.bs-antennas=M} for joint and for every baseline (fpa, random-fa,
 * fixed-bits, equal-cpu), each run through the same command line as {@code bin/fluidedge} but in
 * one JVM, comparing the printed {@code loss}. Prints every violation and a count.
 *
 * <p>Run (after {@code mvn -B -Pbench package -DskipTests}): {@code java -cp
 * target/benchmarks.jar io.fluidedge.bench.OptimizeDominance scenarios/default.yaml 20
 * 4x8,3x12,6x12}; the sizes are K×M. Exit code 1 if joint lost anywhere.
 */
public final class OptimizeDominance {

  private static final List<String> BASELINES =
      List.of("fpa", "random-fa", "fixed-bits", "equal-cpu");

  private OptimizeDominance() {
  }

  /**
   * Runs the check.
   *
   * @param args SCENARIO SEEDS SIZES
   * @throws Exception if a command fails or prints no loss
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: OptimizeDominance SCENARIO SEEDS SIZES(KxM,...)");
      System.exit(2);
    }
    int seeds = Integer.parseInt(args[1]);
    int checks = 0;
    int lost = 0;
    for (String size : args[2].split(",")) {
      String[] km = size.split("x");
      for (int seed = 1; seed <= seeds; seed++) {
        double joint = loss(args[0], seed, "joint", km[0], km[1]);
        for (String baseline : BASELINES) {
          double other = loss(args[0], seed, baseline, km[0], km[1]);
          checks++;
          if (joint > other) {
            lost++;
            System.out.printf("joint loses: K=%s M=%s seed %d %s: %.17g > %.17g%n", km[0], km[1],
                seed, baseline, joint, other);
          }
        }
        System.out.printf("K=%s M=%s seed %d: joint %.9g%n", km[0], km[1], seed, joint);
      }
    }
    System.out.printf("%d checks, joint's loss above a baseline's in %d%n", checks, lost);
    System.exit(lost == 0 ? 0 : 1);
  }

  private static double loss(String scenario, int seed, String policy, String users,
      String antennas) throws Exception {
    StringWriter text = new StringWriter();
    StringWriter errors = new StringWriter();
    int code = Main.execute(new PrintWriter(text), new PrintWriter(errors), "optimize", scenario,
        "--json", "--seed", Integer.toString(seed), "--set", "optimizer.policy=" + policy, "--set",
        "radio.users=" + users, "--set", "radio.bs-antennas=" + antennas);
    if (code != 0) {
      throw new IllegalStateException("optimize exited " + code + ": " + errors);
    }
    return new ObjectMapper().readTree(text.toString()).get("loss").asDouble();
  }
}
