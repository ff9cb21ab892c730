package io.fluidedge.sim;

import io.fluidedge.stats.MeanCi;
import java.util.function.ToDoubleFunction;

/**
 * Batch means for the validation tests: observations grouped into equal windows of their time
 * stamp (arrival time) over [from, to), one mean per window, then the mean and 95 % half-width
 * of those means ({@link MeanCi}).
 */
final class BatchMeans {

  private BatchMeans() {
  }

  /**
   * The batch-means estimate of {@code value} over the items stamped in [fromS, toS); items whose
   * value is NaN are left out.
   *
   * @return {mean, 95 % half-width}
   */
  static <T> double[] of(Iterable<T> items, ToDoubleFunction<T> time, ToDoubleFunction<T> value,
      double fromS, double toS, int batches) {
    double[] sum = new double[batches];
    long[] count = new long[batches];
    double width = (toS - fromS) / batches;
    for (T item : items) {
      double t = time.applyAsDouble(item);
      double v = value.applyAsDouble(item);
      if (t >= fromS && t < toS && !Double.isNaN(v)) {
        int b = Math.min(batches - 1, (int) ((t - fromS) / width));
        sum[b] += v;
        count[b]++;
      }
    }
    double[] means = new double[batches];
    for (int b = 0; b < batches; b++) {
      means[b] = sum[b] / count[b];
    }
    MeanCi ci = MeanCi.of(means);
    return new double[] {ci.mean(), ci.ci95()};
  }
}
