package io.fluidedge.scenario;

import java.util.Objects;

/**
 * Request source settings (scenario section {@code traffic}).
 *
 * @param source           poisson | trace | a traffic-source plugin name
 * @param rateHz           per-user arrival rate, requests/s (poisson)
 * @param trace            trace file path (trace); relative paths resolve against the working
 *                         directory, then against the scenario file's directory
 * @param columns          which CSV columns hold time, user, features and tokens
 * @param featuresPerToken &gt; 0: the features column counts tokens of this many elements
 * @param userAssignment   how requests get a user when the trace has no user column
 * @param timeScale        multiplies trace times (&gt; 1 stretches, &lt; 1 compresses)
 * @param onBadRow         what a malformed trace row does
 */
public record Traffic(
    String source,
    double rateHz,
    String trace,
    Columns columns,
    double featuresPerToken,
    UserAssignment userAssignment,
    double timeScale,
    OnBadRow onBadRow) {

  public Traffic {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(columns, "columns");
    Objects.requireNonNull(userAssignment, "userAssignment");
    Objects.requireNonNull(onBadRow, "onBadRow");
    if (!(rateHz >= 0) || Double.isInfinite(rateHz)) {
      throw new IllegalArgumentException("rate-hz must be >= 0 and finite: " + rateHz);
    }
    if (!(featuresPerToken >= 0) || Double.isInfinite(featuresPerToken)) {
      throw new IllegalArgumentException("features-per-token must be >= 0: " + featuresPerToken);
    }
    Radio.positive("time-scale", timeScale);
  }

  /**
   * Trace column names.
   *
   * @param timeS    arrival time column, s
   * @param user     0-based user index column (may be absent from the file)
   * @param features feature elements (or tokens, see features-per-token) column
   * @param tokens   tokens column (multiplies the inference work; default 1)
   */
  public record Columns(String timeS, String user, String features, String tokens) {
    public Columns {
      Objects.requireNonNull(timeS, "time-s");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(features, "features");
      Objects.requireNonNull(tokens, "tokens");
    }
  }

  /** Assignment of trace rows to users when the trace has no user column. */
  public enum UserAssignment { ROUND_ROBIN, HASH }

  /** Handling of malformed trace rows. */
  public enum OnBadRow { FAIL, SKIP }
}
