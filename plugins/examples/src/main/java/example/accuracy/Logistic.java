package example.accuracy;

import io.fluidedge.inference.AccuracyMetric;
import io.fluidedge.inference.AccuracyModel;
import io.fluidedge.plugin.AccuracyModelProvider;
import io.fluidedge.plugin.PluginContext;
import java.util.Set;

/**
 * A saturating accuracy curve, top-1 accuracy in % against bits:
 * a(b) = floor + (ceiling − floor) / (1 + exp(−(b − midpoint) / width)).
 * Unlike PSNR (about 6 dB per bit, without bound) it saturates, so the bits block finds interior
 * optima.
 */
public final class Logistic implements AccuracyModel {

  private final double floor;
  private final double ceiling;
  private final double midpoint;
  private final double width;

  Logistic(double floor, double ceiling, double midpoint, double width) {
    this.floor = floor;
    this.ceiling = ceiling;
    this.midpoint = midpoint;
    this.width = width;
  }

  @Override
  public double accuracy(int bits) {
    return floor + (ceiling - floor) / (1 + Math.exp(-(bits - midpoint) / width));
  }

  @Override
  public AccuracyMetric metric() {
    return new AccuracyMetric("top-1 accuracy", "%");
  }

  /** The provider. */
  public static final class Provider implements AccuracyModelProvider {
    @Override
    public String name() {
      return "logistic";
    }

    @Override
    public String description() {
      return "top-1 accuracy (%) saturating in bits";
    }

    @Override
    public Set<String> configKeys() {
      return Set.of("floor", "ceiling", "midpoint", "width");
    }

    @Override
    public AccuracyModel create(PluginContext context) {
      double floor = context.number("floor", 0.1);
      double ceiling = context.number("ceiling", 81.1);
      double midpoint = context.number("midpoint", 4);
      double width = context.number("width", 0.8);
      if (!(ceiling > floor)) {
        throw context.error("ceiling", "must exceed floor (" + floor + "), got " + ceiling);
      }
      if (!(width > 0)) {
        throw context.error("width", "must be > 0, got " + width);
      }
      return new Logistic(floor, ceiling, midpoint, width);
    }
  }
}
