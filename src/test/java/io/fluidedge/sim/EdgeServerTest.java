package io.fluidedge.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fluidedge.metrics.RequestRecord;
import io.fluidedge.plugin.PluginRegistry;
import io.fluidedge.scenario.Scenario;
import io.fluidedge.scenario.Server;
import io.fluidedge.traffic.Request;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class EdgeServerTest {

  private static final double SHARE_HZ = 5e11;

  private static CapturingListener run(Server.Discipline discipline, double[] shares) {
    TestScenario t = new TestScenario();
    t.coherenceS = 1;
    t.discipline = discipline;
    Scenario s = t.build();
    TestPolicies.Script script = k -> new TestPolicies.Plan(null, new int[] {8, 8}, shares,
        new double[] {1e6, 1e6});
    CapturingListener rec = new CapturingListener();
    SimRuns.run(s, TestPolicies.scripted(script), ListSource.of(
        new Request(0.0, 0, 1000, 1),
        new Request(0.005, 1, 1000, 4)), rec);
    return rec;
  }

  private static double cycles(double tokens) {
    TestScenario t = new TestScenario();
    Scenario s = t.build();
    return s.model().cyclesPerParameter() * s.model().parameters() * tokens;
  }

  @Test
  void partitioned_servesEachUserAtItsShare() {
    CapturingListener rec = run(Server.Discipline.PARTITIONED, new double[] {SHARE_HZ, SHARE_HZ});
    for (RequestRecord r : rec.requests) {
      assertThat(r.serverS()).isCloseTo(cycles(r.tokens()) / SHARE_HZ, within(1e-12));
    }
  }

  @Test
  void workConserving_redistributesIdleSharesAndRetimesOnBusyChanges() {
    CapturingListener rec = run(Server.Discipline.WORK_CONSERVING,
        new double[] {SHARE_HZ, 3 * SHARE_HZ});
    RequestRecord u0 = rec.request(0);
    RequestRecord u1 = rec.request(1);
    double total = 4 * SHARE_HZ;
    // User 0 alone at the whole capacity, then at its share once user 1 is busy.
    double doneAlone = cycles(1) - (u1.inferenceStartS() - u0.inferenceStartS()) * total;
    double u0Done = u1.inferenceStartS() + doneAlone / SHARE_HZ;
    assertThat(u0.doneS()).isCloseTo(u0Done, within(1e-12));
    // User 1 at 3/4 of the capacity while user 0 is busy, then at all of it.
    double left = cycles(4) - (u0Done - u1.inferenceStartS()) * 3 * SHARE_HZ;
    assertThat(u1.doneS()).isCloseTo(u0Done + left / total, within(1e-12));
  }

  /**
   * Random traffic and shares that change every block (a zero share included): every completion
   * time matches a direct fluid computation that re-times all users at every change.
   */
  @ParameterizedTest
  @EnumSource(value = Server.Discipline.class, names = {"PARTITIONED", "WORK_CONSERVING"})
  void completionTimes_matchADirectFluidComputation(Server.Discipline discipline) {
    TestScenario t = new TestScenario();
    t.users = 4;
    t.durationS = 0.6;
    t.coherenceS = 0.01;
    t.rateHz = 12;
    t.discipline = discipline;
    Scenario s = t.build();
    int blocks = (int) s.blocks();
    double[][] shares = new double[blocks][4];
    Random random = new Random(5);
    for (double[] row : shares) {
      for (int k = 0; k < 4; k++) {
        row[k] = random.nextInt(10) == 0 ? 0 : 2e11 + 8e11 * random.nextDouble();
      }
    }
    TestPolicies.Script script = k -> new TestPolicies.Plan(null, new int[] {8, 8, 8, 8},
        shares[(int) k], new double[] {1e3, 1e3, 1e3, 1e3});
    CapturingListener rec = new CapturingListener();
    SimRuns.run(s, TestPolicies.scripted(script), PluginRegistry.load().trafficSource(s), rec);
    assertThat(rec.requests.size()).isGreaterThan(15);
    assertThat(rec.requests).as("some requests queue at the server")
        .anyMatch(q -> q.inferenceStartS() > q.uplinkDoneS());

    double cycles = cycles(1);
    List<double[]> submissions = new ArrayList<>();
    for (RequestRecord q : rec.requests) {
      submissions.add(new double[] {q.uplinkDoneS(), q.user(), q.id()});
    }
    submissions.sort(Comparator.comparingDouble(a -> a[0]));
    List<double[]> expected = fluid(submissions, shares, s.coherenceS(), cycles,
        discipline == Server.Discipline.WORK_CONSERVING);
    for (double[] e : expected) {
      if (e[1] <= s.durationS()) {
        assertThat(rec.request((long) e[0]).doneS()).as("request %d", (long) e[0])
            .isCloseTo(e[1], within(1e-9 * e[1]));
      }
    }
  }

  /**
   * Partitioned, shares changing every block: each utilisation report is Σ_{busy k} f_k / F
   * for the users in service at its time, with K below and above the number of users whose
   * utilisation the server remembers per set of busy users.
   */
  @ParameterizedTest
  @ValueSource(ints = {4, EdgeServer.MASK_USERS + 2})
  void utilisationReports_areTheBusyUsersSharesOverTheCapacity(int users) {
    TestScenario t = new TestScenario();
    t.users = users;
    t.durationS = 0.6;
    t.coherenceS = 0.01;
    t.rateHz = 40;
    t.bsAntennas = users;
    Scenario s = t.build();
    double[][] shares = new double[(int) s.blocks()][users];
    Random random = new Random(8);
    for (double[] row : shares) {
      for (int k = 0; k < users; k++) {
        row[k] = random.nextInt(10) == 0 ? 0 : 4e12 + 6e12 * random.nextDouble();
      }
    }
    int[] bits = new int[users];
    double[] powers = new double[users];
    Arrays.fill(bits, 8);
    Arrays.fill(powers, 1e3);
    TestPolicies.Script script = k -> new TestPolicies.Plan(null, bits, shares[(int) k], powers);
    CapturingListener rec = new CapturingListener();
    SimRuns.run(s, TestPolicies.scripted(script), PluginRegistry.load().trafficSource(s), rec);
    int checked = 0;
    for (int i = 0; i < rec.loads.size(); i++) {
      double time = rec.loads.get(i)[0];
      if (i + 1 < rec.loads.size() && rec.loads.get(i + 1)[0] == time
          || time > s.durationS() - 0.1) {
        continue; // the last report at an instant stands; the last 0.1 s has requests in flight
      }
      double[] f = shares[(int) Math.floor(time / s.coherenceS() + 1e-9)];
      double busyHz = 0;
      for (int k = 0; k < users; k++) {
        int user = k;
        boolean busy = rec.requests.stream().anyMatch(r -> r.user() == user
            && r.inferenceStartS() <= time && time < r.doneS());
        busyHz += busy ? f[k] : 0;
      }
      assertThat(rec.loads.get(i)[1]).as("report at %s s", time)
          .isEqualTo(Math.min(1.0, busyHz / t.cpuHz));
      checked++;
    }
    assertThat(checked).isGreaterThan(100);
    assertThat(rec.loads).as("two users or more busy at once (one uses at most 1e13 Hz)")
        .anyMatch(l -> l[1] > 1e13 / t.cpuHz);
  }

  /** Reference: {id, done} for each submission {time, user, id}, by direct time stepping. */
  private static List<double[]> fluid(List<double[]> submissions, double[][] shares, double tc,
      double cycles, boolean workConserving) {
    int users = shares[0].length;
    List<ArrayDeque<double[]>> queues = new ArrayList<>();
    for (int k = 0; k < users; k++) {
      queues.add(new ArrayDeque<>());
    }
    List<double[]> done = new ArrayList<>();
    double now = 0;
    int next = 0;
    int block = 0;
    while (next < submissions.size() || queues.stream().anyMatch(q -> !q.isEmpty())) {
      double[] f = shares[Math.min(block, shares.length - 1)];
      double total = 0;
      double busy = 0;
      for (int k = 0; k < users; k++) {
        total += f[k];
        busy += queues.get(k).isEmpty() ? 0 : f[k];
      }
      double g = workConserving && busy > 0 ? total / busy : 1;
      double external = Math.min(next < submissions.size() ? submissions.get(next)[0]
          : Double.POSITIVE_INFINITY, block + 1 < shares.length ? (block + 1) * tc
          : Double.POSITIVE_INFINITY);
      double completion = Double.POSITIVE_INFINITY;
      for (int k = 0; k < users; k++) {
        if (!queues.get(k).isEmpty() && f[k] > 0) {
          completion = Math.min(completion, now + queues.get(k).peek()[1] / (f[k] * g));
        }
      }
      double until = Math.min(external, completion);
      if (until == Double.POSITIVE_INFINITY) {
        break;
      }
      for (int k = 0; k < users; k++) {
        if (!queues.get(k).isEmpty()) {
          double[] head = queues.get(k).peek();
          head[1] -= (until - now) * f[k] * g;
        }
      }
      now = until;
      if (completion <= external) {
        for (int k = 0; k < users; k++) {
          if (!queues.get(k).isEmpty() && queues.get(k).peek()[1] <= 1e-6 * cycles) {
            done.add(new double[] {queues.get(k).poll()[0], now});
          }
        }
      } else if (next < submissions.size() && submissions.get(next)[0] == now) {
        double[] sub = submissions.get(next++);
        queues.get((int) sub[1]).add(new double[] {sub[2], cycles});
      } else {
        block++;
      }
    }
    return done;
  }
}
