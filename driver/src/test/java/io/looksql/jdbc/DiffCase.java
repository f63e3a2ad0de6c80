package io.looksql.jdbc;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One statement of the differential test ({@link DifferentialTest}): the SQL sent through the
 * driver, what it must do, and the plain SQL written by hand for the emulator's database.
 *
 * <p>In the driver SQL, {@code [view.field]} stands for the quoted column {@code `view.field`}
 * (it keeps the table readable); nothing else is rewritten.
 *
 * @param name unique name (what {@code PENDING} lists)
 * @param kind what the driver must do
 * @param sql SQL through the driver
 * @param params values bound to {@code ?} in both statements (the driver's and the hand SQL)
 * @param hand plain SQL on the emulator's database (null for {@link Kind#REFUSE})
 * @param inOrder whether row order is part of the answer
 * @param refusal text the refusal message must contain ({@link Kind#REFUSE} only)
 * @param sibling name of a valid statement of kind {@link Kind#ANSWER} close to this refused one,
 *     so that a driver that fails everything can't pass ({@link Kind#REFUSE} only)
 */
record DiffCase(String name, Kind kind, String sql, List<Object> params, String hand,
    boolean inOrder, String refusal, String sibling) {

  private static final Pattern FIELD = Pattern.compile("\\[([a-z_]+\\.[a-z_]+)]");

  /** What the driver must do with a statement. */
  enum Kind {
    /** Rows equal to the hand SQL's rows. */
    ANSWER,
    /** An SQLException, at prepare time, whose message contains {@code refusal}. */
    REFUSE,
    /** Rows equal to the hand SQL's rows, or an SQLException; never different rows. */
    EITHER
  }

  /** Returns a statement whose rows must equal the hand SQL's rows (in any order). */
  static DiffCase answer(String name, String sql, String hand) {
    return new DiffCase(name, Kind.ANSWER, fields(sql), List.of(), hand, false, null, null);
  }

  /** Returns a statement that must be refused with a message containing {@code refusal}. */
  static DiffCase refuse(String name, String sql, String refusal, String sibling) {
    return new DiffCase(name, Kind.REFUSE, fields(sql), List.of(), null, false, refusal, sibling);
  }

  /** Returns a statement that must give the hand SQL's rows or be refused. */
  static DiffCase either(String name, String sql, String hand) {
    return new DiffCase(name, Kind.EITHER, fields(sql), List.of(), hand, false, null, null);
  }

  /** Returns this case with row order part of the answer. */
  DiffCase ordered() {
    return new DiffCase(name, kind, sql, params, hand, true, refusal, sibling);
  }

  /** Returns this case with values for the {@code ?} parameters of both statements. */
  DiffCase bind(Object... values) {
    return new DiffCase(name, kind, sql, Arrays.asList(values), hand, inOrder, refusal, sibling);
  }

  private static String fields(String sql) {
    Matcher m = FIELD.matcher(sql);
    return m.replaceAll(r -> Matcher.quoteReplacement("`" + r.group(1) + "`"));
  }

  @Override public String toString() {
    return name;
  }
}
