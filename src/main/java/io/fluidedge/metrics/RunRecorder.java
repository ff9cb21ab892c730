package io.fluidedge.metrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.HdrHistogram.Histogram;

/**
 * The output writer of one run, a {@link RunListener}: completed requests, coherence blocks,
 * activity spans and arrival/drop counts. {@link RunOutputs#write} turns it into the output files.
 *
 * <p>Requests arriving before the warm-up are counted but enter no statistic; every request's
 * fate (completed, dropped, expired, in flight at the end), the deadline outcomes and the
 * windows' flow columns are kept by its {@link QueueRecorder}.
 *
 * <p>Latencies go into HdrHistogram in ns with 3 significant digits: one histogram per user and
 * one for the open time window ({@link WindowSeries}), both recorded on the latency log's thread
 * ({@link HlogWriter}); the run's and each class's are sums of their users'. Requests must be
 * recorded in non-decreasing completion time. Block rows, request rows, spans and window
 * histograms are streamed to hidden spool files in {@code spoolDir} (best the output directory,
 * so that the final move is a rename), so memory does not grow with the number of requests or
 * blocks.
 *
 * <p>Not thread-safe: one recorder per run, fed by the simulation thread. Record-time I/O
 * failures surface as {@link UncheckedIOException}. {@link #close()} deletes spool files that
 * were not moved into place (an abandoned run).
 */
public final class RunRecorder implements RunListener, AutoCloseable {

  /** Default cap on the spans kept for trace.json. */
  public static final long MAX_SPANS = 1_000_000;

  private final int users;
  private final Tally[] perUser;
  /** The run's sums (its histogram is the sum of the users'). */
  private final LatencySums overall = new LatencySums();
  private final OptimizerTally optimizer = new OptimizerTally();
  private final Trajectories trajectories = new Trajectories();
  private final Trajectories userTrajectories = new Trajectories();
  /** Index of the first {@code user_x_m_0} extra column, or −1 when users have no positions. */
  private int userColumns = -1;
  private final HlogWriter hlog;
  private final WindowSeries windows;
  private final BlocksCsv blocks;
  private final RequestsCsv requests;
  private final ChromeTrace trace;
  private final TokenSlo slo;
  private final TokenTally tokens;
  private final TokenTally[] tokensPerUser;
  private Map<String, TokenTally> tokensPerClass;
  private ClassTally classes;
  private final QueueRecorder queues;
  private long arrived;
  private long dropped;
  private long completed;
  private boolean finished;
  private boolean written;

  /**
   * Starts recording a run.
   *
   * @param users       K, the number of users (&ge; 1)
   * @param windowS     window length for windows.csv and latency.hlog, s (&gt; 0)
   * @param requestRows keep one row per request for requests.csv.gz
   * @param spans       keep activity spans for trace.json (at most {@link #MAX_SPANS})
   * @param spoolDir    existing directory for the spool files, or null for the system temp dir
   * @throws UncheckedIOException if a spool file cannot be created
   */
  public RunRecorder(int users, double windowS, boolean requestRows, boolean spans, Path spoolDir) {
    this(users, windowS, requestRows, spans, spoolDir, null);
  }

  /**
   * Starts recording a run, with token metrics when {@code slo} is given (LLM serving: time to
   * first token, time per output token, SLO attainment and goodput, overall and per user, and
   * their requests.csv.gz columns).
   *
   * @param users       K, the number of users (&ge; 1)
   * @param windowS     window length for windows.csv and latency.hlog, s (&gt; 0)
   * @param requestRows keep one row per request for requests.csv.gz
   * @param spans       keep activity spans for trace.json (at most {@link #MAX_SPANS})
   * @param spoolDir    existing directory for the spool files, or null for the system temp dir
   * @param slo         the token objectives, or null for no token metrics
   * @throws UncheckedIOException if a spool file cannot be created
   */
  public RunRecorder(int users, double windowS, boolean requestRows, boolean spans, Path spoolDir,
      TokenSlo slo) {
    this(users, windowS, requestRows, spans, spoolDir, slo, 0, Double.POSITIVE_INFINITY);
  }

