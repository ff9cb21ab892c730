package io.fluidedge.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fluidedge.scenario.InputException;
import io.fluidedge.stats.LatencyCurves;
import io.fluidedge.stats.RunSummary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweepPlanTest {

  private static final List<SweepGrid> GRIDS = List.of(SweepGrid.parse("a.b=1,2"),
      SweepGrid.parse(" c = x , y , z "));

  @Test
  void cells_nestedLoopOrderFirstGridOutermost() {
    SweepPlan plan = new SweepPlan(10, List.of("d=5"), GRIDS, 2);
    assertThat(plan.cells()).isEqualTo(6);
    assertThat(plan.cellValues(0)).containsExactly("1", "x");
    assertThat(plan.cellValues(1)).containsExactly("1", "y");
    assertThat(plan.cellValues(3)).containsExactly("2", "x");
    assertThat(plan.cellValues(5)).containsExactly("2", "z");
    assertThat(plan.cellOverrides(4)).containsExactly("d=5", "a.b=2", "c=y");
  }

  @Test
  void runs_sameSeedsInEveryCell() {
    SweepPlan plan = new SweepPlan(10, List.of(), GRIDS, 3);
    List<RunSpec> runs = plan.runs();
    assertThat(runs).hasSize(18);
    for (int i = 0; i < runs.size(); i++) {
      assertThat(runs.get(i).cellIndex()).isEqualTo(i / 3);
      assertThat(runs.get(i).replication()).isEqualTo(i % 3);
      assertThat(runs.get(i).seed()).isEqualTo(10 + i % 3);
    }
  }

  @Test
  void plan_rejectsSeedGridsDuplicatesAndBadOptions() {
    assertThatThrownBy(() -> new SweepPlan(1, List.of(), List.of(SweepGrid.parse("seed=1,2")), 1))
        .isInstanceOf(InputException.class).hasMessageContaining("--grid seed");
    assertThatThrownBy(() -> new SweepPlan(1, List.of(),
        List.of(SweepGrid.parse("a=1"), SweepGrid.parse("a=2")), 1))
        .isInstanceOf(InputException.class).hasMessageContaining("--grid a");
    assertThatThrownBy(() -> new SweepPlan(1, List.of(), GRIDS, 0))
        .isInstanceOf(InputException.class).hasMessageContaining("--replications");
    assertThatThrownBy(() -> SweepGrid.parse("novalues"))
        .isInstanceOf(InputException.class).hasMessageContaining("--grid");
    assertThatThrownBy(() -> SweepGrid.parse("a=1,,2"))
        .isInstanceOf(InputException.class).hasMessageContaining("--grid a");
  }

  @Test
  void specAndPlan_serializeForDistributedRunners() throws Exception {
    SweepPlan plan = new SweepPlan(7, List.of("x=1"), GRIDS, 2);
    assertThat(roundTrip(plan)).isEqualTo(plan);
    assertThat(roundTrip(plan.runs().get(5))).isEqualTo(plan.runs().get(5));
    RunSummary s = new RunSummary(3, true, 10, 0.1, 0.09, 0.12, 0.2, 0.25, 40, 0.5,
        new LatencyCurves(0.1, List.of(0.1, Double.NaN), List.of(0.2, Double.NaN), "AAAA"));
    assertThat(roundTrip(s)).isEqualTo(s);
  }

  private static Object roundTrip(Object o) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    try (ObjectInputStream in = new ObjectInputStream(
        new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }

  @Test
  void parse_rangesGiveEquallySpacedValuesWithExactEnds() {
    assertThat(SweepGrid.parse("radio.snr-db=lin:0:10:5").values())
        .containsExactly("0", "2.5", "5", "7.5", "10");
    assertThat(SweepGrid.parse("model.sensitivity = log:1e-5:1e-3:3").values())
        .containsExactly("0.00001", "0.0001", "0.001");
    assertThat(SweepGrid.parse("a=lin:-1:1:2").values()).containsExactly("-1", "1");
    for (String bad : List.of("a=lin:0:10", "a=lin:0:10:1", "a=log:0:10:3", "a=lin:x:1:3",
        "a=lin:0:1:20000", "a=log:1:inf:3")) {
      assertThatThrownBy(() -> SweepGrid.parse(bad)).as(bad)
          .isInstanceOf(InputException.class).hasMessageContaining("--grid a");
    }
  }
}
