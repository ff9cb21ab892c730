package io.fluidedge.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * A bounded sample of antenna positions over the blocks, for the positions plot.
 *
 * <p>Keeps every {@code stride}-th block; when {@link #CAPACITY} samples are held, every other
 * one is dropped and the stride doubles, so memory stays below {@code CAPACITY · 2M} doubles
 * for any run length. The first and the latest block are always available.
 */
public final class Trajectories {

  /** Most samples held. */
  public static final int CAPACITY = 2048;

  private final List<double[]> samples = new ArrayList<>();
  private final List<Double> timesS = new ArrayList<>();
  private double[] last;
  private double lastTimeS;
  private long seen;
  private long stride = 1;

  public void add(double timeS, double[][] positionsM) {
    double[] flat = new double[2 * positionsM.length];
    for (int m = 0; m < positionsM.length; m++) {
      flat[2 * m] = positionsM[m][0];
      flat[2 * m + 1] = positionsM[m][1];
    }
    last = flat;
    lastTimeS = timeS;
    if (seen++ % stride != 0) {
      return;
    }
    samples.add(flat);
    timesS.add(timeS);
    if (samples.size() >= CAPACITY) {
      for (int i = 0, j = 0; i < samples.size(); i += 2, j++) {
        samples.set(j, samples.get(i));
        timesS.set(j, timesS.get(i));
      }
      int keep = (samples.size() + 1) / 2;
      samples.subList(keep, samples.size()).clear();
      timesS.subList(keep, timesS.size()).clear();
      stride *= 2;
    }
  }

  /** Sampled positions in block order, each {@code {x0, y0, x1, y1, ...}} in m, ending with the latest block. */
  public List<double[]> samples() {
    List<double[]> out = new ArrayList<>(samples);
    if (last != null && (out.isEmpty() || out.get(out.size() - 1) != last)) {
      out.add(last);
    }
    return out;
  }

  /** Block start times of {@link #samples()}, s. */
  public List<Double> timesS() {
    List<Double> out = new ArrayList<>(timesS);
    if (last != null && (samples.isEmpty() || samples.get(samples.size() - 1) != last)) {
      out.add(lastTimeS);
    }
    return out;
  }

  public boolean isEmpty() {
    return last == null;
  }
}
