package io.fluidedge.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Completed requests grouped by user class, for summary.json's {@code classes} section and the
 * {@code class} field of every per-user output. Classes appear in the order of their first user.
 */
final class ClassTally {

  private final String[] classOfUser;
  private final Map<String, Tally> byClass = new LinkedHashMap<>();
  /** byClass's entry of every user's class, index = user: no map look-up per request. */
  private final Tally[] tallyOfUser;

  /**
   * @param classOfUser class name of every user, index = user (copied)
   * @param perUser     every user's tally, index = user: a class's histogram is the sum of its
   *                    users' (not copied)
   */
  ClassTally(List<String> classOfUser, Tally[] perUser) {
    this.classOfUser = classOfUser.toArray(new String[0]);
    this.tallyOfUser = new Tally[this.classOfUser.length];
    Map<String, List<Tally>> members = new LinkedHashMap<>();
    for (int k = 0; k < this.classOfUser.length; k++) {
      members.computeIfAbsent(this.classOfUser[k], x -> new ArrayList<>()).add(perUser[k]);
    }
    members.forEach((c, users) -> byClass.put(c, new Tally(users.toArray(new Tally[0]))));
    for (int k = 0; k < this.classOfUser.length; k++) {
      tallyOfUser[k] = byClass.get(this.classOfUser[k]);
    }
  }

  /** The class of user {@code user}. */
  String name(int user) {
    return classOfUser[user];
  }

  /** Users K the grouping covers. */
  int users() {
    return classOfUser.length;
  }

  /**
   * Adds a completed request of user {@code user} to its class (the request is in the user's
   * tally too); the arguments as {@link Tally#add(double, double, double, double, int)}.
   */
  void add(int user, double latencyS, double uplinkS, double serverS, double psnrDb, int bits) {
    tallyOfUser[user].add(latencyS, uplinkS, serverS, psnrDb, bits);
  }

  /**
   * Each class's latency and accuracy entries for summary.json's {@code classes} section:
   * {@code latency_s{…}, uplink_s_mean, server_s_mean, psnr_db_mean, bits_mean}, keyed by class.
   */
  Map<String, Map<String, Object>> section() {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    for (Map.Entry<String, Tally> e : byClass.entrySet()) {
      Tally t = e.getValue();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("latency_s", SummaryWriter.latency(t.latency()));
      m.put("uplink_s_mean", t.uplinkMeanS());
      m.put("server_s_mean", t.serverMeanS());
      m.put("psnr_db_mean", t.psnrMeanDb());
      m.put("bits_mean", t.bitsMean());
      out.put(e.getKey(), m);
    }
    return out;
  }
}