  /**
   * Starts recording a run with a warm-up and a deadline: requests arriving before
   * {@code warmupS} are counted but left out of every statistic (and marked in requests.csv.gz);
   * a request meets its objective when it completes within {@code deadlineS} of its arrival
   * (SLO attainment and goodput in summary.json and windows.csv).
   *
   * @param users       K, the number of users (&ge; 1)
   * @param windowS     window length for windows.csv and latency.hlog, s (&gt; 0)
   * @param requestRows keep one row per request for requests.csv.gz
   * @param spans       keep activity spans for trace.json (at most {@link #MAX_SPANS})
   * @param spoolDir    existing directory for the spool files, or null for the system temp dir
   * @param slo         the token objectives, or null for no token metrics
   * @param warmupS     warm-up, s (&ge; 0)
   * @param deadlineS   deadline after arrival, s (&gt; 0; +∞: none)
   * @throws UncheckedIOException if a spool file cannot be created
   */
  public RunRecorder(int users, double windowS, boolean requestRows, boolean spans, Path spoolDir,
      TokenSlo slo, double warmupS, double deadlineS) {
    if (users < 1) {
      throw new IllegalArgumentException("users must be >= 1: " + users);
    }
    if (!(windowS > 0) || Double.isInfinite(windowS)) {
      throw new IllegalArgumentException("window length must be finite and > 0: " + windowS + " s");
    }
    this.users = users;
    this.slo = slo;
    this.tokens = slo == null ? null : new TokenTally(slo);
    this.tokensPerUser = slo == null ? null : new TokenTally[users];
    for (int k = 0; slo != null && k < users; k++) {
      tokensPerUser[k] = new TokenTally(slo);
    }
    Histogram[] userHistograms = new Histogram[users];
    for (int k = 0; k < users; k++) {
      userHistograms[k] = new Histogram(3);
    }
    try {
      hlog = new HlogWriter(spoolDir, windowS, userHistograms);
      blocks = new BlocksCsv(spoolDir, users);
      requests = requestRows ? new RequestsCsv(spoolDir, slo != null) : null;
      trace = spans ? new ChromeTrace(spoolDir, MAX_SPANS) : null;
    } catch (IOException e) {
      closeQuietly();
      throw new UncheckedIOException("cannot create spool files in " + spoolDir, e);
    }
    this.perUser = new Tally[users];
    for (int k = 0; k < users; k++) {
      perUser[k] = new Tally(userHistograms[k], hlog::awaitIntervals);
    }
    windows = new WindowSeries(windowS, hlog);
    queues = new QueueRecorder(users, windowS, warmupS, deadlineS, slo);
  }

  /**
   * Records a completed request (latency overall, per user and in its window; its row if kept).
   *
   * @param r the request; its {@code doneS} must not precede an earlier request's window
   * @throws IllegalArgumentException if the user is out of range, the request is not completed
   *                                  or completion time goes back
   */
  @Override
  public void inferenceDone(RequestRecord r) {
    open();
    int user = r.user();
    boolean measured = completed(r.id(), user, r.arrivalS(), r.doneS(), r.latencyS(),
        r.uplinkS(), r.serverS(), r.psnrDb(), r.bits());
    if (measured && tokens != null) {
      queues.tokens(r);
      tokens.add(r);
      tokensPerUser[user].add(r);
      if (tokensPerClass != null) {
        tokensPerClass.get(classes.name(user)).add(r);
      }
    }
    if (requests != null) {
      row(r, RequestsCsv.COMPLETED);
    }
  }

  /**
   * Records a completed request, as {@link #inferenceDone(RequestRecord)} does a record's (the
   * recorder asks for no record when it keeps no request rows and no token metrics).
   *
   * @throws IllegalArgumentException if the user is out of range, the completion time is NaN
   *                                  or completion time goes back
   */
  @Override
  public void inferenceDone(long id, int user, double arrivalS, double uplinkStartS,
      double uplinkDoneS, double inferenceStartS, double doneS, int bits, double psnrDb) {
    open();
    completed(id, user, arrivalS, doneS, doneS - arrivalS, uplinkDoneS - uplinkStartS,
        doneS - inferenceStartS, psnrDb, bits);
  }

  /**
   * Whether completions are wanted as records: for requests.csv.gz rows and token metrics;
   * otherwise the short form carries all the recorder needs.
   */
  @Override
  public boolean keepsCompletionRecords() {
    return requests != null || tokens != null;
  }

