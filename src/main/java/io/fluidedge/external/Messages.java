package io.fluidedge.external;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fluidedge.optimize.Allocation;
import io.fluidedge.radio.Channel;
import io.fluidedge.radio.Positions;
import io.fluidedge.radio.UserChannel;
import io.fluidedge.scenario.Scenario;

/**
 * The external-policy message format, version {@value #PROTOCOL} (docs/external.md): one JSON
 * object per line, each with a {@code "type"}. The simulator sends {@code hello} once,
 * {@code observation} at every coherence block, and {@code end} (or {@code error}) when the run
 * stops; the agent answers {@code hello} with {@code ready} and each observation with an
 * {@code action}. Per-user values are arrays of length K in user order; SI units, named in the
 * keys' suffixes.
 */
final class Messages {

  /** The protocol version this simulator speaks; an agent must answer it in {@code ready}. */
  static final int PROTOCOL = 1;

  private static final ObjectMapper JSON = new ObjectMapper();

  private Messages() {
  }

  /** The handshake: protocol version, the problem's dimensions and bounds, the run's timing. */
  static String hello(Scenario s, boolean channel, double sloS) {
    ObjectNode m = JSON.createObjectNode();
    m.put("type", "hello");
    m.put("protocol", PROTOCOL);
    m.put("scenario", s.name());
    m.put("seed", s.seed());
    m.put("users", s.radio().users());
    m.put("user_antennas", s.radio().userAntennas());
    m.put("antennas", s.radio().bsAntennas());
    m.put("blocks", s.blocks());
    m.put("coherence_s", s.coherenceS());
    m.put("duration_s", s.durationS());
    m.put("bits_min", s.model().bitsMin());
    m.put("bits_max", s.model().bitsMax());
    m.put("cpu_hz", s.server().cpuHz());
    m.put("bandwidth_hz", s.radio().bandwidthHz());
    m.put("feature_elements", s.model().featureElements());
    m.put("wavelength_m", s.radio().wavelengthM());
    m.put("panel_side_m", s.radio().panelWavelengths() * s.radio().wavelengthM());
    m.put("min_spacing_m", s.radio().minSpacingWavelengths() * s.radio().wavelengthM());
    m.put("channel", channel);
    if (Double.isFinite(sloS)) {
      m.put("slo_s", sloS);
    }
    return m.toString();
  }

  /**
   * One block's observation.
   *
   * @param block    block index k
   * @param timeS    block start, s
   * @param inForce  the allocation in force at the block start
   * @param rates    its rates on this block's channel, bit/s/Hz
   * @param queues   the queues now and the completions since the previous block start
   * @param lastLoss the loss J of the previous block's decision (NaN at block 0: null)
   * @param channel  this block's channel, or null when the agent did not ask for it
   */
  static String observation(long block, double timeS, Allocation inForce, double[] rates,
      QueueWatch.Snapshot queues, double lastLoss, Channel channel) {
    ObjectNode m = JSON.createObjectNode();
    m.put("type", "observation");
    m.put("block", block);
    m.put("time_s", timeS);
    numbers(m.putArray("rate_bps_hz"), rates);
    ArrayNode bits = m.putArray("bits");
    for (int b : inForce.bits()) {
      bits.add(b);
    }
    numbers(m.putArray("cpu_hz"), inForce.cpuHz());
    positions(m.putArray("positions_m"), inForce.positions());
    counts(m.putArray("queue_requests"), queues.deviceRequests());
    numbers(m.putArray("queue_bits"), queues.deviceBits());
    counts(m.putArray("server_requests"), queues.serverRequests());
    previous(m, lastLoss, queues);
    if (channel != null) {
      m.set("channel", channel(channel, inForce.positions()));
    }
    return m.toString();
  }

  /** The run's end: the last block's outcome and the round-trip times measured, µs. */
  static String end(long blocks, double lastLoss, QueueWatch.Snapshot queues, double medianUs,
      double p99Us) {
    ObjectNode m = JSON.createObjectNode();
    m.put("type", "end");
    m.put("blocks", blocks);
    previous(m, lastLoss, queues);
    m.put("round_trip_median_us", medianUs);
    m.put("round_trip_p99_us", p99Us);
    return m.toString();
  }

  /** The reason the run stopped, for an agent still listening. */
  static String error(String message) {
    ObjectNode m = JSON.createObjectNode();
    m.put("type", "error");
    m.put("message", message);
    return m.toString();
  }

  /**
   * Parses a reply and checks its type (and, for an action, its block).
   *
   * @throws BadReply naming the field at fault
   */
  static JsonNode reply(String line, String type, long block) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new BadReply("reply", "not valid JSON: " + e.getOriginalMessage()
          + " in '" + abbreviate(line) + "'");
    }
    if (node == null || !node.isObject()) {
      throw new BadReply("reply", "expected a JSON object, got '"
          + abbreviate(line) + "'");
    }
    JsonNode t = node.get("type");
    if (t == null || !type.equals(t.asText())) {
      throw new BadReply("type", "expected \"" + type + "\", got "
          + (t == null ? "none" : t.toString()));
    }
    if (block >= 0) {
      JsonNode b = node.get("block");
      if (b == null || !b.canConvertToLong() || b.asLong() != block || !b.isIntegralNumber()) {
        throw new BadReply("block", "expected " + block + ", got "
            + (b == null ? "none" : b.toString()));
      }
    }
    return node;
  }

  private static void previous(ObjectNode m, double lastLoss, QueueWatch.Snapshot q) {
    ObjectNode p = m.putObject("previous");
    if (Double.isFinite(lastLoss)) {
      p.put("loss", lastLoss);
    } else {
      p.putNull("loss");
    }
    counts(p.putArray("completed"), q.completed());
    numbers(p.putArray("latency_sum_s"), q.latencySumS());
    counts(p.putArray("over_slo"), q.overSlo());
  }

  /** H_k at the positions in force, {@code re[k][m][n]} and {@code im[k][m][n]}, and σ². */
  private static ObjectNode channel(Channel channel, Positions positions) {
    ObjectNode c = JSON.createObjectNode();
    c.put("noise_power", channel.noisePower());
    ArrayNode re = c.putArray("re");
    ArrayNode im = c.putArray("im");
    int n = channel.userAntennas();
    double[] rowRe = new double[n];
    double[] rowIm = new double[n];
    for (int k = 0; k < channel.userCount(); k++) {
      UserChannel user = channel.user(k);
      ArrayNode userRe = re.addArray();
      ArrayNode userIm = im.addArray();
      for (int m = 0; m < positions.size(); m++) {
        user.row(positions.x(m), positions.y(m), rowRe, rowIm);
        numbers(userRe.addArray(), rowRe);
        numbers(userIm.addArray(), rowIm);
      }
    }
    return c;
  }

  private static void positions(ArrayNode into, Positions p) {
    for (int m = 0; m < p.size(); m++) {
      into.addArray().add(p.x(m)).add(p.y(m));
    }
  }

  private static void numbers(ArrayNode into, double[] values) {
    for (double v : values) {
      into.add(v);
    }
  }

  private static void counts(ArrayNode into, long[] values) {
    for (long v : values) {
      into.add(v);
    }
  }

  private static String abbreviate(String line) {
    return line.length() <= 80 ? line : line.substring(0, 77) + "...";
  }
}
