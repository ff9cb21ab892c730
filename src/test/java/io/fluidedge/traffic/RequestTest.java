package io.fluidedge.traffic;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RequestTest {

  @Test
  void constructor_namesTheBadValue() {
    assertThatThrownBy(() -> new Request(-1, 0, 1, 1)).hasMessageContaining("-1.0");
    assertThatThrownBy(() -> new Request(Double.NaN, 0, 1, 1)).hasMessageContaining("NaN");
    assertThatThrownBy(() -> new Request(0, -2, 1, 1)).hasMessageContaining("-2");
    assertThatThrownBy(() -> new Request(0, 0, 0, 1)).hasMessageContaining("features")
        .hasMessageContaining("0.0");
    assertThatThrownBy(() -> new Request(0, 0, 1, Double.POSITIVE_INFINITY))
        .hasMessageContaining("tokens").hasMessageContaining("Infinity");
  }
}
