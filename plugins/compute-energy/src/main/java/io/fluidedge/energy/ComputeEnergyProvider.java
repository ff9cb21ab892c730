package io.fluidedge.energy;

import io.fluidedge.plugin.EntityPlugin;
import io.fluidedge.plugin.EntityPluginProvider;
import io.fluidedge.plugin.PluginContext;
import java.util.Set;

/**
 * {@code energy}: the compute-energy entity plugin ({@link ComputeEnergy}). Enabled by a
 * {@code plugins: {energy: {...}}} entry; its summary.json section is {@code energy}.
 *
 * <p>Settings (all optional; defaults in {@link EnergyModel#DEFAULT} and below):
 * {@code alpha-pj} (0.858), {@code beta} (1.9), {@code local-access-pj} (2.5),
 * {@code main-access-pj} (325), {@code processing-elements} (256), {@code weight-bits}
 * (0: as the request's feature bits), {@code layers} (12), {@code macs-per-parameter} (1),
 * {@code combiner-bits} (16), {@code paper-steps} (50), {@code wmmse-iterations} (92.8).
 */
public final class ComputeEnergyProvider implements EntityPluginProvider {

  @Override
  public String name() {
    return "energy";
  }

  @Override
  public String description() {
    return "compute energy of inference (per request, by bits) and combiners (per block)";
  }

  @Override
  public Set<String> configKeys() {
    return Set.of("alpha-pj", "beta", "local-access-pj", "main-access-pj",
        "processing-elements", "weight-bits", "layers", "macs-per-parameter", "combiner-bits",
        "paper-steps", "wmmse-iterations");
  }

  @Override
  public EntityPlugin create(PluginContext c) {
    EnergyModel d = EnergyModel.DEFAULT;
    double alpha = c.positive("alpha-pj", d.alphaPj());
    double beta = c.atLeast("beta", d.beta(), 0);
    double local = c.atLeast("local-access-pj", d.localAccessPj(), 0);
    double main = c.atLeast("main-access-pj", d.mainAccessPj(), 0);
    double pes = c.atLeast("processing-elements", d.processingElements(), 1);
    int weightBits = c.integer("weight-bits", 0);
    if (weightBits < 0 || weightBits > 32) {
      throw c.error("weight-bits", "must be in 1..32, or 0 for the request's bits; got "
          + weightBits);
    }
    double layers = c.positive("layers", 12);
    double macs = c.positive("macs-per-parameter", 1);
    int combinerBits = c.integer("combiner-bits", 16);
    if (combinerBits < 1 || combinerBits > 64) {
      throw c.error("combiner-bits", "must be in 1..64, got " + combinerBits);
    }
    double steps = c.atLeast("paper-steps", 50, 0);
    double wmmse = c.atLeast("wmmse-iterations", 92.8, 0);
    return new ComputeEnergy(new EnergyModel(alpha, beta, local, main, pes),
        new ComputeEnergy.Settings(weightBits, layers, macs, combinerBits, steps, wmmse));
  }
}
