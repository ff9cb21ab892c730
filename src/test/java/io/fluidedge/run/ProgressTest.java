package io.fluidedge.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Plain progress lines (stderr not a terminal): one per 10 %, with elapsed time and ETA. */
class ProgressTest {

  @AfterEach
  void shownAgain() {
    Progress.setShown(true);
  }

  @Test
  void step_printsOneLinePerTenth_withElapsedAndEta() {
    StringWriter text = new StringWriter();
    Progress p = new Progress(new PrintWriter(text), "sweep", 20, false);
    for (int i = 0; i < 20; i++) {
      p.step();
    }
    String[] lines = text.toString().split("\n");
    assertThat(lines).hasSize(10);
    assertThat(lines[0]).matches("sweep: 10% \\(2/20 runs\\), \\d+ s elapsed, ETA \\d+ s");
    assertThat(lines[9]).matches("sweep: 100% \\(20/20 runs\\), \\d+ s elapsed, ETA 0 s");
  }

  @Test
  void notShown_printsNothing() {
    Progress.setShown(false);
    StringWriter text = new StringWriter();
    Progress p = new Progress(new PrintWriter(text), "compare", 3, false);
    p.step();
    p.step();
    p.step();
    p.finish();
    assertThat(text.toString()).isEmpty();
  }

  @Test
  void simulated_countsSimulatedSeconds_andHoldsLinesForTheMinimumGap() {
    StringWriter every = new StringWriter();
    Progress p = Progress.simulated(new PrintWriter(every), "run", 10, false, 0);
    for (int b = 1; b <= 100; b++) {
      p.simulatedTo(b * 0.1);
    }
    assertThat(every.toString().split("\n")).hasSize(10);
    assertThat(every.toString()).contains("run: 50% (5.0/10.0 simulated s)");

    StringWriter gapped = new StringWriter();
    Progress slow = Progress.simulated(new PrintWriter(gapped), "run", 10, false, 3600);
    for (int b = 1; b <= 100; b++) {
      slow.simulatedTo(b * 0.1);
    }
    assertThat(gapped.toString()).isEmpty();
  }

  @Test
  void clock_readsMinutesAndHours() {
    assertThat(Progress.clock(42.4)).isEqualTo("42 s");
    assertThat(Progress.clock(185)).isEqualTo("3 min 05 s");
    assertThat(Progress.clock(7620)).isEqualTo("2 h 07 min");
  }
}
