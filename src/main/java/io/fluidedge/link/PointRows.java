package io.fluidedge.link;

import io.fluidedge.radio.Channel;
import io.fluidedge.radio.UserChannel;
import java.util.List;

/**
 * Every user's channel row and its derivatives at a fixed list of points, each computed on its
 * first use and then kept: for scoring the same candidate points (a grid over the panel) many
 * times on one channel, as a cold solve's restarts do. The values are those
 * {@link UserChannel#rowWithGradient} gives at the point, so an evaluation that takes them
 * ({@link SchurRates#evaluate(PointRows, int, double[])}) equals one that computes them.
 */
public final class PointRows {

  private static final int PARTS = 6; // re, im, ∂/∂x re, im, ∂/∂y re, im

  private final Channel channel;
  private final UserChannel[] users;
  private final int streams;
  private final double[] xs;
  private final double[] ys;
  private final double[][][] rows;

  /**
   * @param channel the channel (the same object as the states' evaluated with these rows)
   * @param xs      the points' x, m
   * @param ys      the points' y, m (as many as xs)
   */
  public PointRows(Channel channel, double[] xs, double[] ys) {
    if (xs.length != ys.length) {
      throw new IllegalArgumentException("xs and ys differ in length: " + xs.length + ", "
          + ys.length);
    }
    this.channel = channel;
    List<UserChannel> list = channel.users();
    this.users = list.toArray(new UserChannel[0]);
    this.streams = channel.userAntennas();
    this.xs = xs.clone();
    this.ys = ys.clone();
    this.rows = new double[xs.length][][];
  }

  /** Number of points. */
  public int size() {
    return xs.length;
  }

  /** Point p's x, m. */
  public double x(int p) {
    return xs[p];
  }

  /** Point p's y, m. */
  public double y(int p) {
    return ys[p];
  }

  /** Whether these are rows of {@code c}. */
  boolean of(Channel c) {
    return c == channel;
  }

  /** User j's row at point p and its derivatives into the arrays (length N, overwritten). */
  void copy(int p, int j, double[] re, double[] im, double[] dxRe, double[] dxIm, double[] dyRe,
      double[] dyIm) {
    double[][] r = rows[p];
    if (r == null) {
      r = new double[PARTS][users.length * streams];
      for (int u = 0; u < users.length; u++) {
        users[u].rowWithGradient(xs[p], ys[p], r[0], r[1], r[2], r[3], r[4], r[5], u * streams);
      }
      rows[p] = r;
    }
    int at = j * streams;
    System.arraycopy(r[0], at, re, 0, streams);
    System.arraycopy(r[1], at, im, 0, streams);
    System.arraycopy(r[2], at, dxRe, 0, streams);
    System.arraycopy(r[3], at, dxIm, 0, streams);
    System.arraycopy(r[4], at, dyRe, 0, streams);
    System.arraycopy(r[5], at, dyIm, 0, streams);
  }
}
