// Draws the learning agent's curve (learning.csv: episode,mean_reward) into
// docs/img/learning-curve.png with the project's JFreeChart:
//   jshell --class-path target/fluidedge-0.1.0-SNAPSHOT-all.jar python/examples/plot_curve.jsh
import org.jfree.chart.*;
import org.jfree.data.xy.*;
import java.nio.file.*;

var series = new XYSeries("mean reward per block (-J), training episode");
for (String line : Files.readAllLines(Path.of("learning.csv"))) {
  if (line.startsWith("episode")) continue;
  String[] cells = line.split(",");
  series.add(Double.parseDouble(cells[0]), Double.parseDouble(cells[1]));
}
var chart = ChartFactory.createXYLineChart("REINFORCE on the bits, default scenario (seed 1)",
    "episode", "mean reward (-J per block)", new XYSeriesCollection(series));
var renderer = new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer(true, true);
chart.getXYPlot().setRenderer(renderer);
chart.getXYPlot().setBackgroundPaint(java.awt.Color.WHITE);
ChartUtils.saveChartAsPNG(new java.io.File("docs/img/learning-curve.png"), chart, 720, 400);
/exit
