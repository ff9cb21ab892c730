package io.fluidedge.multispin;

import io.fluidedge.plugin.EntityPlugin;
import io.fluidedge.plugin.EntityPluginProvider;
import io.fluidedge.plugin.PluginContext;
import io.fluidedge.scenario.LlmServing;
import java.util.Set;

/**
 * {@code multi-spin}: the Multi-SPIN entity plugin ({@link MultiSpin}). Enabled by a
 * {@code plugins: {multi-spin: {...}}} entry; its summary.json section is {@code multi-spin}.
 *
 * <p>Settings (all optional): {@code control} (heterogeneous | homogeneous | fixed; default
 * heterogeneous), {@code gamma} (the fixed control's γ, 4), {@code max-gamma} (16),
 * {@code alpha} (acceptance per draft token: one value, or K comma-separated; 0.8),
 * {@code draft-token-s} (on-device draft time per token, one value or K; 0.003),
 * {@code payload-bits-per-token} (512000: the draft distribution over a 32 000-token vocabulary
 * in fp16, which lossless speculative sampling needs at the verifier), {@code verify-s} and
 * {@code verify-token-s} (default: the scenario's {@code server.llm.iteration-s} and
 * {@code prefill-token-s}), {@code tokens-per-request} (256).
 */
public final class MultiSpinProvider implements EntityPluginProvider {

  @Override
  public String name() {
    return "multi-spin";
  }

  @Override
  public String description() {
    return "multi-access speculative inference: on-device drafts, batched verification, "
        + "draft-length control";
  }

  @Override
  public Set<String> configKeys() {
    return Set.of("control", "gamma", "max-gamma", "alpha", "draft-token-s",
        "payload-bits-per-token", "verify-s", "verify-token-s", "tokens-per-request");
  }

  @Override
  public EntityPlugin create(PluginContext c) {
    int users = c.scenario().radio().users();
    DraftControl control;
    try {
      control = DraftControl.parse(c.string("control", "heterogeneous"));
    } catch (IllegalArgumentException e) {
      throw c.error("control", e.getMessage());
    }
    int maxGamma = c.integer("max-gamma", 16);
    if (maxGamma < 0 || maxGamma > 256) {
      throw c.error("max-gamma", "must be in 0..256, got " + maxGamma);
    }
    int gamma = c.integer("gamma", 4);
    if (gamma < 0 || gamma > maxGamma) {
      throw c.error("gamma", "must be in 0..max-gamma = " + maxGamma + ", got " + gamma);
    }
    double[] alpha = perUser(c, "alpha", "0.8", users, 0, 1);
    double[] draft = perUser(c, "draft-token-s", "0.003", users, 0, 1e3);
    LlmServing llm = c.scenario().server().llm();
    double payload = nonNegative(c, "payload-bits-per-token", 512_000);
    double verify = nonNegative(c, "verify-s", llm.iterationS());
    double verifyToken = nonNegative(c, "verify-token-s", llm.prefillTokenS());
    int tokens = c.integer("tokens-per-request", 256);
    if (tokens < 1) {
      throw c.error("tokens-per-request", "must be >= 1, got " + tokens);
    }
    return new MultiSpin(new SpinModel(draft, alpha, payload, verify, verifyToken), control,
        maxGamma, gamma, tokens);
  }

  private static double nonNegative(PluginContext c, String key, double fallback) {
    double v = c.number(key, fallback);
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw c.error(key, "must be finite and >= 0, got " + v);
    }
    return v;
  }

  /** One value for every user, or K comma-separated values, each in [min, max]. */
  private static double[] perUser(PluginContext c, String key, String fallback, int users,
      double min, double max) {
    Object raw = c.config().get(key);
    String text = raw == null ? fallback : String.valueOf(raw);
    String[] parts = text.split(",");
    if (parts.length != 1 && parts.length != users) {
      throw c.error(key, "give one value or " + users + " comma-separated values (one per user), "
          + "got " + parts.length);
    }
    double[] out = new double[users];
    for (int k = 0; k < users; k++) {
      String p = parts[parts.length == 1 ? 0 : k].trim();
      double v;
      try {
        v = Double.parseDouble(p);
      } catch (NumberFormatException e) {
        throw c.error(key, "not a number: '" + p + "'");
      }
      if (!(v >= min && v <= max)) {
        throw c.error(key, "must be in [" + min + ", " + max + "], got " + v);
      }
      out[k] = v;
    }
    return out;
  }
}
