package io.fluidedge.metrics;

import java.util.List;

/**
 * Receives what one run emits, in simulated-time order, on the simulation thread: each request
 * at its arrival, uplink completion and inference completion (or its drop), each coherence
 * block's decision, and, when wanted, activity spans for trace.json.
 *
 * <p>The output writer ({@link RunRecorder}) and the entity-plugin hub implement it directly;
 * tests and tools may implement it to collect a run differently. Every method has a do-nothing
 * default.
 */
public interface RunListener {

  /**
   * The entity plugins' extra blocks.csv columns; called once, before the first block, and only
   * when there are some. Each later {@link BlockRecord#columns()} has one value per name.
   */
  default void blockColumns(List<String> names) {
  }

  /**
   * Whether {@link #arrival(RequestRecord)} and {@link #uplinkDone(RequestRecord)} are wanted with
   * the request's whole record (asked once, when the run starts). A listener that needs only the
   * user and the time of those two stages answers false and handles
   * {@link #arrival(int, double)} and {@link #uplinkDone(int, double)} exactly as it handles the
   * record forms; when no listener of a run keeps stage records, the run calls only those two
   * and builds no record for either stage (two of the three records a completed request would
   * cost). A listener that keeps them (the default) never receives the two short forms.
   */
  default boolean keepsStageRecords() {
    return true;
  }

  /** A request arrived and was quantized and queued ({@code r.uplinkStartS()} is NaN). */
  default void arrival(RequestRecord r) {
  }

  /**
   * {@link #arrival(RequestRecord)} without the record, for listeners that do not
   * {@link #keepsStageRecords() keep stage records}: the request of {@code user} that arrived at
   * {@code arrivalS} was quantized and queued.
   *
   * @param user     0-based user index
   * @param arrivalS arrival time, s
   */
  default void arrival(int user, double arrivalS) {
  }

  /** An arrived request was dropped and will never complete. */
  default void dropped(RequestRecord r) {
  }

  /**
   * A request was removed from its queue (or its service) because its deadline passed
   * ({@code slo.drop-expired}); its times show how far it got. By default a drop.
   */
  default void expired(RequestRecord r) {
    dropped(r);
  }

  /**
   * At the end of the run, a request still queued or in service; its times show how far it got
   * and its completion time is NaN. Called once per such request, after every other request
   * event: each device's requests in arrival order, then the server's.
   *
   * @param r    the request
   * @param endS the simulated time the run reached, s (its age is endS − arrival)
   */
  default void inFlightAtEnd(RequestRecord r, double endS) {
  }

  /**
   * The share of the edge server's capacity in use changed to {@code utilisation} (in [0, 1])
   * at simulated time {@code timeS}; it stays until the next call.
   */
  default void serverLoad(double timeS, double utilisation) {
  }

  /** A request's uplink transmission finished (its inference times are NaN). */
  default void uplinkDone(RequestRecord r) {
  }

  /**
   * {@link #uplinkDone(RequestRecord)} without the record, for listeners that do not
   * {@link #keepsStageRecords() keep stage records}.
   *
   * @param user        0-based user index
   * @param uplinkDoneS the end of the request's uplink transmission, s
   */
  default void uplinkDone(int user, double uplinkDoneS) {
  }

  /** A request's inference finished; called in non-decreasing completion time. */
  default void inferenceDone(RequestRecord r) {
  }

  /**
   * Whether {@link #inferenceDone(RequestRecord)} is wanted with the request's whole record
   * (asked once, when the run starts). A listener that needs only the times, bits and accuracy
   * of a completed request answers false and handles
   * {@link #inferenceDone(long, int, double, double, double, double, double, int, double)}
   * exactly as it handles the record form; when no listener of a run keeps completion records
   * (and no entity plugin runs), the run builds no record for a completion. A listener that
   * keeps them (the default) never receives the short form.
   */
  default boolean keepsCompletionRecords() {
    return true;
  }

  /**
   * {@link #inferenceDone(RequestRecord)} without the record, for listeners that do not
   * {@link #keepsCompletionRecords() keep completion records}: the values the record would
   * hold (its feature, token and cycle counts aside), called in non-decreasing completion time.
   *
   * @param id              request id
   * @param user            0-based user index
   * @param arrivalS        arrival, s
   * @param uplinkStartS    start of the uplink transmission, s
   * @param uplinkDoneS     end of the uplink transmission, s
   * @param inferenceStartS start of the inference, s
   * @param doneS           completion, s
   * @param bits            quantization bits per feature element
   * @param psnrDb          accuracy at those bits, dB
   */
  default void inferenceDone(long id, int user, double arrivalS, double uplinkStartS,
      double uplinkDoneS, double inferenceStartS, double doneS, int bits, double psnrDb) {
  }

  /** A coherence block's decision, at the block start, in block order. */
  default void block(BlockRecord b) {
  }

  /**
   * Whether the calls about requests are wanted: arrivals, drops, expiries, uplink and inference
   * completions, requests in flight at the end and the server's load (asked once, when the
   * listener is paired by {@link #tee}). A listener of blocks alone (a progress report) answers
   * false; paired, it is then told blocks, block columns and spans (if it keeps them) only.
   */
  default boolean keepsRequests() {
    return true;
  }

  /** Whether {@link #span} calls are wanted (asked once, when the run starts). */
  default boolean keepsSpans() {
    return false;
  }

  /**
   * An entity's activity span for trace.json; called only when {@link #keepsSpans()}.
   *
   * @param entity the entity and activity lane, e.g. {@code "user 2 uplink"}
   * @param name   the activity, e.g. {@code "request 17"}
   * @param lane   trace lane (&ge; 0)
   * @param startS start, simulated s
   * @param endS   end, simulated s (&ge; startS)
   */
  default void span(String entity, String name, int lane, double startS, double endS) {
  }

  /**
   * Two listeners as one: every call goes to {@code first}, then to {@code second} (the calls
   * about requests only if it {@link #keepsRequests() keeps them}).
   *
   * @param first  told first
   * @param second told second
   * @return the pair
   */
  static RunListener tee(RunListener first, RunListener second) {
    return new Tee(first, second);
  }
}
