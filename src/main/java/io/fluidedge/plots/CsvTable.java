package io.fluidedge.plots;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A small CSV file read whole, for redrawing figures from a folder's outputs: a header row and
 * rows of fields (RFC 4180 quoting, as {@code Formats.csvField} writes it). Empty fields read
 * as NaN by {@link #number}.
 *
 * @param file   where it was read from (error messages), or a name
 * @param header the column names
 * @param rows   the data rows, each as long as the header
 */
public record CsvTable(String file, List<String> header, List<List<String>> rows) {

  public CsvTable {
    header = List.copyOf(header);
    rows = Collections.unmodifiableList(new ArrayList<>(rows));
  }

  /**
   * Reads a CSV file.
   *
   * @param file the file
   * @return the table
   * @throws IOException              if it cannot be read
   * @throws IllegalArgumentException if it is empty or a row's length differs from the header's
   */
  public static CsvTable read(Path file) throws IOException {
    return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
  }

  /**
   * Parses CSV text.
   *
   * @param name the file's name, for messages
   * @param text the text
   * @return the table
   * @throws IllegalArgumentException if it is empty or a row's length differs from the header's
   */
  public static CsvTable parse(String name, String text) {
    List<List<String>> lines = new ArrayList<>();
    for (String line : text.split("\r?\n")) {
      if (!line.isEmpty()) {
        lines.add(fields(line));
      }
    }
    if (lines.isEmpty()) {
      throw new IllegalArgumentException(name + ": empty file, expected a header row");
    }
    List<String> header = lines.get(0);
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).size() != header.size()) {
        throw new IllegalArgumentException(name + ":" + (i + 1) + ": " + lines.get(i).size()
            + " fields, the header has " + header.size());
      }
    }
    return new CsvTable(name, header, lines.subList(1, lines.size()));
  }

  private static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    out.add(field.toString());
    return out;
  }

  /**
   * The index of a column.
   *
   * @param name the column
   * @return its index
   * @throws IllegalArgumentException naming the file and the column when it is missing
   */
  public int column(String name) {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException(file + ": missing column '" + name + "'");
    }
    return i;
  }

  /** Whether the table has a column. */
  public boolean has(String name) {
    return header.contains(name);
  }

  /** Row {@code row}'s field in column {@code name}. */
  public String text(int row, String name) {
    return rows.get(row).get(column(name));
  }

  /**
   * Row {@code row}'s field in column {@code name} as a number; empty reads as NaN.
   *
   * @throws IllegalArgumentException naming file, line and column when it is not a number
   */
  public double number(int row, String name) {
    String s = text(row, name);
    if (s.isEmpty()) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(file + ":" + (row + 2) + ": column '" + name
          + "' is not a number: '" + s + "'");
    }
  }

  /** Number of data rows. */
  public int size() {
    return rows.size();
  }
}
