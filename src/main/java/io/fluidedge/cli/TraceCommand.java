package io.fluidedge.cli;

import io.fluidedge.scenario.InputException;
import io.fluidedge.scenario.Traffic;
import io.fluidedge.traffic.Lengths;
import io.fluidedge.traffic.TraceGenerator;
import io.fluidedge.traffic.TraceReader;
import io.fluidedge.traffic.TraceStats;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code trace gen|stats}: write synthetic traces, summarise a trace.
 *
 * <p>Bad arguments throw {@link InputException} (the caller maps it to exit code 2).
 */
@Command(name = "trace", mixinStandardHelpOptions = true,
    description = "Write synthetic traces (gen) or summarise a trace (stats).",
    subcommands = {TraceCommand.Gen.class, TraceCommand.Stats.class})
public final class TraceCommand implements Callable<Integer> {

  /** Users assumed by {@code stats} without {@code --users} when the trace has a user column. */
  static final int STATS_MAX_USERS = 1 << 20;

  @Spec
  CommandSpec spec;

  /** Without a subcommand: a usage error. */
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing subcommand: gen or stats");
  }

  /** {@code trace gen}: writes a synthetic trace. */
  @Command(name = "gen", mixinStandardHelpOptions = true,
      description = "Write a synthetic trace (CSV; gzip when OUT ends in .gz) with header "
          + TraceGenerator.HEADER + ".")
  public static final class Gen implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--kind", defaultValue = "poisson", paramLabel = "KIND",
        description = "poisson | bursty | periodic (default: ${DEFAULT-VALUE})")
    String kind;

    @Option(names = "--users", defaultValue = "4", paramLabel = "K",
        description = "users (default: ${DEFAULT-VALUE})")
    int users;

    @Option(names = "--rate-hz", paramLabel = "R", description = "requests/s per user: "
        + "Poisson rate, frames/s (periodic) or long-run mean rate (bursty)")
    Double rateHz;

    @Option(names = "--duration-s", paramLabel = "T", description = "trace length, s")
    Double durationS;

    @Option(names = "--count", paramLabel = "N", description = "number of requests")
    Long count;

    @Option(names = "--features", defaultValue = "151296", paramLabel = "D",
        description = "feature elements per request (default: ${DEFAULT-VALUE})")
    double features;

    @Option(names = "--tokens", defaultValue = "1", paramLabel = "T",
        description = "tokens per request (default: ${DEFAULT-VALUE})")
    double tokens;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
        description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--on-mean-s", paramLabel = "S",
        description = "bursty: mean on period, s (default 1)")
    Double onMeanS;

    @Option(names = "--off-mean-s", paramLabel = "S",
        description = "bursty: mean off period, s (default 4)")
    Double offMeanS;

    @Option(names = "--peak-rate-hz", paramLabel = "R",
        description = "bursty: per-user rate during on periods (instead of --rate-hz)")
    Double peakRateHz;

    @Option(names = "--jitter-s", paramLabel = "S",
        description = "periodic: uniform jitter in [0, S) added to each frame, S <= 1/rate")
    Double jitterS;

    @Option(names = "--prompt-tokens", paramLabel = "DIST", description = "draw each request's "
        + "features column as a prompt length: lognormal:MEDIAN:SIGMA[:MAX] or zipf:S:MAX "
        + "(replay with traffic.features-per-token)")
    String promptTokens;

    @Option(names = "--answer-tokens", paramLabel = "DIST", description = "draw each request's "
        + "tokens column as an answer length: lognormal:MEDIAN:SIGMA[:MAX] or zipf:S:MAX")
    String answerTokens;

    @Option(names = "--force", description = "overwrite OUT if it exists")
    boolean force;

    @Parameters(index = "0", paramLabel = "OUT", description = "output file (.csv or .csv.gz)")
    Path out;

    @Override
    public Integer call() {
      TraceGenerator.Kind k;
      try {
        k = TraceGenerator.Kind.parse(kind);
      } catch (IllegalArgumentException e) {
        throw InputException.argument("--kind", e.getMessage());
      }
      if (users < 1) {
        throw InputException.argument("--users", "must be >= 1: " + users);
      }
      if ((durationS == null) == (count == null)) {
        throw InputException.argument("--duration-s", "give exactly one of --duration-s and "
            + "--count");
      }
      if (durationS != null && !(positive(durationS) && durationS < TraceGenerator.MAX_TIME_S)) {
        throw InputException.argument("--duration-s", "must be positive and below 9e9: "
            + durationS);
      }
      if (count != null && count < 0) {
        throw InputException.argument("--count", "must be >= 0: " + count);
      }
      requireAtMost("--features", features, TraceReader.MAX_FEATURES);
      requireAtMost("--tokens", tokens, TraceReader.MAX_TOKENS);
      if (k != TraceGenerator.Kind.BURSTY) {
        onlyFor("--on-mean-s", onMeanS, "bursty");
        onlyFor("--off-mean-s", offMeanS, "bursty");
        onlyFor("--peak-rate-hz", peakRateHz, "bursty");
      }
      if (k != TraceGenerator.Kind.PERIODIC) {
        onlyFor("--jitter-s", jitterS, "periodic");
      }
      TraceGenerator.Spec s = switch (k) {
        case POISSON -> TraceGenerator.Spec.poisson(users, rate(), features, tokens);
        case PERIODIC -> periodic();
        case BURSTY -> bursty();
      };
      double expected = users * s.meanRateHz() * (durationS == null ? 0 : durationS);
      if (count == null && expected > MAX_EXPECTED_ROWS) {
        throw InputException.argument("--duration-s", String.format(Locale.ROOT,
            "would write about %.3g requests (%d users x %.6g/s x %s s); at most %.0e, or "
            + "give --count", expected, users, s.meanRateHz(), durationS, MAX_EXPECTED_ROWS));
      }
      if (Files.exists(out) && !force) {
        throw InputException.argument("OUT", "exists (use --force to overwrite): " + out);
      }
      Lengths prompt = lengths("--prompt-tokens", promptTokens, TraceReader.MAX_FEATURES);
      Lengths answer = lengths("--answer-tokens", answerTokens, TraceReader.MAX_TOKENS);
      long rows = TraceGenerator.generate(s, prompt, answer, seed,
          durationS == null ? Double.POSITIVE_INFINITY : durationS,
          count == null ? Long.MAX_VALUE : count, out);
      PrintWriter pw = spec.commandLine().getOut();
      pw.printf(Locale.ROOT, "wrote %d requests (%s, %d users, %.6g requests/s per user) to %s%n",
          rows, k.label(), users, s.meanRateHz(), out);
      pw.flush();
      return 0;
    }

    private static Lengths lengths(String option, String text, double most) {
      if (text == null) {
        return null;
      }
      Lengths l;
      try {
        l = Lengths.parse(text);
      } catch (IllegalArgumentException e) {
        throw InputException.argument(option, e.getMessage());
      }
      if (l.max() > most) {
        throw InputException.argument(option, "max must be at most " + most + ": " + l.max());
      }
      return l;
    }

    private double rate() {
      if (rateHz == null) {
        throw InputException.argument("--rate-hz", "required for --kind " + kind);
      }
      requireBetween("--rate-hz", rateHz, 0, MAX_RATE_HZ);
      return rateHz;
    }

    private TraceGenerator.Spec periodic() {
      double r = rate();
      double j = jitterS == null ? 0 : jitterS;
      if (!(j >= 0 && j <= 1 / r)) {
        throw InputException.argument("--jitter-s", "must be in [0, 1/rate = " + 1 / r + "]: "
            + j);
      }
      return TraceGenerator.Spec.periodic(users, r, j, features, tokens);
    }

    private TraceGenerator.Spec bursty() {
      double on = onMeanS == null ? 1.0 : onMeanS;
      double off = offMeanS == null ? 4.0 : offMeanS;
      requireBetween("--on-mean-s", on, MIN_PERIOD_S, MAX_PERIOD_S);
      requireBetween("--off-mean-s", off, MIN_PERIOD_S, MAX_PERIOD_S);
      double peak;
      if (peakRateHz != null) {
        if (rateHz != null) {
          throw InputException.argument("--peak-rate-hz", "give either --rate-hz (mean) or "
              + "--peak-rate-hz, not both");
        }
        requireBetween("--peak-rate-hz", peakRateHz, 0, MAX_RATE_HZ);
        peak = peakRateHz;
      } else {
        peak = rate() * (on + off) / on;
      }
      return TraceGenerator.Spec.bursty(users, peak, on, off, features, tokens);
    }

    private static void onlyFor(String option, Double value, String kind) {
      if (value != null) {
        throw InputException.argument(option, "only for --kind " + kind);
      }
    }
  }

  /** {@code trace stats}: summarises a trace. */
  @Command(name = "stats", mixinStandardHelpOptions = true,
      description = "Summarise a trace: count, rate, inter-arrival CV, per-user counts.")
  public static final class Stats implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "trace (.csv or .csv.gz)")
    Path file;

    @Option(names = "--users", paramLabel = "K", description = "users K: user indices must be "
        + "< K; required when the trace has no user column")
    Integer users;

    @Option(names = "--time-column", defaultValue = "time_s", paramLabel = "NAME",
        description = "time column (default: ${DEFAULT-VALUE})")
    String timeColumn;

    @Option(names = "--user-column", defaultValue = "user", paramLabel = "NAME",
        description = "user column (default: ${DEFAULT-VALUE})")
    String userColumn;

    @Option(names = "--features-column", defaultValue = "features", paramLabel = "NAME",
        description = "features column (default: ${DEFAULT-VALUE})")
    String featuresColumn;

    @Option(names = "--tokens-column", defaultValue = "tokens", paramLabel = "NAME",
        description = "tokens column (default: ${DEFAULT-VALUE})")
    String tokensColumn;

    @Option(names = "--features", defaultValue = "151296", paramLabel = "D",
        description = "feature elements when the trace has no features column "
            + "(default: ${DEFAULT-VALUE})")
    double features;

    @Option(names = "--features-per-token", defaultValue = "0", paramLabel = "F",
        description = "> 0: the features column counts tokens of F elements "
            + "(default: ${DEFAULT-VALUE})")
    double featuresPerToken;

    @Option(names = "--user-assignment", defaultValue = "round-robin", paramLabel = "HOW",
        description = "round-robin | hash, when the trace has no user column "
            + "(default: ${DEFAULT-VALUE})")
    String userAssignment;

    @Option(names = "--time-scale", defaultValue = "1", paramLabel = "X",
        description = "multiply trace times by X (default: ${DEFAULT-VALUE})")
    double timeScale;

    @Option(names = "--on-bad-row", defaultValue = "fail", paramLabel = "WHAT",
        description = "fail | skip (default: ${DEFAULT-VALUE})")
    String onBadRow;

    @Override
    public Integer call() {
      if (users != null && users < 1) {
        throw InputException.argument("--users", "must be >= 1: " + users);
      }
      requireAtMost("--features", features, TraceReader.MAX_FEATURES);
      if (!(featuresPerToken >= 0) || Double.isInfinite(featuresPerToken)) {
        throw InputException.argument("--features-per-token", "must be >= 0: "
            + featuresPerToken);
      }
      requirePositive("--time-scale", timeScale);
      Traffic settings = new Traffic("trace", 0, file.toString(),
          new Traffic.Columns(timeColumn, userColumn, featuresColumn, tokensColumn),
          featuresPerToken, assignment(), timeScale, badRow());
      TraceStats stats;
      try (TraceReader reader = TraceReader.open(file, settings,
          users == null ? STATS_MAX_USERS : users, features)) {
        if (users == null && !reader.hasUserColumn()) {
          throw InputException.argument("--users", "required: " + file + " has no '"
              + userColumn + "' column");
        }
        stats = TraceStats.of(reader, users == null ? 0 : users);
      }
      PrintWriter pw = spec.commandLine().getOut();
      pw.println("trace:          " + file);
      pw.print(stats.report());
      pw.flush();
      return 0;
    }

    private Traffic.UserAssignment assignment() {
      return switch (userAssignment.toLowerCase(Locale.ROOT)) {
        case "round-robin" -> Traffic.UserAssignment.ROUND_ROBIN;
        case "hash" -> Traffic.UserAssignment.HASH;
        default -> throw InputException.argument("--user-assignment",
            "must be round-robin or hash: " + userAssignment);
      };
    }

    private Traffic.OnBadRow badRow() {
      return switch (onBadRow.toLowerCase(Locale.ROOT)) {
        case "fail" -> Traffic.OnBadRow.FAIL;
        case "skip" -> Traffic.OnBadRow.SKIP;
        default -> throw InputException.argument("--on-bad-row",
            "must be fail or skip: " + onBadRow);
      };
    }
  }

  /** Largest rate accepted by {@code gen}, requests/s per user. */
  static final double MAX_RATE_HZ = 1e9;
  /** Shortest and longest mean on/off period of {@code gen --kind bursty}, s. */
  static final double MIN_PERIOD_S = 1e-3;
  static final double MAX_PERIOD_S = 1e9;
  /** Most requests {@code gen --duration-s} may expect to write without {@code --count}. */
  static final double MAX_EXPECTED_ROWS = 1e10;

  /**
   * {@code min < v ≤ max} for {@code min} 0, else {@code min ≤ v ≤ max}. The bounds keep the
   * generators' arithmetic meaningful: an on period far below the resolution of the clock at
   * large times would have no width at all.
   */
  private static void requireBetween(String option, double v, double min, double max) {
    requirePositive(option, v);
    if (v < min || v > max) {
      throw InputException.argument(option, "must be in " + (min == 0 ? "(0" : "[" + min)
          + ", " + max + "]: " + v);
    }
  }

  private static boolean positive(double v) {
    return v > 0 && v < Double.POSITIVE_INFINITY;
  }

  private static void requirePositive(String option, double v) {
    if (!positive(v)) {
      throw InputException.argument(option, "must be positive: " + v);
    }
  }

  private static void requireAtMost(String option, double v, double max) {
    requirePositive(option, v);
    if (v > max) {
      throw InputException.argument(option, "must be <= " + max + ": " + v);
    }
  }
}
