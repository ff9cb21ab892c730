package io.fluidedge.cli;

import io.fluidedge.command.CommandLines;
import io.fluidedge.metrics.Logging;
import io.fluidedge.metrics.OutputDirectory;
import io.fluidedge.metrics.OutputLock;
import io.fluidedge.plots.Folders;
import io.fluidedge.plots.PlotFormat;
import io.fluidedge.report.Report;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.reproduce.Fig3LossVsIteration;
import io.fluidedge.reproduce.Fig4Sensitivity;
import io.fluidedge.reproduce.Fig6Antennas;
import io.fluidedge.reproduce.Reference;
import io.fluidedge.run.Progress;
import io.fluidedge.run.Provenance;
import io.fluidedge.scenario.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.logging.log4j.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fluidedge reproduce fig3|fig4|fig6|all [--out DIR] [--force] [--draws N]
 * [--set key=value ...]}: the paper's figures from first principles (docs/formats.md), one
 * {@code figN.csv} and {@code figN.png} each, plus a short summary of each figure's key numbers on
 * stdout ({@link ReproduceReport}).
 *
 * <p>Every figure uses the reference scenario ({@code scenarios/default.yaml}'s values, built in;
 * see {@link io.fluidedge.reproduce.Reference}) with the figure's own changes, and the same
 * channel draws 1..N for every configuration. {@code --set} changes the base scenario (say, ρ or
 * the SNR) before the figure's own changes. Results do not depend on {@code --threads}.
 */
@Command(
    name = "reproduce",
    mixinStandardHelpOptions = true,
    description = {"Reproduce the paper's figures from first principles: fig3 (loss vs BCD "
        + "iteration), fig4 (latency and PSNR vs sensitivity), fig6 (FA vs FPA vs BS antennas).",
        "fig3 pads each draw's loss history with its final value up to the longest history."})
public final class ReproduceCommand implements Callable<Integer> {

  /** Which figures to produce. */
  enum Figure {
    fig3, fig4, fig6, all;

    boolean includes(Figure f) {
      return this == all || this == f;
    }
  }

  /** The logger, once Log4j is ready ({@link Logging}). */
  private static Logger log() {
    return Logging.logger(ReproduceCommand.class);
  }

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FIGURE", description = "fig3, fig4, fig6 or all.")
  private Figure figure;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "out/reproduce",
      description = "Output directory (default: ${DEFAULT-VALUE}).")
  private Path out;

  @Option(names = "--force", description = "Write into a non-empty output directory.")
  private boolean force;

  /** Most channel draws per configuration: each draw's result is kept until the figure is written. */
  static final int MAX_DRAWS = 10_000;

  @Option(names = "--draws", paramLabel = "N", defaultValue = "100",
      description = "Channel draws per configuration, 2.." + MAX_DRAWS
          + " (default: ${DEFAULT-VALUE}).")
  private int draws;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "Override a key of the figures' base scenario (repeatable); a figure's own "
          + "varied keys (fig3: SNR, parameters; fig4: sensitivity; fig6: users, antennas) win.")
  private List<String> set = new ArrayList<>();

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
      description = "Worker threads (default: ${DEFAULT-VALUE}); results do not depend on it.")
  private int threads;

  /** Runs the chosen figures, writes their files and prints their summaries; returns 0. */
  @Override
  public Integer call() throws IOException {
    if (draws < 2) {
      throw new ParameterException(spec.commandLine(),
          "--draws must be at least 2 (confidence intervals need two draws): " + draws);
    }
    if (draws > MAX_DRAWS) {
      throw new ParameterException(spec.commandLine(), "--draws must be at most " + MAX_DRAWS
          + " (every draw is solved and kept until its figure is written): " + draws);
    }
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1: " + threads);
    }
    Scenario base = Reference.scenario(set, List.of()); // bad --set values fail before any output
    try (OutputLock lock = OutputDirectory.open(out, force, "reproduce")) {
      return reproduce(base);
    }
  }

  /** Runs the chosen figures into the locked output directory. */
  private int reproduce(Scenario base) throws IOException {
    PluginRegistry registry = PluginRegistry.load();
    Set<PlotFormat> formats = PlotFormat.of(base.output().plotFormats());
    PrintWriter w = spec.commandLine().getOut();
    List<Figure> chosen = List.of(Figure.fig3, Figure.fig4, Figure.fig6).stream()
        .filter(figure::includes).toList();
    Provenance.write(out, null);
    Progress progress = Progress.counting(spec.commandLine().getErr(), "reproduce",
        chosen.size(), " figures");
    for (Figure f : chosen) {
      log().info("reproduce {}: {} draws per configuration on {} threads into {}", f, draws,
          threads, out);
      long start = System.nanoTime();
      switch (f) {
        case fig3 -> {
          var result = Fig3LossVsIteration.run(
              Fig3LossVsIteration.Params.defaults().withDraws(draws).withThreads(threads), set,
              registry);
          Fig3LossVsIteration.write(result, out, formats);
          ReproduceReport.fig3(w, result, out, seconds(start));
        }
        case fig4 -> {
          var result = Fig4Sensitivity.run(
              Fig4Sensitivity.Params.defaults().withDraws(draws).withThreads(threads), set,
              registry);
          Fig4Sensitivity.write(result, out, formats);
          ReproduceReport.fig4(w, result, out, seconds(start));
        }
        case fig6 -> {
          var result = Fig6Antennas.run(Fig6Antennas.Params.defaults().withDraws(draws)
              .withThreads(threads).withSensitivity(base.model().sensitivity()), set, registry);
          Fig6Antennas.write(result, out, formats);
          ReproduceReport.fig6(w, result, out, seconds(start));
        }
        default -> throw new IllegalStateException(f.name());
      }
      w.flush();
      log().info("reproduce {} written in {} s", f, Math.round(seconds(start)));
      progress.step();
    }
    Report.write(out, Folders.Kind.REPRODUCE);
    return CommandLines.OK;
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
