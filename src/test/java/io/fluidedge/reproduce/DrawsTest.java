package io.fluidedge.reproduce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class DrawsTest {

  @Test
  void map_returnsResultsInTaskOrderWhateverFinishesFirst() {
    // Early tasks sleep longest, so they finish last.
    List<Integer> out = Draws.map(12, 3, i -> {
      LockSupport.parkNanos((12 - i) * 1_000_000L);
      return i * i;
    });
    assertThat(out).containsExactly(0, 1, 4, 9, 16, 25, 36, 49, 64, 81, 100, 121);
  }

  @Test
  void map_sameResultsForAnyThreadCount() {
    assertThat(Draws.map(7, 1, i -> i + 0.5)).isEqualTo(Draws.map(7, 4, i -> i + 0.5));
  }

  @Test
  void map_rethrowsTheLowestFailingTask() {
    assertThatThrownBy(() -> Draws.map(5, 2, i -> {
      if (i >= 2) {
        throw new IllegalStateException("task " + i);
      }
      return i;
    })).isInstanceOf(IllegalStateException.class).hasMessage("task 2");
  }

  @Test
  void map_rejectsZeroThreads() {
    assertThatThrownBy(() -> Draws.map(1, 0, i -> i)).isInstanceOf(IllegalArgumentException.class);
  }
}
