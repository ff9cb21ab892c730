package io.fluidedge.scenario;

import java.util.List;

/**
 * Bad user input: a scenario, trace, CLI argument or plugin configuration that breaks a rule.
 *
 * <p>The CLI prints {@link #getMessage()} (never a stack trace) and exits with code 2. The message
 * reads {@code file:line:column: field: rule}, leaving out the parts the input does not have
 * (a CLI argument has no line; {@code line} and {@code column} are 1-based, 0 when unknown).
 */
public final class InputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;
  private final String field;
  private final String rule;
  private final List<InputException> more;

  /**
   * @param file   the file at fault, or null (CLI arguments)
   * @param line   1-based line, or 0 when unknown
   * @param column 1-based column, or 0 when unknown
   * @param field  the key, column or option at fault, or null
   * @param rule   what is wrong, in words, with the bad value
   */
  public InputException(String file, int line, int column, String field, String rule) {
    this(file, line, column, field, rule, List.of());
  }

  private InputException(String file, int line, int column, String field, String rule,
      List<InputException> more) {
    super(format(file, line, column, field, rule));
    this.file = file;
    this.line = line;
    this.column = column;
    this.field = field;
    this.rule = rule;
    this.more = List.copyOf(more);
  }

  /**
   * Several errors of one input reported at once: the first, carrying the others
   * ({@link #more()}), in input order.
   *
   * @param errors at least one error
   * @return the first error with the rest attached
   */
  public static InputException all(List<InputException> errors) {
    InputException first = errors.get(0);
    if (errors.size() == 1) {
      return first;
    }
    return new InputException(first.file, first.line, first.column, first.field, first.rule,
        errors.subList(1, errors.size()));
  }

  /** Further errors of the same input found with this one (empty for a single error). */
  public List<InputException> more() {
    return more;
  }

  /** Bad input that is not in a file (CLI arguments). */
  public static InputException argument(String option, String rule) {
    return new InputException(null, 0, 0, option, rule);
  }

  /** The file at fault, or null. */
  public String file() {
    return file;
  }

  /** 1-based line, 0 when unknown. */
  public int line() {
    return line;
  }

  /** 1-based column, 0 when unknown. */
  public int column() {
    return column;
  }

  /** The key, column or option at fault, or null. */
  public String field() {
    return field;
  }

  /** What is wrong, without the location prefix. */
  public String rule() {
    return rule;
  }

  private static String format(String file, int line, int column, String field, String rule) {
    StringBuilder sb = new StringBuilder();
    if (file != null) {
      sb.append(file);
      if (line > 0) {
        sb.append(':').append(line);
        if (column > 0) {
          sb.append(':').append(column);
        }
      }
      sb.append(": ");
    }
    if (field != null && !field.isEmpty()) {
      sb.append(field).append(": ");
    }
    return sb.append(rule).toString();
  }
}
