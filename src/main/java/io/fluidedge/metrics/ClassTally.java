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
  private final Map<String, Integer> userCount = new LinkedHashMap<>();

  /** @param classOfUser class name of every user, index = user (copied) */
  ClassTally(List<String> classOfUser) {
    this.classOfUser = classOfUser.toArray(new String[0]);
    for (String c : this.classOfUser) {
      byClass.computeIfAbsent(c, x -> new Tally());
      userCount.merge(c, 1, Integer::sum);
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

  void add(RequestRecord r) {
    byClass.get(classOfUser[r.user()]).add(r);
  }

  /**
   * The {@code classes} section: per class {@code class, users, completed, latency_s{…},
   * uplink_s_mean, server_s_mean, psnr_db_mean, bits_mean}.
   */
  List<Object> section() {
    List<Object> out = new ArrayList<>();
    for (Map.Entry<String, Tally> e : byClass.entrySet()) {
      Tally t = e.getValue();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("class", e.getKey());
      m.put("users", userCount.get(e.getKey()));
      m.put("completed", t.count());
      m.put("latency_s", SummaryWriter.latency(t.latency()));
      m.put("uplink_s_mean", t.uplinkMeanS());
      m.put("server_s_mean", t.serverMeanS());
      m.put("psnr_db_mean", t.psnrMeanDb());
      m.put("bits_mean", t.bitsMean());
      out.add(m);
    }
    return out;
  }
}
