package io.looksql.emulator.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of SQL with the values of its {@code ?} parameters, in order.
 *
 * <p>Values that came from a user (filter values, literals) always travel as parameters, never
 * inside {@link #sql()}.
 *
 * @param sql SQL text with {@code ?} placeholders
 * @param params parameter values: String, Long, BigDecimal, Double, Boolean, LocalDate,
 *     LocalDateTime
 */
public record SqlFragment(String sql, List<Object> params) {
  /** Fragment that is always true, with no parameters. */
  public static final SqlFragment TRUE = new SqlFragment("1=1", List.of());

  /** Creates a SqlFragment, copying the parameter list. */
  public SqlFragment {
    params = List.copyOf(new ArrayList<>(params));
  }

  /** Returns a fragment of plain SQL text without parameters. */
  public static SqlFragment of(String sql) {
    return new SqlFragment(sql, List.of());
  }

  /** Returns a fragment of SQL text with the given parameters. */
  public static SqlFragment of(String sql, Object... params) {
    return new SqlFragment(sql, java.util.Arrays.asList(params));
  }
}