  /**
   * The part of a completion every form records, after checking it; returns whether it is
   * measured.
   */
  private boolean completed(long id, int user, double arrivalS, double doneS, double latencyS,
      double uplinkS, double serverS, double psnrDb, int bits) {
    if (Double.isNaN(doneS)) {
      throw new IllegalArgumentException("request " + id + " has no completion time");
    }
    if (user < 0 || user >= users) {
      throw new IllegalArgumentException("request " + id + ": user " + user + " not in [0, "
          + users + ")");
    }
    completed++;
    boolean measured = queues.measured(arrivalS);
    windows.add(id, doneS, latencyS, psnrDb, measured);
    queues.completed(user, latencyS, doneS, measured);
    if (measured) {
      hlog.latency(Nanos.fromSeconds(latencyS), user);
      overall.add(latencyS, psnrDb);
      perUser[user].add(latencyS, uplinkS, serverS, psnrDb, bits);
      if (classes != null) {
        classes.add(user, latencyS, uplinkS, serverS, psnrDb, bits);
      }
    }
    return measured;
  }

  /** Records a request removed at its deadline (counted, its row if kept). */
  @Override
  public void expired(RequestRecord r) {
    open();
    queues.expired(r);
    row(r, RequestsCsv.EXPIRED);
  }

  /** Records a request still in flight at the end (counted with its age, its row if kept). */
  @Override
  public void inFlightAtEnd(RequestRecord r, double endS) {
    open();
    queues.inFlightAtEnd(r, endS);
    row(r, RequestsCsv.IN_FLIGHT);
  }

  /** Records the server's utilisation from {@code timeS} on. */
  @Override
  public void serverLoad(double timeS, double utilisation) {
    open();
    queues.serverLoad(timeS, utilisation);
  }

  /** Records a request's uplink completion (the queue lengths of windows.csv). */
  @Override
  public void uplinkDone(RequestRecord r) {
    open();
    uplinkDone(r.user(), r.uplinkDoneS());
  }

  /** Records a request's uplink completion, as {@link #uplinkDone(RequestRecord)}. */
  @Override
  public void uplinkDone(int user, double uplinkDoneS) {
    open();
    queues.uplinkDone(uplinkDoneS);
  }

  /** False: the recorder needs only the user and time of an arrival or an uplink completion. */
  @Override
  public boolean keepsStageRecords() {
    return false;
  }

  private void row(RequestRecord r, String status) {
    if (requests != null) {
      try {
        requests.row(r, status, !queues.measured(r));
      } catch (IOException e) {
        throw new UncheckedIOException(e.getMessage(), e);
      }
    }
  }

  /**
   * Declares extra blocks.csv columns (an entity plugin's), appended after the built-in ones;
   * before the first block, at most once.
   *
   * @param names column names (unique, none of the built-in names)
   * @throws IllegalStateException if a block was recorded already or columns were declared
   */
  @Override
  public void blockColumns(List<String> names) {
    open();
    blocks.extraColumns(names);
    userColumns = names.indexOf("user_x_m_0");
  }

