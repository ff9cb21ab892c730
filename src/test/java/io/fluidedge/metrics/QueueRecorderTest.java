package io.fluidedge.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The run's and the classes' outcomes, which are sums of the users' (and of requests naming no
 * user), against counts kept request by request for every population.
 */
class QueueRecorderTest {

  private static final double WARMUP_S = 1.0;
  private static final double DEADLINE_S = 0.05;
  private static final List<String> CLASSES = List.of("a", "b", "a", "c");
  private static final String[] KEYS = {"arrived", "completed", "in_flight", "dropped",
      "expired", "slo_met", "slo_missed"};

  /** Counts kept directly, population → key → count. */
  private final Map<String, Map<String, Long>> expected = new HashMap<>();

  private void count(int user, String key) {
    for (String population : populations(user)) {
      expected.computeIfAbsent(population, p -> new HashMap<>()).merge(key, 1L, Long::sum);
    }
  }

  private static List<String> populations(int user) {
    return user < CLASSES.size() ? List.of("run", "user " + user, "class " + CLASSES.get(user))
        : List.of("run");
  }

  private void assertCounts(String population, Outcomes o, double measuredS) {
    Map<String, Object> summary = o.summary(measuredS, true);
    Map<String, Long> counts = expected.getOrDefault(population, Map.of());
    for (String key : KEYS) {
      assertThat(summary.get(key)).as(population + " " + key)
          .isEqualTo(counts.getOrDefault(key, 0L));
    }
    long met = counts.getOrDefault("slo_met", 0L);
    long decided = met + counts.getOrDefault("slo_missed", 0L);
    assertThat(summary.get("slo_attainment")).as(population)
        .isEqualTo(decided == 0 ? Double.NaN : (double) met / decided);
    assertThat(summary.get("goodput_rps")).as(population).isEqualTo(met / measuredS);
  }

  private static RequestRecord request(long id, int user, double arrivalS, double uplinkDoneS) {
    double upStart = Double.isNaN(uplinkDoneS) ? Double.NaN : arrivalS;
    return new RequestRecord(id, user, arrivalS, upStart, uplinkDoneS, Double.NaN, Double.NaN,
        8, 40, 10, 1, 0);
  }

  @Test
  void runAndClasses_areTheSumsOfTheirRequestsOutcomes() {
    QueueRecorder q = new QueueRecorder(CLASSES.size(), 0.1, WARMUP_S, DEADLINE_S, null);
    q.groupUsers(CLASSES);
    SplittableRandom rnd = new SplittableRandom(11);
    double t = 0;
    for (long id = 0; id < 20_000; id++) {
      t += rnd.nextDouble(0.001);
      // Now and then a request naming a user outside [0, K): it counts in the run alone.
      int user = rnd.nextInt(10) == 0 ? CLASSES.size() + 2 : rnd.nextInt(CLASSES.size());
      boolean measured = t >= WARMUP_S;
      q.arrival(user, t);
      count(user, "arrived");
      int fate = rnd.nextInt(10);
      if (fate < 6) {
        double latencyS = rnd.nextDouble(2 * DEADLINE_S);
        q.uplinkDone(t);
        q.completed(user, latencyS, t, measured);
        count(user, "completed");
        if (measured) {
          count(user, latencyS <= DEADLINE_S ? "slo_met" : "slo_missed");
        }
      } else if (fate < 7) {
        q.dropped(request(id, user, t, Double.NaN));
        count(user, "dropped");
        if (measured) {
          count(user, "slo_missed");
        }
      } else if (fate < 8) {
        q.uplinkDone(t);
        q.dropped(request(id, user, t, t));
        count(user, "dropped");
        if (measured) {
          count(user, "slo_missed");
        }
      } else if (fate < 9) {
        q.expired(request(id, user, Math.max(0, t - DEADLINE_S), Double.NaN));
        count(user, "expired");
        if (Math.max(0, t - DEADLINE_S) >= WARMUP_S) {
          count(user, "slo_missed");
        }
      } else {
        double endS = t + rnd.nextDouble(2 * DEADLINE_S);
        q.inFlightAtEnd(request(id, user, t, Double.NaN), endS);
        count(user, "in_flight");
        if (measured && endS - t > DEADLINE_S) {
          count(user, "slo_missed");
        }
      }
    }
    double measuredS = q.measuredS(t);
    assertCounts("run", q.overall(), measuredS);
    for (int k = 0; k < CLASSES.size(); k++) {
      assertCounts("user " + k, q.user(k), measuredS);
    }
    Map<String, Outcomes> classes = q.classes();
    assertThat(classes.keySet()).containsExactly("a", "b", "c");
    for (Map.Entry<String, Outcomes> e : classes.entrySet()) {
      assertCounts("class " + e.getKey(), e.getValue(), measuredS);
    }
    assertThat(q.inFlightCount()).isEqualTo(expected.get("run").get("in_flight"));
    long usersArrived = 0;
    for (int k = 0; k < CLASSES.size(); k++) {
      usersArrived += expected.get("user " + k).get("arrived");
    }
    assertThat(expected.get("run").get("arrived")).isGreaterThan(usersArrived); // some outside
  }
}
