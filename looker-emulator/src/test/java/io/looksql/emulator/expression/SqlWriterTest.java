package io.looksql.emulator.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.looksql.emulator.sql.SqlFragment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Writes expressions as SQL over fields of known types; checks the SQL, its parameters and type errors. */
class SqlWriterTest {
  private static final LocalDateTime NOW = LocalDateTime.of(2024, 3, 15, 10, 30, 15, 123_000_000);
  private static final Map<String, ValueType> FIELDS = Map.of(
      "t.n", ValueType.NUMBER, "t.s", ValueType.STRING, "t.b", ValueType.YESNO,
      "t.d", ValueType.DATE, "t.ts", ValueType.DATE_TIME);

  private static Operand write(String text) {
    return Expression.parse(text).toSql(ref -> {
      ValueType type = FIELDS.get(ref.name());
      if (type == null) {
        throw new ExpressionException("Unknown field ${" + ref.name() + "}", ref.position());
      }
      return new Operand(SqlFragment.of(ref.name()), type);
    }, NOW);
  }

  @Test
  void literalsAreParameters() {
    Operand o = write("${t.s} = \"x' OR 1=1 --\" AND ${t.n} > 2.5 AND ${t.n} < 10 AND ${t.d} = date(2024, 1, 31)");
    assertEquals("((((t.s = CAST(? AS VARCHAR)) AND (t.n > CAST(? AS DOUBLE PRECISION)))"
        + " AND (t.n < CAST(? AS BIGINT))) AND (t.d = CAST(? AS DATE)))", o.sql().sql());
    assertEquals(List.of("x' OR 1=1 --", new BigDecimal("2.5"), 10L, LocalDate.of(2024, 1, 31)),
        o.sql().params());
    assertEquals(ValueType.YESNO, o.type());
  }

  @Test
  void likePatternsEscapeWildcardsAndTheEscapeCharacter() {
    Operand o = write("contains(${t.s}, \"5%_!\") OR starts_with(${t.s}, \"a\\\\b\") OR ends_with(${t.s}, \"'\")");
    assertEquals("(((t.s LIKE ? ESCAPE '!') OR (t.s LIKE ? ESCAPE '!')) OR (t.s LIKE ? ESCAPE '!'))",
        o.sql().sql());
    assertEquals(List.of("%5!%!_!!%", "a\\b%", "%'"), o.sql().params());
  }

  @Test
  void likeWithComputedNeedleEscapesInSql() {
    Operand o = write("starts_with(${t.s}, ${t.s})");
    assertEquals("(t.s LIKE (REPLACE(REPLACE(REPLACE(t.s, '!', '!!'), '%', '!%'), '_', '!_') || '%')"
        + " ESCAPE '!')", o.sql().sql());
  }

  @Test
  void divisionIsFloatingAndNullOnZero() {
    assertEquals("(CAST(t.n AS DOUBLE PRECISION) / NULLIF(CAST(? AS BIGINT), 0))", write("${t.n} / 2").sql().sql());
  }

  @Test
  void nullComparisonsAreNullTests() {
    assertEquals("((t.s IS NULL) AND (t.n IS NOT NULL))", write("${t.s} = null and null <> ${t.n}").sql().sql());
  }

  @Test
  void datesMeetDateTimesAtMidnight() {
    Operand o = write("${t.ts} >= ${t.d} and ${t.ts} < now()");
    assertEquals("((t.ts >= CAST(t.d AS TIMESTAMP)) AND (t.ts < CAST(? AS TIMESTAMP)))", o.sql().sql());
    assertEquals(List.of(LocalDateTime.of(2024, 3, 15, 10, 30, 15)), o.sql().params());
  }

  @Test
  void typesOfResults() {
    assertEquals(ValueType.NUMBER, write("-${t.n} * 2").type());
    assertEquals(ValueType.STRING, write("coalesce(${t.s}, \"none\")").type());
    assertEquals(ValueType.STRING, write("if(${t.b}, null, ${t.s})").type());
    assertEquals(ValueType.DATE_TIME, write("if(${t.b}, ${t.d}, ${t.ts})").type());
    assertEquals(ValueType.DATE, write("coalesce(${t.d}, date(2000, 1, 1))").type());
    assertEquals(ValueType.YESNO, write("not ${t.b}").type());
    assertEquals(ValueType.NULL, write("null").type());
  }

  @Test
  void negationNeverMakesAComment() {
    assertEquals("(- (- CAST(? AS BIGINT)))", write("- -1").sql().sql());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "${t.n} AND yes|AND needs a yes/no, not a number at position 0",
      "yes OR \"x\"|OR needs a yes/no, not a string at position 7",
      "NOT ${t.s}|NOT needs a yes/no, not a string at position 4",
      "-${t.s} = 1|Unary - needs a number, not a string at position 1",
      "${t.n} + \"1\" = 2|Operator + needs a number, not a string at position 9",
      "${t.n} = \"1\"|Operator = needs values of one type, not a number and a string at position 7",
      "${t.d} > 3|Operator > needs values of one type, not a date and a number at position 7",
      "${t.b} < yes|Operator < can't order yes/no values; use = or != at position 7",
      "${t.n} > null|Operator > can't compare with null; use = or != at position 7",
      "contains(${t.n}, \"1\")|Function contains (argument 1) needs a string, not a number at position 9",
      "ends_with(${t.s}, 1)|Function ends_with (argument 2) needs a string, not a number at position 18",
      "if(${t.n}, 1, 2) = 1|Function if (argument 1) needs a yes/no, not a number at position 3",
      "if(${t.b}, 1, \"2\") = 1|Function if needs values of one type, not a number and a string at position 0",
      "coalesce(${t.s}, ${t.n}, ${t.b})|Function coalesce needs values of one type, not a string and a number and a yes/no at position 0",
      "date(2024, 2, 30) = ${t.d}|Invalid date: Invalid date 'FEBRUARY 30' at position 0",
      "date(2024, 1.5, 3) = ${t.d}|Function date needs whole-number literals as arguments at position 11",
      "date(${t.n}, 1, 3) = ${t.d}|Function date needs whole-number literals as arguments at position 5",
      "date_time(2024, 1, 1, 24, 0, 0) = ${t.ts}|Invalid date_time: Invalid value for HourOfDay (valid values 0 - 23): 24 at position 0",
      "${t.x} = 1|Unknown field ${t.x} at position 0",
  })
  void rejects(String text, String message) {
    ExpressionException e = assertThrows(ExpressionException.class, () -> write(text));
    assertEquals(message, e.getMessage());
  }
}
