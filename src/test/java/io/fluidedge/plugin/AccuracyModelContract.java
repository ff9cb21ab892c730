package io.fluidedge.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluidedge.inference.AccuracyModel;
import org.junit.jupiter.api.Test;

/**
 * The contract of an {@link AccuracyModelProvider}: accuracy is finite for every bit count in
 * 1..32, non-decreasing in the bits, and the same for every instance; its metric has a name.
 */
public abstract class AccuracyModelContract extends ProviderContract<AccuracyModelProvider> {

  @Override
  protected final Class<AccuracyModelProvider> kind() {
    return AccuracyModelProvider.class;
  }

  private AccuracyModel model() {
    return provider().create(context());
  }

  @Test
  public void accuracy_isFiniteForEveryBitCount() {
    AccuracyModel m = model();
    for (int b = 1; b <= 32; b++) {
      assertThat(m.accuracy(b)).as("accuracy(%d)", b).isFinite();
    }
  }

  @Test
  public void accuracy_isNonDecreasingInTheBits() {
    AccuracyModel m = model();
    for (int b = 2; b <= 32; b++) {
      assertThat(m.accuracy(b)).as("accuracy(%d) >= accuracy(%d)", b, b - 1)
          .isGreaterThanOrEqualTo(m.accuracy(b - 1));
    }
  }

  @Test
  public void metric_isNamed() {
    assertThat(model().metric()).isNotNull();
    assertThat(model().metric().name()).isNotBlank();
  }

  @Test
  public void accuracy_isTheSameForEveryInstance() {
    AccuracyModel a = model();
    AccuracyModel b = model();
    for (int bits = 1; bits <= 32; bits++) {
      assertThat(b.accuracy(bits)).isEqualTo(a.accuracy(bits));
    }
  }
}