  /**
   * Records a coherence block: optimizer statistics, its blocks.csv row (with the plugin column
   * values it carries), positions for the plot.
   *
   * @param b the block; K entries per user array, the same antenna count in every block, one
   *          column value per declared extra column
   * @throws IllegalArgumentException if the number of column values differs from the extra
   *                                  columns
   */
  @Override
  public void block(BlockRecord b) {
    open();
    try {
      blocks.row(b);
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
    optimizer.add(b);
    trajectories.add(b.timeS(), b.positionsM());
    if (userColumns >= 0) {
      double[][] users = new double[this.users][];
      for (int k = 0; k < this.users; k++) {
        users[k] = new double[] {b.column(userColumns + 2 * k), b.column(userColumns + 2 * k + 1)};
      }
      userTrajectories.add(b.timeS(), users);
    }
  }

  /**
   * Records an entity's activity span for trace.json; ignored unless spans are kept, and counted
   * as dropped past {@link #MAX_SPANS}.
   *
   * @param entity the entity, e.g. {@code "user 2 uplink"} (trace category and lane name)
   * @param name   the activity, e.g. {@code "request 17"}
   * @param lane   the trace lane (thread id, &ge; 0)
   * @param startS start, simulated s
   * @param endS   end, simulated s (&ge; startS)
   */
  @Override
  public void span(String entity, String name, int lane, double startS, double endS) {
    open();
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(name, "name");
    if (lane < 0 || !(startS >= 0) || !(endS >= startS) || Double.isInfinite(endS)) {
      throw new IllegalArgumentException("span " + entity + "/" + name + ": need lane >= 0 and finite"
          + " 0 <= start <= end: lane " + lane + ", " + startS + " .. " + endS + " s");
    }
    if (trace != null) {
      try {
        trace.span(entity, name, lane, startS, endS);
      } catch (IOException e) {
        throw new UncheckedIOException(e.getMessage(), e);
      }
    }
  }

  /** Counts one request arrival. */
  @Override
  public void arrival(RequestRecord r) {
    open();
    arrival(r.user(), r.arrivalS());
  }

  /** Counts one request arrival, as {@link #arrival(RequestRecord)}. */
  @Override
  public void arrival(int user, double arrivalS) {
    open();
    arrived++;
    queues.arrival(user, arrivalS);
  }

  /** Counts one dropped request (never completed, e.g. rejected or lost) and keeps its row. */
  @Override
  public void dropped(RequestRecord r) {
    open();
    dropped++;
    queues.dropped(r);
    row(r, RequestsCsv.DROPPED);
  }

  /**
   * Ends recording at simulated time {@code simulatedS}: closes the open window and adds empty
   * windows up to it. Called by {@link RunOutputs#write}; later calls do nothing.
   *
   * @param simulatedS simulated time reached, s (&ge; 0)
   */
  public void finish(double simulatedS) {
    if (!(simulatedS >= 0) || Double.isInfinite(simulatedS)) {
      throw new IllegalArgumentException("simulated time must be finite and >= 0: " + simulatedS + " s");
    }
    if (!finished) {
      finished = true;
      windows.finish(simulatedS);
      queues.finish(simulatedS);
    }
  }

  /** The queueing outcomes, warm-up and in-flight requests and the windows' flow columns. */
  QueueRecorder queues() {
    return queues;
  }

  /** Requests removed at their deadline. */
  public long expiredCount() {
    return queues.expiredCount();
  }

  /** Requests in flight at the end, as recorded at the run's end. */
  public long inFlightCount() {
    return queues.inFlightCount();
  }

  /** Users K. */
  public int users() {
    return users;
  }

  /** Window length, s. */
  public double windowS() {
    return windows.windowS();
  }

  /** Arrivals counted. */
  public long arrivedCount() {
    return arrived;
  }

  /** Drops counted. */
  public long droppedCount() {
    return dropped;
  }

  /** Completed requests recorded, warm-up ones included. */
  public long completedCount() {
    return completed;
  }

  /** Overall latency statistics. */
  public LatencyStats latency() {
    return LatencyStats.of(latencyHistogram(), overall.latencySumS(), overall.latencyMaxS());
  }

  /** Overall mean PSNR, dB (NaN with no completed requests). */
  public double psnrDbMean() {
    return overall.psnrMeanDb();
  }

  /**
   * Statistics of one user.
   *
   * @param user 0-based user index
   * @return the user's statistics
   */
  public UserStats user(int user) {
    Objects.checkIndex(user, users);
    Tally t = perUser[user];
    return new UserStats(user, t.latency(), t.uplinkMeanS(), t.serverMeanS(), t.psnrMeanDb());
  }

  /**
   * Groups the users in classes: every per-user output then carries the user's class
   * (summary.json {@code users[].class}, a last {@code class} column in requests.csv.gz) and
   * summary.json gains a {@code classes} section. Call before the first record; without it the
   * outputs have no class (one-class scenarios keep their bytes).
   *
   * @param classOfUser class name of every user, index = user (length K)
   */
  public void groupUsers(List<String> classOfUser) {
    if (classOfUser.size() != users) {
      throw new IllegalArgumentException("need a class per user (K = " + users + "): "
          + classOfUser.size());
    }
    if (overall.count() > 0 || arrived > 0) {
      throw new IllegalStateException("group users before the first record");
    }
    classes = new ClassTally(classOfUser, perUser);
    queues.groupUsers(classOfUser);
    if (tokens != null) {
      tokensPerClass = new java.util.LinkedHashMap<>();
      for (String c : classOfUser) {
        tokensPerClass.computeIfAbsent(c, x -> new TokenTally(slo));
      }
    }
    if (requests != null) {
      requests.classes(classes);
    }
  }

  /** The user classes, or null when users were not grouped. */
  ClassTally classes() {
    return classes;
  }

  /** Optimizer statistics over the blocks recorded. */
  public OptimizerStats optimizer() {
    return optimizer.stats();
  }

  /** Closed windows in order; all windows once {@link #finish} was called. */
  public List<WindowStats> windows() {
    return windows.windows();
  }

  /** A copy of the overall latency histogram (the sum of the users'), ns. */
  public Histogram latencyHistogram() {
    return Tally.sum(perUser);
  }

  /**
   * A copy of one user's latency histogram, ns.
   *
   * @param user 0-based user index
   * @return the copy
   */
  public Histogram latencyHistogram(int user) {
    Objects.checkIndex(user, users);
    return perUser[user].histogram().copy();
  }

  /** The token objectives, or null when token metrics are off. */
  public TokenSlo tokenSlo() {
    return slo;
  }

  /** Tokens generated by the completed requests (0 when token metrics are off). */
  public long generatedTokens() {
    return tokens == null ? 0 : tokens.generated();
  }

  /** Overall time-to-first-token statistics ({@link LatencyStats#EMPTY} when off). */
  public LatencyStats ttft() {
    return tokens == null ? LatencyStats.EMPTY : tokens.ttft();
  }

  /** Overall time-per-output-token statistics ({@link LatencyStats#EMPTY} when off). */
  public LatencyStats tpot() {
    return tokens == null ? LatencyStats.EMPTY : tokens.tpot();
  }

  /** Share of completed requests meeting both token objectives (NaN when off or none). */
  public double sloAttainment() {
    return tokens == null ? Double.NaN : tokens.attainment();
  }

  TokenTally tokens() {
    return tokens;
  }

  /** Token metrics per declared class, or null (no classes or no token metrics). */
  Map<String, TokenTally> tokensPerClass() {
    return tokensPerClass;
  }

  TokenTally tokens(int user) {
    return tokensPerUser[user];
  }

  /** Spans kept for trace.json (0 when spans are off). */
  public long spansRecorded() {
    return trace == null ? 0 : trace.spans();
  }

  /** Spans dropped past the cap. */
  public long spansDropped() {
    return trace == null ? 0 : trace.dropped();
  }

  /** Whether spans are kept for trace.json. */
  @Override
  public boolean keepsSpans() {
    return trace != null;
  }

  /** Deletes spool files that were not moved into place; recording is over afterwards. */
  @Override
  public void close() {
    finished = true;
    written = true;
    closeQuietly();
  }

  /**
   * Sampled user trajectories (from the blocks.csv columns {@code user_x_m_<k>},
   * {@code user_y_m_<k>}), for the user-positions plot; empty when users have no positions.
   */
  public Trajectories userTrajectories() {
    return userTrajectories;
  }

  /** Sampled antenna trajectories, for the positions plot. */
  public Trajectories trajectories() {
    return trajectories;
  }

  /** Moves the streamed files into {@code dir}; once per recorder, after {@link #finish}. */
  void moveFiles(Path dir) throws IOException {
    if (!finished) {
      throw new IllegalStateException("finish the recorder before moving its files");
    }
    if (written) {
      throw new IllegalStateException("outputs of this recorder were already written");
    }
    written = true;
    hlog.moveTo(dir.resolve(RunOutputs.LATENCY_HLOG));
    blocks.moveTo(dir.resolve(RunOutputs.BLOCKS_CSV));
    if (requests != null) {
      requests.moveTo(dir.resolve(RunOutputs.REQUESTS_CSV_GZ));
    }
    if (trace != null) {
      trace.moveTo(dir.resolve(RunOutputs.TRACE_JSON));
    }
  }

  private void open() {
    if (finished) {
      throw new IllegalStateException("recorder is finished; nothing more can be recorded");
    }
  }

  private void closeQuietly() {
    for (java.io.Closeable c : new java.io.Closeable[] {hlog, blocks, requests, trace}) {
      if (c != null) {
        try {
          c.close();
        } catch (IOException e) {
          // Best effort: the spool file may already be gone.
        }
      }
    }
  }
}
