package io.fluidedge.scenario;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import umontreal.ssj.rng.MRG32k3a;

/**
 * SSJ's MRG32k3a with its recurrence stepped in 64-bit integers: the same numbers, bit for bit,
 * in about 40 % of the time per draw (JMH {@code RandomBench}: 7.5 against 19.4 ns).
 *
 * <p>MRG32k3a (L'Ecuyer 1999) has two components, {@code x_n = (1403580·x_{n−2} −
 * 810728·x_{n−3}) mod m1} and {@code y_n = (527612·y_{n−1} − 1370589·y_{n−3}) mod m2}, with
 * {@code m1 = 2^32 − 209} and {@code m2 = 2^32 − 22853}, and returns {@code (x_n − y_n) mod m1}
 * scaled by {@code 1/(m1 + 1)} (m1 in place of 0). SSJ computes each residue in doubles with a
 * division by the modulus (about 20 ns a draw on the machines of docs/performance.md, a fifth of
 * the one-block event loop). Here each residue is the same integer by another route: the
 * negative term is made positive by adding a multiple of the modulus ({@code −a·x ≡ a·(m − x)}),
 * the sum (below 2^54) is folded twice by {@code 2^32 ≡ c (mod m)} (c = 209 or 22853) and one
 * conditional subtraction leaves it in [0, m). Residues are unique, so the state and every
 * output equal SSJ's; the combination and its scaling are SSJ's double operations on the same
 * integers.
 *
 * <p>SSJ keeps the stream and substream starts and does the jumps ({@link #resetNextSubstream()}
 * and the others); after each, this class takes SSJ's new state. {@link #getState()} and the
 * {@code toString} forms report this class's state.
 */
final class IntegerMrg32k3a extends MRG32k3a {

  private static final long serialVersionUID = 1L;
  private static final long M1 = Streams.M1;
  private static final long M2 = Streams.M2;
  /** 2^32 mod m1 and 2^32 mod m2. */
  private static final long C1 = (1L << 32) - M1;
  private static final long C2 = (1L << 32) - M2;
  private static final long LOW32 = 0xFFFFFFFFL;
  /** SSJ's scaling constant, 1/(m1 + 1) as a double. */
  private static final double NORM = 2.328306549295728E-10;
  private static final Pattern CURRENT_STATE = Pattern.compile("(Cg = \\{)([^}]*)(\\})");
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  /** The current state: x_{n−3}, x_{n−2}, x_{n−1}, then y_{n−3}, y_{n−2}, y_{n−1}. */
  private long x0;
  private long x1;
  private long x2;
  private long y0;
  private long y1;
  private long y2;

  /** A stream named {@code name}, seeded as SSJ's constructor seeds it (the package chain). */
  IntegerMrg32k3a(String name) {
    super(name);
    load();
  }

  @Override
  public void setSeed(long[] seed) {
    super.setSeed(seed);
    load();
  }

  @Override
  public void resetStartStream() {
    super.resetStartStream();
    load();
  }

  @Override
  public void resetStartSubstream() {
    super.resetStartSubstream();
    load();
  }

  @Override
  public void resetNextSubstream() {
    super.resetNextSubstream();
    load();
  }

  @Override
  public long[] getState() {
    return new long[] {x0, x1, x2, y0, y1, y2};
  }

  @Override
  public String toString() {
    return withCurrentState(super.toString());
  }

  @Override
  public String toStringFull() {
    return withCurrentState(super.toStringFull());
  }

  @Override
  protected double nextValue() {
    long x = 1403580L * x1 + 810728L * (M1 - x0); // < 2^54
    x = (x >>> 32) * C1 + (x & LOW32); // < 2^32 + 2^30
    x = (x >>> 32) * C1 + (x & LOW32); // < 2^32 + C1 = m1 + 2·C1
    if (x >= M1) {
      x -= M1;
    }
    x0 = x1;
    x1 = x2;
    x2 = x;
    long y = 527612L * y2 + 1370589L * (M2 - y0); // < 2^53
    y = (y >>> 32) * C2 + (y & LOW32); // < 2^32 + 2^36
    y = (y >>> 32) * C2 + (y & LOW32); // < 2^32 + 16·C2 < m2 + 17·C2
    if (y >= M2) {
      y -= M2;
    }
    y0 = y1;
    y1 = y2;
    y2 = y;
    return x > y ? (x - y) * NORM : (x - y + M1) * NORM;
  }

  /** Takes SSJ's current state (after it seeded or jumped). */
  private void load() {
    long[] s = super.getState();
    x0 = s[0];
    x1 = s[1];
    x2 = s[2];
    y0 = s[3];
    y1 = s[4];
    y2 = s[5];
  }

  /** SSJ's text with the current state ({@code Cg = {…}}) replaced by this class's. */
  private String withCurrentState(String ssj) {
    Matcher m = CURRENT_STATE.matcher(ssj);
    if (!m.find()) {
      return ssj;
    }
    Matcher n = NUMBER.matcher(m.group(2));
    long[] state = getState();
    StringBuilder inner = new StringBuilder();
    int i = 0;
    while (n.find()) {
      n.appendReplacement(inner, i < state.length ? Long.toString(state[i]) : n.group());
      i++;
    }
    n.appendTail(inner);
    return ssj.substring(0, m.start(2)) + inner + ssj.substring(m.end(2));
  }
}
