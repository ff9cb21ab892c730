package io.fluidedge.plots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fluidedge.plots.RunPlotData.Track;
import io.fluidedge.plots.RunPlotData.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DownsampleTest {

  private static List<Window> randomWindows(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Window> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long count = r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(50);
      double p50 = r.nextDouble(0.001, 0.01);
      out.add(count == 0 ? new Window(i * 0.1, 0, Double.NaN, Double.NaN, Double.NaN)
          : new Window(i * 0.1, count, p50, p50 * 2, p50 * 3));
    }
    return out;
  }

  @Test
  void windows_shortSeriesComeBackUnchanged() {
    List<Window> w = randomWindows(400, 1);
    assertThat(Downsample.windows(w, 400)).isSameAs(w);
  }

  @Test
  void windows_groupsCarryTheRequestWeightedMeanOfTheirWindows() {
    List<Window> w = randomWindows(6000, 2);
    List<Window> merged = Downsample.windows(w, 400);
    assertThat(merged).hasSize(400);
    int g = 15;
    for (int k = 0; k < merged.size(); k++) {
      // Brute force over the group's windows, one at a time.
      double weighted = 0;
      long count = 0;
      for (int i = k * g; i < (k + 1) * g; i++) {
        if (w.get(i).count() > 0) {
          weighted += w.get(i).count() * w.get(i).p99S();
          count += w.get(i).count();
        }
      }
      Window m = merged.get(k);
      assertThat(m.startS()).isEqualTo(w.get(k * g).startS());
      assertThat(m.count()).isEqualTo(count);
      if (count == 0) {
        assertThat(m.p99S()).isNaN();
      } else {
        assertThat(m.p99S()).isCloseTo(weighted / count, within(1e-15));
        assertThat(m.p50S()).isLessThanOrEqualTo(m.p90S()).isLessThanOrEqualTo(m.p99S());
      }
    }
  }

  @Test
  void windows_anEmptyGroupIsAGap() {
    List<Window> w = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      w.add(new Window(i, 0, Double.NaN, Double.NaN, Double.NaN));
    }
    w.add(new Window(10, 4, 1, 2, 3));
    List<Window> merged = Downsample.windows(w, 2);
    assertThat(merged).hasSize(2);
    assertThat(merged.get(0).p50S()).isNaN();
    assertThat(merged.get(1).p99S()).isEqualTo(3);
  }

  @Test
  void track_keepsEveryGthSampleAndTheLast() {
    List<Double> times = new ArrayList<>();
    List<double[]> positions = new ArrayList<>();
    for (int i = 0; i < 1001; i++) {
      times.add(i * 0.01);
      positions.add(new double[] {i, -i});
    }
    Track thin = Downsample.track(new Track(times, positions), 100);
    // g = ceil(1001 / 100) = 11: samples 0, 11, ..., 990, then the last (1000).
    assertThat(thin.timesS()).hasSize(92);
    assertThat(thin.positions().get(1)[0]).isEqualTo(11);
    assertThat(thin.positions().get(thin.positions().size() - 1)[0]).isEqualTo(1000);
  }
}
