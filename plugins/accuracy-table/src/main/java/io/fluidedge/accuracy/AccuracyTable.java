package io.fluidedge.accuracy;

import io.fluidedge.inference.AccuracyMetric;
import io.fluidedge.inference.AccuracyModel;
import io.fluidedge.scenario.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Accuracy as a function of the feature bits, from a table: listed bit counts give their value,
 * bit counts between two listed ones are interpolated linearly, and bit counts outside the table
 * take the value at its nearest end (a saturating curve stays flat).
 *
 * <p>The table file is CSV with a header row naming at least the bits and the accuracy columns
 * (other columns are ignored); lines that are blank or start with {@code #} are skipped. Bits are
 * integers in 1..32 listed in increasing order; accuracies are finite and non-decreasing in the
 * bits (the bits block assumes more precision never hurts). Units are the table's, named by its
 * {@link #metric()}: the scenario's {@code model.sensitivity} is then in seconds per those units.
 */
public final class AccuracyTable implements AccuracyModel {

  private final double[] byBits = new double[33];
  private final int[] bits;
  private final double[] values;
  private final AccuracyMetric metric;

  /**
   * A table from its points, its metric a unitless "accuracy" (see {@link #withMetric}).
   *
   * @param bits   listed bit counts, increasing, in 1..32
   * @param values accuracy at each, finite, non-decreasing
   */
  public AccuracyTable(int[] bits, double[] values) {
    this(bits, values, AccuracyMetric.UNNAMED);
  }

  /**
   * A table from its points and what they measure.
   *
   * @param bits   listed bit counts, increasing, in 1..32
   * @param values accuracy at each, finite, non-decreasing
   * @param metric the metric and unit of the values
   */
  public AccuracyTable(int[] bits, double[] values, AccuracyMetric metric) {
    this.metric = Objects.requireNonNull(metric, "metric");
    if (bits.length == 0 || bits.length != values.length) {
      throw new IllegalArgumentException("need one accuracy per bit count, at least one: "
          + bits.length + " bit counts, " + values.length + " accuracies");
    }
    this.bits = bits.clone();
    this.values = values.clone();
    for (int i = 0; i < bits.length; i++) {
      if (bits[i] < 1 || bits[i] > 32 || i > 0 && bits[i] <= bits[i - 1]) {
        throw new IllegalArgumentException("bits must increase within 1..32: "
            + Arrays.toString(bits));
      }
      if (!Double.isFinite(values[i]) || i > 0 && values[i] < values[i - 1]) {
        throw new IllegalArgumentException("accuracies must be finite and non-decreasing: "
            + Arrays.toString(values));
      }
    }
    for (int b = 1; b <= 32; b++) {
      byBits[b] = interpolate(b);
    }
  }

  private double interpolate(int b) {
    if (b <= bits[0]) {
      return values[0];
    }
    for (int i = 1; i < bits.length; i++) {
      if (b <= bits[i]) {
        double t = (double) (b - bits[i - 1]) / (bits[i] - bits[i - 1]);
        return values[i - 1] + t * (values[i] - values[i - 1]);
      }
    }
    return values[values.length - 1];
  }

  /** Accuracy at b bits (b in 1..32), in the table's units. */
  @Override
  public double accuracy(int b) {
    if (b < 1 || b > 32) {
      throw new IllegalArgumentException("bits must be in 1..32: " + b);
    }
    return byBits[b];
  }

  /** What the table's values measure, and their unit. */
  @Override
  public AccuracyMetric metric() {
    return metric;
  }

  /**
   * The same points, said to measure {@code m}.
   *
   * @param m the metric and unit of the accuracy column
   * @return a new table
   */
  public AccuracyTable withMetric(AccuracyMetric m) {
    return new AccuracyTable(bits, values, m);
  }

  /** The listed bit counts (a copy). */
  public int[] bits() {
    return bits.clone();
  }

  /**
   * Reads a table file.
   *
   * @param file           the CSV file
   * @param bitsColumn     header name of the bits column
   * @param accuracyColumn header name of the accuracy column
   * @throws InputException naming the file, line and column of the first problem
   */
  public static AccuracyTable read(Path file, String bitsColumn, String accuracyColumn) {
    String name = file.toString();
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputException(name, 0, 0, null, "no such file");
    } catch (IOException e) {
      throw new InputException(name, 0, 0, null, "cannot read: " + e.getMessage());
    }
    int bitsAt = -1;
    int accuracyAt = -1;
    int headerLine = 0;
    List<Integer> bitList = new ArrayList<>();
    List<Double> valueList = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split(",", -1);
      if (headerLine == 0) {
        headerLine = i + 1;
        for (int c = 0; c < cells.length; c++) {
          String h = cells[c].strip();
          if (h.equals(bitsColumn)) {
            bitsAt = c;
          } else if (h.equals(accuracyColumn)) {
            accuracyAt = c;
          }
        }
        if (bitsAt < 0 || accuracyAt < 0) {
          throw new InputException(name, i + 1, 1, null, "header needs the columns '"
              + bitsColumn + "' and '" + accuracyColumn + "', got '" + line + "'");
        }
        continue;
      }
      int bits = integer(name, i + 1, cells, bitsAt, bitsColumn);
      double value = number(name, i + 1, cells, accuracyAt, accuracyColumn);
      if (bits < 1 || bits > 32) {
        throw new InputException(name, i + 1, column(cells, bitsAt), bitsColumn,
            "must be in 1..32, got " + bits);
      }
      if (!bitList.isEmpty() && bits <= bitList.get(bitList.size() - 1)) {
        throw new InputException(name, i + 1, column(cells, bitsAt), bitsColumn,
            "bits must increase from row to row, got " + bits + " after "
                + bitList.get(bitList.size() - 1));
      }
      if (!valueList.isEmpty() && value < valueList.get(valueList.size() - 1)) {
        throw new InputException(name, i + 1, column(cells, accuracyAt), accuracyColumn,
            "accuracy must not decrease with more bits, got " + value + " after "
                + valueList.get(valueList.size() - 1));
      }
      bitList.add(bits);
      valueList.add(value);
    }
    if (bitList.isEmpty()) {
      throw new InputException(name, 0, 0, null, headerLine == 0 ? "empty: need a header and "
          + "at least one row" : "no rows after the header");
    }
    return new AccuracyTable(bitList.stream().mapToInt(Integer::intValue).toArray(),
        valueList.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** 1-based character column of cell {@code c}. */
  private static int column(String[] cells, int c) {
    int col = 1;
    for (int i = 0; i < c; i++) {
      col += cells[i].length() + 1;
    }
    return col;
  }

  private static String cell(String file, int line, String[] cells, int c, String field) {
    if (c >= cells.length) {
      throw new InputException(file, line, 0, field, "missing value");
    }
    return cells[c].strip();
  }

  private static int integer(String file, int line, String[] cells, int c, String field) {
    String text = cell(file, line, cells, c, field);
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new InputException(file, line, column(cells, c), field,
          "expected a whole number of bits, got '" + text + "'");
    }
  }

  private static double number(String file, int line, String[] cells, int c, String field) {
    String text = cell(file, line, cells, c, field);
    try {
      double v = Double.parseDouble(text);
      if (Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InputException(file, line, column(cells, c), field,
        "expected a finite number, got '" + text + "'");
  }
}
