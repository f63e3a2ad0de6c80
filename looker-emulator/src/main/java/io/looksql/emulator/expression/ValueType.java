package io.looksql.emulator.expression;

/** The type of an expression's value, as Looker's expression language knows it. */
public enum ValueType {
  /** Any number. */
  NUMBER("number"),
  /** Text. */
  STRING("string"),
  /** Yes/no: a SQL boolean condition. */
  YESNO("yes/no"),
  /** A date without a time. */
  DATE("date"),
  /** A date with a time. */
  DATE_TIME("date_time"),
  /** The {@code null} literal, which takes the type of whatever it meets. */
  NULL("null");

  private final String label;

  ValueType(String label) {
    this.label = label;
  }

  /** Returns the type's name in error messages. */
  public String label() {
    return label;
  }

  /** Returns whether values of this type are points in time. */
  public boolean isTemporal() {
    return this == DATE || this == DATE_TIME;
  }
}
