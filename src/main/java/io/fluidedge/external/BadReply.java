package io.fluidedge.external;

/** An agent's reply that breaks the message format: the field at fault and the rule broken. */
final class BadReply extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;

  /**
   * @param field the field at fault, e.g. {@code bits[2]}
   * @param rule  what is wrong, with the bad value
   */
  BadReply(String field, String rule) {
    super(rule);
    this.field = field;
  }

  /** The field at fault. */
  String field() {
    return field;
  }
}
