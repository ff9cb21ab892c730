package io.fluidedge.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fluidedge.cell.UserLink;
import io.fluidedge.optimize.Allocation;
import io.fluidedge.optimize.Loss;
import io.fluidedge.optimize.Solution;
import io.fluidedge.optimize.UserProfile;
import io.fluidedge.radio.Channel;
import io.fluidedge.radio.Panel;
import io.fluidedge.radio.Positions;
import io.fluidedge.radio.UserChannel;
import java.util.List;
import java.util.Map;

/**
 * The {@code optimize --json} object (<b>contract</b>: docs/formats.md), keys in this order:
 * {@code scenario, seed, policy, solver, iterations, converged, loss_history, loss, latency_s,
 * offload_s, inference_s, psnr_db, rates_bps_hz, bits, cpu_hz, positions_m, wavelength_m,
 * panel_m, min_spacing_m, opt_wall_ms, user_inputs}, then {@code channel} with
 * {@code --dump-channel}.
 *
 * <p>Doubles are written with full round-trip precision ({@link Double#toString}); a non-finite
 * value is written as {@code null} (JSON has no NaN or infinity). The channel section holds
 * {@code noise_power} and per user the channel's own description ({@link UserChannel#describe}):
 * everything needed to rebuild H_k independently, e.g. for the field-response form the transmit
 * power, the user's antenna positions and per path the four angles and the complex gain.
 */
