package io.fluidedge.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RecordsTest {

  @Test
  void requestRecord_derivedTimes() {
    RequestRecord r = new RequestRecord(3, 1, 1.0, 1.5, 2.0, 2.25, 3.0, 8, 55, 10, 2, 0);
    assertThat(r.latencyS()).isEqualTo(2.0);
    assertThat(r.uplinkS()).isEqualTo(0.5);
    assertThat(r.serverS()).isEqualTo(0.75);
  }

  @Test
  void requestRecord_outOfOrderTimesNamedInMessage() {
    assertThatThrownBy(() -> new RequestRecord(3, 0, 1.0, 0.5, 2.0, 2.0, 3.0, 8, 55, 10, 1, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("request 3").hasMessageContaining("0.5");
    assertThatThrownBy(() -> new RequestRecord(4, 0, 1.0, 1.0, 2.0, 1.9, 3.0, 8, 55, 10, 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RequestRecord(5, 0, -1, 0, 0, 0, 0, 8, 55, 10, 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RequestRecord(6, 0, 0, 0, 0, 0, 1, 8, Double.NaN, 10, 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void blockRecord_copiesArraysInAndOut() {
    double[] rates = {1, 2};
    double[][] pos = {{0, 0}, {0.1, 0.2}};
    BlockRecord b = BlockRecord.of(0, 0, 1, 3, true, 0.5, rates, new int[] {4, 5}, new double[] {1, 1}, pos);
    rates[0] = 99;
    pos[1][0] = 99;
    assertThat(b.ratesBpsHz()).containsExactly(1, 2);
    assertThat(b.positionsM()[1]).containsExactly(0.1, 0.2);
    b.positionsM()[0][0] = 42;
    assertThat(b.positionsM()[0][0]).isZero();
    assertThat(b).isEqualTo(BlockRecord.of(0, 0, 1, 3, true, 0.5, new double[] {1, 2}, new int[] {4, 5},
        new double[] {1, 1}, new double[][] {{0, 0}, {0.1, 0.2}}));
  }

  @Test
  void blockRecord_mismatchedLengthsRejected() {
    assertThatThrownBy(() -> BlockRecord.of(2, 0, 1, 3, true, 0.5, new double[] {1, 2}, new int[] {4},
        new double[] {1, 1}, new double[0][])).hasMessageContaining("block 2");
    assertThatThrownBy(() -> BlockRecord.of(2, 0, 1, 3, true, 0.5, new double[0], new int[0], new double[0],
        new double[][] {{1}})).hasMessageContaining("position 0");
  }

  @Test
  void formats_deterministicDecimalText() {
    assertThat(Formats.decimal(0.1 + 0.2)).isEqualTo("0.3");
    assertThat(Formats.decimal(42.0)).isEqualTo("42");
    assertThat(Formats.decimal(1200.0)).isEqualTo("1200");
    assertThat(Formats.decimal(-0.0)).isEqualTo("0");
    assertThat(Formats.decimal(1.5e-7)).isEqualTo("1.5E-7");
    assertThat(Formats.decimal(0.012345678901234)).isEqualTo("0.0123456789012");
    assertThat(Formats.decimal(Double.NaN)).isEmpty();
    assertThat(Formats.decimal(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
    assertThat(Formats.multiple(3, 0.1)).isEqualTo("0.3");
    assertThat(Formats.multiple(0, 0.1)).isEqualTo("0");
    assertThat(Formats.multiple(20, 0.05)).isEqualTo("1");
  }
}
