package io.looksql.emulator.expression;

import java.util.Locale;

/** The functions the expression language offers, with how many arguments each takes. */
public enum BuiltinFunction {
  /** {@code is_null(x)}: whether x is null. */
  IS_NULL(1, 1),
  /** {@code contains(s, t)}: whether string s contains t. */
  CONTAINS(2, 2),
  /** {@code starts_with(s, t)}: whether string s starts with t. */
  STARTS_WITH(2, 2),
  /** {@code ends_with(s, t)}: whether string s ends with t. */
  ENDS_WITH(2, 2),
  /** {@code if(c, a, b)}: a when c is yes, else b. */
  IF(3, 3),
  /** {@code coalesce(a, b, ...)}: the first argument that is not null. */
  COALESCE(1, Integer.MAX_VALUE),
  /** {@code date(year, month, day)}: a date. */
  DATE(3, 3),
  /** {@code date_time(year, month, day, hour, minute, second)}: a point in time. */
  DATE_TIME(6, 6),
  /** {@code now()}: the current time in the query time zone. */
  NOW(0, 0);

  private final int minArgs;
  private final int maxArgs;

  BuiltinFunction(int minArgs, int maxArgs) {
    this.minArgs = minArgs;
    this.maxArgs = maxArgs;
  }

  /** Returns the function's name as written in expressions. */
  public String functionName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns whether the function accepts {@code n} arguments. */
  boolean accepts(int n) {
    return n >= minArgs && n <= maxArgs;
  }

  /** Returns a description of the argument count, e.g. {@code 2 arguments}. */
  String arity() {
    if (maxArgs == Integer.MAX_VALUE) {
      return "at least " + minArgs + (minArgs == 1 ? " argument" : " arguments");
    }
    return minArgs == 0 ? "no arguments" : minArgs + (minArgs == 1 ? " argument" : " arguments");
  }

  /** Returns the function named {@code name} (case-insensitive), or null. */
  static BuiltinFunction named(String name) {
    for (BuiltinFunction f : values()) {
      if (f.functionName().equalsIgnoreCase(name)) {
        return f;
      }
    }
    return null;
  }
}
