package io.fluidedge.cli;

import io.fluidedge.command.CommandLines;
import io.fluidedge.metrics.OutputLock;
import io.fluidedge.plots.Figure;
import io.fluidedge.plots.FigureFiles;
import io.fluidedge.plots.Folders;
import io.fluidedge.plots.Folders.Kind;
import io.fluidedge.plots.PlotFormat;
import io.fluidedge.report.Report;
import io.fluidedge.scenario.InputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code plot OUTDIR [--formats png,svg,pdf]}: redraws every figure of a run, compare, sweep or
 * reproduce folder from its CSV files, without simulating again, and rewrites its report.html.
 *
 * <p>The folder is locked as its own command would lock it, and the files written are recorded
 * in its manifest under that command's name, so a later {@code --force} of that command removes
 * them like its own.
 */
@Command(name = "plot", mixinStandardHelpOptions = true,
    description = {"Redraw every figure of an output folder (run, compare, sweep, reproduce) "
        + "from its CSV files and rewrite its report.html, without running again."})
public final class PlotCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OUTDIR", description = "An output folder.")
  private Path dir;

  @Option(names = "--formats", split = ",", paramLabel = "FORMAT",
      description = "Figure formats: png, svg, pdf (default: those the folder has, else png).")
  private List<String> formats;

  /** Redraws the figures and the report; returns 0. */
  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(dir)) {
      throw InputException.argument("OUTDIR", dir + " is not a directory");
    }
    Kind kind = Folders.kind(dir);
    if (kind == null) {
      throw InputException.argument("OUTDIR", dir + " holds no run, compare, sweep or "
          + "reproduce outputs (summary.json with windows.csv, compare.csv, results.csv or "
          + "fig3/fig4/fig6.csv)");
    }
    Set<PlotFormat> chosen = chosenFormats();
    try (OutputLock lock = OutputLock.acquire(dir, kind.command())) {
      return redraw(kind, chosen);
    } catch (IllegalArgumentException malformed) {
      // A CSV file of the folder that does not parse: bad input, named by the message.
      throw InputException.argument("OUTDIR", malformed.getMessage());
    }
  }

  /** Redraws the figures and the report of the locked folder. */
  private int redraw(Kind kind, Set<PlotFormat> chosen) throws IOException {
    List<Figure> figures = Folders.figures(dir, kind);
    Path target = Folders.figureDir(dir, kind);
    Set<PlotFormat> used = chosen != null ? chosen
        : Folders.formatsPresent(target, figures.stream().map(Figure::name).toList());
    if (!figures.isEmpty()) {
      Files.createDirectories(target);
    }
    List<String> written = new ArrayList<>();
    for (Figure f : figures) {
      FigureFiles.write(target, f, used);
      for (PlotFormat p : used) {
        written.add(dir.relativize(target.resolve(f.name() + p.extension())).toString());
      }
    }
    Report.write(dir, kind);
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%s folder %s: %d figure files%s, %s%n", kind.command(), dir, written.size(),
        written.isEmpty() ? "" : " (" + String.join(", ", written) + ")", Report.FILE);
    return CommandLines.OK;
  }

  private Set<PlotFormat> chosenFormats() {
    if (formats == null || formats.isEmpty()) {
      return null;
    }
    try {
      return PlotFormat.of(formats);
    } catch (IllegalArgumentException e) {
      throw InputException.argument("--formats", e.getMessage());
    }
  }
}
