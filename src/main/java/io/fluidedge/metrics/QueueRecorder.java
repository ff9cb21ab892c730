package io.fluidedge.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * The queueing side of a run's recording, beside the latency statistics of
 * {@link RunRecorder}: what became of every request ({@link Outcomes}, overall, per user and per
 * user class), the warm-up, the requests in flight at the end and their ages, and the flow
 * columns of windows.csv ({@link WindowFlows}).
 *
 * <p>A request is measured when it arrived at or after {@code warmupS}; only measured requests
 * enter statistics. It meets its deadline when it completes within {@code deadlineS} of its
 * arrival. Until users have classes, every user is in the class {@value #DEFAULT_CLASS}.
 */
final class QueueRecorder {

  /** The class of every user until the scenario names classes. */
  static final String DEFAULT_CLASS = "default";

  private final int users;
  private final double warmupS;
  private final double deadlineS;
  /**
   * Every user's outcomes, index = user, and last those of requests naming a user outside
   * [0, K); a request counts in one of them, the run's and the classes' are their sums.
   */
  private final Outcomes[] perUser;
  private final String[] classOf;
  private final WindowFlows flows;
  private final Histogram ages = new Histogram(3);
  private double ageSumS;
  private double ageMaxS;
  private long warmup;
  private long expired;

  /**
   * @param users     K
   * @param windowS   window length of windows.csv, s
   * @param warmupS   requests arriving earlier are not measured, s (&ge; 0)
   * @param deadlineS the deadline after arrival, s (+∞: none)
   * @param tokenSlo  token objectives for the token columns, or null
   */
  QueueRecorder(int users, double windowS, double warmupS, double deadlineS, TokenSlo tokenSlo) {
    if (!(warmupS >= 0) || !(deadlineS > 0)) {
      throw new IllegalArgumentException("need warm-up >= 0 and deadline > 0: " + warmupS
          + " s, " + deadlineS + " s");
    }
    this.users = users;
    this.warmupS = warmupS;
    this.deadlineS = deadlineS;
    this.perUser = new Outcomes[users + 1];
    this.classOf = new String[users];
    Arrays.fill(classOf, DEFAULT_CLASS);
    for (int k = 0; k <= users; k++) {
      perUser[k] = new Outcomes();
    }
    this.flows = new WindowFlows(windowS, hasDeadline(), tokenSlo);
  }

  /**
   * Puts the users in the scenario's classes (before the first record).
   *
   * @param classOfUser class name of every user, index = user (length K)
   */
  void groupUsers(java.util.List<String> classOfUser) {
    for (int k = 0; k < users; k++) {
      classOf[k] = classOfUser.get(k);
    }
  }

  /** Whether a deadline is set. */
  boolean hasDeadline() {
    return deadlineS < Double.POSITIVE_INFINITY;
  }

  /** Whether the request enters the statistics (it arrived at or after warmup-s). */
  boolean measured(RequestRecord r) {
    return measured(r.arrivalS());
  }

  /** Whether a request that arrived at {@code arrivalS} is measured (after the warm-up). */
  boolean measured(double arrivalS) {
    return arrivalS >= warmupS;
  }

  /** The outcomes request r counts in: its user's, or those of users outside [0, K). */
  private Outcomes of(RequestRecord r) {
    return of(r.user());
  }

  private Outcomes of(int user) {
    return perUser[user < users ? user : users];
  }

  double warmupS() {
    return warmupS;
  }

  double deadlineS() {
    return deadlineS;
  }

  /** A request of {@code user} (possibly outside [0, K)) arrived at {@code arrivalS}. */
  void arrival(int user, double arrivalS) {
    of(user).arrived();
    if (!measured(arrivalS)) {
      warmup++;
    }
    flows.arrival(arrivalS);
  }

  /** Dropped at arrival (uplink start NaN) or refused by the server (uplink done set). */
  void dropped(RequestRecord r) {
    boolean measured = measured(r);
    of(r).dropped(measured);
    boolean atServer = !Double.isNaN(r.uplinkDoneS());
    double t = atServer ? r.uplinkDoneS() : r.arrivalS();
    flows.left(t, atServer);
    if (measured && hasDeadline()) {
      flows.outcome(t, false);
    }
  }

  void expired(RequestRecord r) {
    boolean measured = measured(r);
    expired++;
    of(r).expired(measured);
    double t = r.arrivalS() + deadlineS;
    flows.left(t, !Double.isNaN(r.uplinkDoneS()));
    if (measured) {
      flows.outcome(t, false);
    }
  }

  void uplinkDone(double uplinkDoneS) {
    flows.uplinkDone(uplinkDoneS);
  }

  /**
   * A request of {@code user} completed at {@code doneS} after {@code latencyS}: its outcome
   * (met or missed the deadline) and the windows' completion and queue columns.
   */
  void completed(int user, double latencyS, double doneS, boolean measured) {
    boolean inTime = latencyS <= deadlineS;
    of(user).completed(measured, inTime);
    flows.completed(doneS, measured, inTime && hasDeadline());
  }

  /** The token columns of a measured completed request's window (with token metrics). */
  void tokens(RequestRecord r) {
    flows.tokens(r);
  }

  void inFlightAtEnd(RequestRecord r, double endS) {
    boolean measured = measured(r);
    double age = endS - r.arrivalS();
    boolean overdue = age > deadlineS;
    of(r).inFlight(measured, overdue);
    ages.recordValue(Nanos.fromSeconds(age));
    ageSumS += age;
    ageMaxS = Math.max(ageMaxS, age);
  }

  void serverLoad(double timeS, double utilisation) {
    flows.serverLoad(timeS, utilisation);
  }

  void finish(double simulatedS) {
    flows.finish(simulatedS);
  }

  WindowFlows flows() {
    return flows;
  }

  /** Requests removed at their deadline. */
  long expiredCount() {
    return expired;
  }

  /** Requests that arrived before warmup-s. */
  long warmupCount() {
    return warmup;
  }

  /** Requests in flight at the end. */
  long inFlightCount() {
    return overall().inFlightCount();
  }

  /** Ages (end − arrival) of the requests in flight at the end. */
  LatencyStats inFlightAges() {
    return LatencyStats.of(ages, ageSumS, ageMaxS);
  }

  /** The run's outcomes: the sum of every user's (and of requests naming no user). */
  Outcomes overall() {
    Outcomes sum = new Outcomes();
    for (Outcomes o : perUser) {
      sum.add(o);
    }
    return sum;
  }

  Outcomes user(int k) {
    return perUser[k];
  }

  /** Each class's outcomes, in order of first appearance among the users. */
  Map<String, Outcomes> classes() {
    Map<String, Outcomes> perClass = new LinkedHashMap<>();
    for (int k = 0; k < users; k++) {
      perClass.computeIfAbsent(classOf[k], c -> new Outcomes()).add(perUser[k]);
    }
    return perClass;
  }

  /** The users of a class, ascending. */
  List<Integer> usersOf(String name) {
    List<Integer> members = new ArrayList<>();
    for (int k = 0; k < users; k++) {
      if (classOf[k].equals(name)) {
        members.add(k);
      }
    }
    return members;
  }

  /** The measured time: from warmup-s to {@code simulatedS}, s (0 if not reached). */
  double measuredS(double simulatedS) {
    return Math.max(0, simulatedS - warmupS);
  }
}
