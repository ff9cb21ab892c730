package io.fluidedge.traffic;

import io.fluidedge.scenario.InputException;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Splits a character stream into CSV records, one at a time, reusing its buffers.
 *
 * <p>RFC 4180 quoting: a field that starts with {@code "} runs to the matching {@code "}, may hold
 * commas and line breaks, and {@code ""} inside it stands for one quote; a quote elsewhere is kept
 * literally. Records end at LF, CRLF or a lone CR. A leading UTF-8 byte order mark is dropped.
 * Blank lines are skipped. The current record's fields live in one reused char array; the
 * per-record path allocates nothing unless a number needs the slow parse.
 */
final class CsvScanner implements Closeable {

  /** Longest record accepted, chars; longer ones are taken for binary data. */
  static final int MAX_RECORD_CHARS = 1 << 20;

  private static final double TWO_53 = 9007199254740992.0;
  private static final double[] POW10 = {
      1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
      1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

  private final Reader in;
  private final String file;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int lim;
  private boolean started;
  private int line;

  private char[] rec = new char[256];
  private int recLen;
  private int[] start = new int[16];
  private int[] end = new int[16];
  private int fields;
  private boolean anyQuote;
  private int recordLine;

  private final boolean fast;

  CsvScanner(Reader in, String file) {
    this(in, file, true);
  }

  /** With {@code fast} false every record goes through the char-by-char loop (for tests). */
  CsvScanner(Reader in, String file, boolean fast) {
    this.in = in;
    this.file = file;
    this.fast = fast;
  }

  /**
   * Reads the next non-blank record.
   *
   * @return false at the end of the input
   * @throws InputException for an unterminated quote or an over-long record
   */
  boolean next() throws IOException {
    while (readRecord()) {
      if (!isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** 1-based line on which the current record starts. */
  int line() {
    return recordLine;
  }

  /** Fields in the current record. */
  int fields() {
    return fields;
  }

  /** Field i (0-based) of the current record, trimmed of spaces and tabs. */
  String text(int i) {
    int s = start[i];
    int e = end[i];
    while (s < e && isSpace(rec[s])) {
      s++;
    }
    while (e > s && isSpace(rec[e - 1])) {
      e--;
    }
    return new String(rec, s, e - s);
  }

  /** True when the current record holds NUL, other control characters or undecodable bytes. */
  boolean looksBinary() {
    for (int i = 0; i < recLen; i++) {
      char c = rec[i];
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFD' || c == 0x7F) {
        return true;
      }
    }
    return false;
  }

  /**
   * Parses field i (0-based) as a finite decimal number: optional sign, digits with an optional
   * point, optional exponent; surrounding spaces and tabs are ignored. Correctly rounded: the
   * exact fast path (mantissa &le; 2^53, |exponent| &le; 22: one exact multiply or divide,
   * Clinger 1990) covers typical trace values, anything else goes to Double.parseDouble.
   *
   * @param name the column name for the error message
   * @throws InputException naming this record's line and the 1-based column i + 1
   */
  double number(int i, String name) {
    int s = start[i];
    int e = end[i];
    while (s < e && isSpace(rec[s])) {
      s++;
    }
    while (e > s && isSpace(rec[e - 1])) {
      e--;
    }
    if (s == e) {
      throw error(i, name, "empty value");
    }
    int p = s;
    boolean negative = false;
    if (rec[p] == '+' || rec[p] == '-') {
      negative = rec[p] == '-';
      p++;
    }
    long mantissa = 0;
    boolean exact = true;
    boolean digits = false;
    int exponent = 0;
    for (; p < e && isDigit(rec[p]); p++) {
      digits = true;
      if (mantissa < 900_719_925_474_099L) {
        mantissa = mantissa * 10 + (rec[p] - '0');
      } else {
        exact = false;
      }
    }
    if (p < e && rec[p] == '.') {
      for (p++; p < e && isDigit(rec[p]); p++) {
        digits = true;
        if (mantissa < 900_719_925_474_099L) {
          mantissa = mantissa * 10 + (rec[p] - '0');
          exponent--;
        } else {
          exact = false;
        }
      }
    }
    if (digits && p < e && (rec[p] == 'e' || rec[p] == 'E')) {
      p++;
      int sign = 1;
      if (p < e && (rec[p] == '+' || rec[p] == '-')) {
        sign = rec[p] == '-' ? -1 : 1;
        p++;
      }
      int value = 0;
      boolean expDigits = false;
      for (; p < e && isDigit(rec[p]); p++) {
        expDigits = true;
        value = Math.min(value * 10 + (rec[p] - '0'), 100_000);
      }
      if (!expDigits) {
        digits = false;
      }
      exponent += sign * value;
    }
    if (!digits || p != e) {
      String t = new String(rec, s, e - s).toLowerCase(java.util.Locale.ROOT);
      if (t.matches("[+-]?(nan|inf|infinity)")) {
        throw error(i, name, "must be finite: " + t);
      }
      throw error(i, name, "not a number: '" + shown(rec, s, e) + "'");
    }
    double v;
    if (mantissa == 0 && exact) {
      v = 0.0;
    } else if (exact && mantissa <= TWO_53 && exponent >= -22 && exponent <= 22) {
      v = exponent >= 0 ? mantissa * POW10[exponent] : mantissa / POW10[-exponent];
    } else {
      v = Math.abs(Double.parseDouble(new String(rec, s, e - s)));
    }
    if (Double.isInfinite(v)) {
      throw error(i, name, "must be finite: " + shown(rec, s, e));
    }
    return negative ? -v : v;
  }

  /** An error on field i (0-based) of the current record. */
  InputException error(int i, String name, String rule) {
    return new InputException(file, recordLine, i + 1, name, rule);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** A field's text fit for an error message: at most 40 chars, control characters as '?'. */
  static String shown(char[] a, int s, int e) {
    StringBuilder sb = new StringBuilder();
    for (int i = s; i < e && sb.length() < 40; i++) {
      char c = a[i];
      sb.append(c < 0x20 || c == 0x7F || c == '\uFFFD' ? '?' : c);
    }
    if (e - s > 40) {
      sb.append("...");
    }
    return sb.toString();
  }

  /** {@link #shown(char[], int, int)} for a string. */
  static String shown(String s) {
    return shown(s.toCharArray(), 0, s.length());
  }

  private boolean isBlank() {
    if (fields != 1 || anyQuote) {
      return false;
    }
    for (int i = 0; i < recLen; i++) {
      if (!isSpace(rec[i])) {
        return false;
      }
    }
    return true;
  }

  private boolean readRecord() throws IOException {
    recLen = 0;
    fields = 0;
    start[0] = 0;
    anyQuote = false;
    recordLine = line + 1;
    if (fast && unquotedLine()) {
      return true;
    }
    int c = read();
    if (c < 0) {
      return false;
    }
    boolean quoted = false;
    for (; ; c = read()) {
      if (c < 0) {
        if (quoted) {
          throw new InputException(file, recordLine, fields + 1, null,
              "unterminated quoted field");
        }
        endField();
        return true;
      }
      char ch = (char) c;
      if (quoted) {
        if (ch == '"') {
          if (peek() == '"') {
            pos++;
            append('"');
          } else {
            quoted = false;
          }
        } else {
          if (ch == '\n' || (ch == '\r' && peek() != '\n')) {
            line++;
          }
          append(ch);
        }
      } else if (ch == ',') {
        endField();
      } else if (ch == '\n') {
        line++;
        endField();
        return true;
      } else if (ch == '\r') {
        if (peek() == '\n') {
          pos++;
        }
        line++;
        endField();
        return true;
      } else if (ch == '"' && recLen == start[fields]) {
        quoted = true;
        anyQuote = true;
      } else {
        append(ch);
      }
    }
  }

  /**
   * The common record, taken whole from the buffer: one that ends with LF within the buffer and
   * holds no quote or CR. Its fields are split at the commas and its chars copied at once; the
   * same fields, line count and position as the char-by-char loop below gives it. False (and
   * nothing read) for any other record, which that loop then reads.
   */
  private boolean unquotedLine() {
    int p = pos;
    int from = p;
    int limit = lim;
    char[] b = buf;
    while (p < limit) {
      char ch = b[p];
      if (ch == '\n') {
        break;
      }
      if (ch == ',') {
        endField(p - from);
        start[fields]++;
      } else if (ch == '"' || ch == '\r') {
        break;
      }
      p++;
    }
    if (p == limit || b[p] != '\n') {
      fields = 0;
      start[0] = 0;
      return false;
    }
    int n = p - from;
    if (n > rec.length) {
      rec = java.util.Arrays.copyOf(rec, Math.max(n, 2 * rec.length));
    }
    System.arraycopy(b, from, rec, 0, n);
    recLen = n;
    endField(n);
    line++;
    pos = p + 1;
    return true;
  }

  private void append(char c) {
    if (recLen == rec.length) {
      if (recLen >= MAX_RECORD_CHARS) {
        throw new InputException(file, recordLine, fields + 1, null,
            "record longer than " + MAX_RECORD_CHARS + " characters (binary data?)");
      }
      rec = java.util.Arrays.copyOf(rec, Math.min(2 * rec.length, MAX_RECORD_CHARS));
    }
    rec[recLen++] = c;
  }

  private void endField() {
    endField(recLen);
  }

  /** Ends the current field at {@code at} (exclusive); the next one starts there. */
  private void endField(int at) {
    end[fields] = at;
    fields++;
    if (fields == start.length) {
      start = java.util.Arrays.copyOf(start, 2 * fields);
      end = java.util.Arrays.copyOf(end, 2 * fields);
    }
    start[fields] = at;
  }

  private int read() throws IOException {
    if (pos == lim && !fill()) {
      return -1;
    }
    return buf[pos++];
  }

  private int peek() throws IOException {
    if (pos == lim && !fill()) {
      return -1;
    }
    return buf[pos];
  }

  private boolean fill() throws IOException {
    int n;
    do {
      n = in.read(buf, 0, buf.length);
    } while (n == 0);
    if (n < 0) {
      return false;
    }
    pos = 0;
    lim = n;
    if (!started) {
      started = true;
      if (buf[0] == '\uFEFF') {
        pos = 1;
        return pos < lim || fill();
      }
    }
    return true;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
