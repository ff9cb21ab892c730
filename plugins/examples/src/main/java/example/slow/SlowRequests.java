package example.slow;

import io.fluidedge.metrics.RequestRecord;
import io.fluidedge.plugin.EntityPlugin;
import io.fluidedge.plugin.EntityPluginProvider;
import io.fluidedge.plugin.PluginContext;
import io.fluidedge.plugin.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Counts requests whose end-to-end latency exceeds plugins.slow-requests.threshold-s. */
public final class SlowRequests implements EntityPlugin {

  private final double thresholdS;
  private long completed;
  private long slow;

  SlowRequests(double thresholdS) {
    this.thresholdS = thresholdS;
  }

  @Override
  public void inferenceDone(RequestRecord request) {
    completed++;
    if (request.latencyS() > thresholdS) {
      slow++;
    }
  }

  @Override
  public Map<String, Object> summary() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("threshold_s", thresholdS);
    s.put("slow", slow);
    s.put("fraction", completed > 0 ? (double) slow / completed : Double.NaN);
    return s;
  }

  /** The provider: found by ServiceLoader, named in scenarios. */
  public static final class Provider implements EntityPluginProvider {
    @Override
    public String name() {
      return "slow-requests";
    }

    @Override
    public String description() {
      return "counts requests slower than threshold-s";
    }

    @Override
    public Set<String> configKeys() {
      return Set.of("threshold-s");
    }

    @Override
    public EntityPlugin create(PluginContext context) {
      double threshold = context.number("threshold-s", 0.010);
      if (!(threshold > 0)) {
        throw context.error("threshold-s", "must be > 0, got " + threshold);
      }
      return new SlowRequests(threshold);
    }
  }
}
