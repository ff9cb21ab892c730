package example.channel;

import io.fluidedge.plugin.ChannelModelProvider;
import io.fluidedge.plugin.PluginContext;
import io.fluidedge.radio.Channel;
import io.fluidedge.radio.ChannelModel;
import io.fluidedge.radio.UserChannel;
import io.fluidedge.scenario.Radio;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import umontreal.ssj.probdist.NormalDist;
import umontreal.ssj.rng.RandomStream;

/**
 * A near-field line-of-sight channel: user k's antenna n is a point source s above the panel at
 * height distance-m, and the BS antenna at r = (x, y, 0) sees the spherical wave
 * h[n](r) = σ_k·(d₀/d)·exp(−j·2π·d/λ), d = |r − s|, d₀ = distance-m. The only Gaussian variate
 * is σ_k ~ CN(0, 1), which Gauss-Markov evolution updates; the geometry is kept.
 */
public final class NearField implements ChannelModel {

  private final Radio radio;
  private final double distanceM;

  NearField(Radio radio, double distanceM) {
    this.radio = radio;
    this.distanceM = distanceM;
  }

  private static double normal(RandomStream rng) {
    return Math.sqrt(0.5) * NormalDist.inverseF01(rng.nextDouble());
  }

  @Override
  public Channel draw(RandomStream rng) {
    double lambda = radio.wavelengthM();
    double side = radio.panelWavelengths() * lambda;
    List<UserChannel> users = new ArrayList<>();
    for (int k = 0; k < radio.users(); k++) {
      double x = side * rng.nextDouble();
      double y = side * rng.nextDouble();
      double[][] sources = new double[radio.userAntennas()][];
      for (int n = 0; n < sources.length; n++) {
        sources[n] = new double[] {x + n * lambda / 2, y, distanceM};
      }
      users.add(new User(sources, lambda, distanceM, normal(rng), normal(rng),
          radio.txPower()));
    }
    return new Channel(users, 1.0);
  }

  @Override
  public Channel evolve(Channel previous, double a, RandomStream rng) {
    double b = Math.sqrt(Math.max(0, 1 - a * a));
    List<UserChannel> users = new ArrayList<>();
    for (UserChannel u : previous.users()) {
      User p = (User) u;
      users.add(new User(p.sources, p.lambda, p.referenceM, a * p.gainRe + b * normal(rng),
          a * p.gainIm + b * normal(rng), p.txPower));
    }
    return new Channel(users, previous.noisePower());
  }

  /** One user's rows: a spherical wave per user antenna. */
  static final class User implements UserChannel {
    private final double[][] sources;
    private final double lambda;
    private final double referenceM;
    private final double gainRe;
    private final double gainIm;
    private final double txPower;

    User(double[][] sources, double lambda, double referenceM, double gainRe, double gainIm,
        double txPower) {
      this.sources = sources;
      this.lambda = lambda;
      this.referenceM = referenceM;
      this.gainRe = gainRe;
      this.gainIm = gainIm;
      this.txPower = txPower;
    }

    @Override
    public int antennas() {
      return sources.length;
    }

    @Override
    public double txPower() {
      return txPower;
    }

    @Override
    public void row(double x, double y, double[] re, double[] im) {
      int n = sources.length;
      rowWithGradient(x, y, re, im, new double[n], new double[n], new double[n], new double[n]);
    }

    /** ∂h/∂x = h·(−j·2π/λ − 1/d)·(x − s_x)/d, likewise y. */
    @Override
    public void rowWithGradient(double x, double y, double[] re, double[] im, double[] dxRe,
        double[] dxIm, double[] dyRe, double[] dyIm, int offset) {
      double kappa = 2 * Math.PI / lambda;
      for (int n = 0; n < sources.length; n++) {
        double ex = x - sources[n][0];
        double ey = y - sources[n][1];
        double d = Math.sqrt(ex * ex + ey * ey + sources[n][2] * sources[n][2]);
        double amp = referenceM / d;
        double c = Math.cos(kappa * d);
        double s = -Math.sin(kappa * d);
        double hr = amp * (gainRe * c - gainIm * s);
        double hi = amp * (gainRe * s + gainIm * c);
        // h·(−1/d − j·kappa)
        double fr = -hr / d + kappa * hi;
        double fi = -hi / d - kappa * hr;
        re[offset + n] = hr;
        im[offset + n] = hi;
        dxRe[offset + n] = fr * ex / d;
        dxIm[offset + n] = fi * ex / d;
        dyRe[offset + n] = fr * ey / d;
        dyIm[offset + n] = fi * ey / d;
      }
    }

    @Override
    public Map<String, Object> describe() {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("form", "near-field");
      d.put("tx_power", txPower);
      d.put("wavelength_m", lambda);
      d.put("reference_m", referenceM);
      d.put("sources_m", sources);
      d.put("gain_re", gainRe);
      d.put("gain_im", gainIm);
      return d;
    }
  }

  /** The provider. */
  public static final class Provider implements ChannelModelProvider {
    @Override
    public String name() {
      return "near-field";
    }

    @Override
    public String description() {
      return "line-of-sight spherical waves from point sources above the panel";
    }

    @Override
    public Set<String> configKeys() {
      return Set.of("distance-m");
    }

    @Override
    public ChannelModel create(PluginContext context) {
      double distanceM = context.number("distance-m", 2.0);
      if (!(distanceM > 0)) {
        throw context.error("distance-m", "must be > 0, got " + distanceM);
      }
      return new NearField(context.scenario().radio(), distanceM);
    }
  }
}