final class OptimizeJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private OptimizeJson() {
  }

  /**
   * The object as one line of JSON text (no trailing newline).
   *
   * @param run          the solved problem
   * @param dumpChannel  add the {@code channel} section
   */
  static String text(StaticSolve run, boolean dumpChannel) {
    try {
      return MAPPER.writeValueAsString(object(run, dumpChannel));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("writing the optimize JSON", e);
    }
  }

  /** The object as a Jackson tree (keys in contract order). */
  static ObjectNode object(StaticSolve run, boolean dumpChannel) {
    Solution sol = run.solution();
    Allocation a = sol.allocation();
    Loss loss = sol.loss();
    Panel panel = run.problem().panel();
    ObjectNode o = MAPPER.createObjectNode();
    o.put("scenario", run.scenario().name());
    o.put("seed", run.scenario().seed());
    o.put("policy", run.policy());
    o.put("solver", run.solver());
    o.put("iterations", sol.iterations());
    o.put("converged", sol.converged());
    doubles(o.putArray("loss_history"), sol.lossHistory());
    number(o, "loss", loss.total());
    number(o, "latency_s", loss.latencyS());
    doubles(o.putArray("offload_s"), loss.offloadS());
    doubles(o.putArray("inference_s"), loss.inferenceS());
    doubles(o.putArray("psnr_db"), loss.accuracy());
    doubles(o.putArray("rates_bps_hz"), sol.rates());
    ArrayNode bits = o.putArray("bits");
    for (int b : a.bits()) {
      bits.add(b);
    }
    doubles(o.putArray("cpu_hz"), a.cpuHz());
    ArrayNode positions = o.putArray("positions_m");
    Positions p = a.positions();
    for (int m = 0; m < p.size(); m++) {
      doubles(positions.addArray(), new double[] {p.x(m), p.y(m)});
    }
    number(o, "wavelength_m", panel.wavelengthM());
    number(o, "panel_m", panel.sideM());
    number(o, "min_spacing_m", panel.minSpacingM());
    number(o, "opt_wall_ms", sol.wallMs());
    userInputs(o.putArray("user_inputs"), run.problem().profiles());
    if (dumpChannel) {
      channel(o.putObject("channel"), run.problem().channel(), run.links());
      double[][] w = sol.combiners();
      if (w != null) {
        combiners(o.putArray("combiners"), w, p.size());
      }
    }
    return o;
  }

  /**
   * Each user's declared inputs: {@code parameters} S_k, {@code cycles_per_parameter} c_k,
   * {@code feature_elements} D_k, {@code bits_min}, {@code bits_max}, {@code tx_power} p_k and
   * {@code large_scale_gain} β_k (the dumped channel's {@code tx_power} is the effective β_k·p_k).
   */
  private static void userInputs(ArrayNode out, List<UserProfile> profiles) {
    for (UserProfile u : profiles) {
      ObjectNode user = out.addObject();
      number(user, "parameters", u.parameters());
      number(user, "cycles_per_parameter", u.cyclesPerParameter());
      number(user, "feature_elements", u.featureElements());
      user.put("bits_min", u.bitsMin());
      user.put("bits_max", u.bitsMax());
      number(user, "tx_power", u.txPower());
      number(user, "large_scale_gain", u.largeScaleGain());
    }
  }

  /** combiners[k][m][n] = [re, im] of W_k (the paper solver's explicit combiners). */
  private static void combiners(ArrayNode out, double[][] w, int antennas) {
    for (double[] data : w) {
      ArrayNode user = out.addArray();
      int streams = data.length / (2 * antennas);
      for (int m = 0; m < antennas; m++) {
        ArrayNode row = user.addArray();
        for (int n = 0; n < streams; n++) {
          int at = 2 * (m * streams + n);
          doubles(row.addArray(), new double[] {data[at], data[at + 1]});
        }
      }
    }
  }

  /**
   * The channel section; in the path-loss link budget each user also gets {@code position_m},
   * {@code distance_m} (d_2D), {@code los}, {@code path_loss_db}, {@code shadowing_db} and
   * {@code large_scale_gain} β_k = 10^(−(PL + SF)/10), so that its {@code tx_power} equals
   * {@code user_inputs[k].tx_power}·β_k.
   */
  private static void channel(ObjectNode o, Channel channel, List<UserLink> links) {
    number(o, "noise_power", channel.noisePower());
    ArrayNode users = o.putArray("users");
    for (int k = 0; k < channel.userCount(); k++) {
      ObjectNode user = users.addObject();
      describe(user, channel.user(k).describe());
      if (!links.isEmpty()) {
        UserLink l = links.get(k);
        doubles(user.putArray("position_m"), new double[] {l.xM(), l.yM()});
        number(user, "distance_m", l.distanceM());
        user.put("los", l.los());
        number(user, "path_loss_db", l.pathLossDb());
        number(user, "shadowing_db", l.shadowingDb());
        number(user, "large_scale_gain", l.largeScaleGain());
      }
    }
  }

  /** A channel description ({@link UserChannel#describe}) into a JSON object, keys in order. */
  private static void describe(ObjectNode o, Map<String, Object> description) {
    for (Map.Entry<String, Object> e : description.entrySet()) {
      String key = e.getKey();
      Object v = e.getValue();
      if (v instanceof String text) {
        o.put(key, text);
      } else if (v instanceof Integer || v instanceof Long) {
        o.put(key, ((Number) v).longValue());
      } else if (v instanceof Number number) {
        number(o, key, number.doubleValue());
      } else if (v instanceof double[] vector) {
        doubles(o.putArray(key), vector);
      } else if (v instanceof double[][] rows) {
        ArrayNode array = o.putArray(key);
        for (double[] row : rows) {
          doubles(array.addArray(), row);
        }
      } else if (v instanceof List<?> table) {
        ArrayNode array = o.putArray(key);
        for (Object entry : table) {
          describe(array.addObject(), entries(key, entry));
        }
      } else {
        throw new IllegalArgumentException("channel description '" + key
            + "' has an unsupported value type: " + (v == null ? "null" : v.getClass()));
      }
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> entries(String key, Object entry) {
    if (!(entry instanceof Map<?, ?>)) {
      throw new IllegalArgumentException("channel description '" + key
          + "' must list maps, got " + (entry == null ? "null" : entry.getClass()));
    }
    return (Map<String, Object>) entry;
  }

  private static void number(ObjectNode o, String key, double v) {
    if (Double.isFinite(v)) {
      o.put(key, v);
    } else {
      o.putNull(key);
    }
  }

  private static void doubles(ArrayNode array, double[] values) {
    for (double v : values) {
      if (Double.isFinite(v)) {
        array.add(v);
      } else {
        array.addNull();
      }
    }
  }
}
