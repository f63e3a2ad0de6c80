package io.looksql.emulator.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.looksql.emulator.sql.SqlFragment;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Date filters with now = Friday 2018-05-18 18:30:02 and weeks starting on Monday, as in the
 * reference table. Each case states the expected half-open range by hand; rows are checked
 * against a hand-written WHERE over those bounds.
 */
class DateFilterTest {
  private static final FilterContext CONTEXT =
      new FilterContext(LocalDateTime.of(2018, 5, 18, 18, 30, 2), DayOfWeek.MONDAY);
  private static H2Table table;

  @BeforeAll
  static void createTable() throws SQLException {
    String[] times = {"2018-05-18 18:30:02", "2018-05-18 18:30:01", "2018-05-18 18:30:03",
        "2018-05-18 00:00:00", "2018-05-17 23:59:59", "2018-05-17 00:00:00",
        "2018-05-16 00:00:00", "2018-05-15 23:59:59", "2018-05-15 00:00:00",
        "2018-05-14 00:00:00", "2018-05-13 23:59:59", "2018-05-11 00:00:00",
        "2018-05-10 23:59:59", "2018-05-07 00:00:00", "2018-05-06 23:59:59",
        "2018-05-01 00:00:00", "2018-04-30 23:59:59", "2018-04-01 00:00:00",
        "2018-03-31 23:59:59", "2018-01-01 00:00:00", "2017-12-31 23:59:59",
        "2018-05-19 00:00:00", "2018-05-20 23:59:59", "2018-05-21 00:00:00",
        "2018-05-27 23:59:59", "2018-05-28 00:00:00", "2018-06-01 00:00:00",
        "2018-07-01 00:00:00", "2018-05-29 12:00:00", "2018-05-18 12:00:00",
        "2018-05-18 13:59:59", "2018-05-18 14:00:00", "2018-10-01 00:00:00",
        "2018-12-31 23:59:59", "2019-01-01 00:00:00", "2018-05-12 00:00:00", null,
        "2018-05-18 18:29:59", "2018-05-18 17:59:59", "2018-02-01 00:00:00",
        "2018-02-03 00:00:00", "2011-06-01 00:00:00", "2018-05-18 18:30:00"};
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < times.length; i++) {
      String ts = times[i] == null ? "NULL" : "TIMESTAMP '" + times[i] + "'";
      String day = times[i] == null ? "NULL" : "DATE '" + times[i].substring(0, 10) + "'";
      rows.add("(" + (i + 1) + ", " + ts + ", " + day + ")");
    }
    table = new H2Table("CREATE TABLE t(id INT PRIMARY KEY, ts TIMESTAMP, d DATE)",
        "INSERT INTO t VALUES " + String.join(", ", rows));
  }

  @AfterAll
  static void dropTable() throws SQLException {
    table.close();
  }

  private static Arguments range(String expression, String start, String end) {
    return Arguments.of(expression, start, end);
  }

  static Stream<Arguments> referenceTable() {
    return Stream.of(
        range("this month", "2018-05-01 00:00:00", "2018-06-01 00:00:00"),
        range("this year", "2018-01-01 00:00:00", "2019-01-01 00:00:00"),
        range("this week", "2018-05-14 00:00:00", "2018-05-21 00:00:00"),
        range("this quarter", "2018-04-01 00:00:00", "2018-07-01 00:00:00"),
        range("this day", "2018-05-18 00:00:00", "2018-05-19 00:00:00"),
        range("this hour", "2018-05-18 18:00:00", "2018-05-18 19:00:00"),
        range("3 days", "2018-05-16 00:00:00", "2018-05-19 00:00:00"),
        range("2 days", "2018-05-17 00:00:00", "2018-05-19 00:00:00"),
        range("2 hours", "2018-05-18 17:00:00", "2018-05-18 19:00:00"),
        range("3 seconds", "2018-05-18 18:30:00", "2018-05-18 18:30:03"),
        range("last 3 days", "2018-05-16 00:00:00", "2018-05-19 00:00:00"),
        range("3 days ago", "2018-05-15 00:00:00", "2018-05-16 00:00:00"),
        range("1 day ago", "2018-05-17 00:00:00", "2018-05-18 00:00:00"),
        range("7 year ago", "2011-01-01 00:00:00", "2012-01-01 00:00:00"),
        range("7 days ago for 7 days", "2018-05-11 00:00:00", "2018-05-18 00:00:00"),
        range("3 months ago for 2 days", "2018-02-01 00:00:00", "2018-02-03 00:00:00"),
        range("last second", "2018-05-18 18:30:01", "2018-05-18 18:30:02"),
        range("last minute", "2018-05-18 18:29:00", "2018-05-18 18:30:00"),
        range("last hour", "2018-05-18 17:00:00", "2018-05-18 18:00:00"),
        range("last day", "2018-05-17 00:00:00", "2018-05-18 00:00:00"),
        range("last week", "2018-05-07 00:00:00", "2018-05-14 00:00:00"),
        range("last month", "2018-04-01 00:00:00", "2018-05-01 00:00:00"),
        range("last quarter", "2018-01-01 00:00:00", "2018-04-01 00:00:00"),
        range("last year", "2017-01-01 00:00:00", "2018-01-01 00:00:00"),
        range("next day", "2018-05-19 00:00:00", "2018-05-20 00:00:00"),
        range("next week", "2018-05-21 00:00:00", "2018-05-28 00:00:00"),
        range("next month", "2018-06-01 00:00:00", "2018-07-01 00:00:00"),
        range("next quarter", "2018-07-01 00:00:00", "2018-10-01 00:00:00"),
        range("next year", "2019-01-01 00:00:00", "2020-01-01 00:00:00"),
        range("3 days from now", "2018-05-21 00:00:00", "2018-05-22 00:00:00"),
        range("1 week from now for 2 days", "2018-05-21 00:00:00", "2018-05-23 00:00:00"),
        range("before 2018-01-01 12:00:00", null, "2018-01-01 12:00:00"),
        range("after 2018-10-05", "2018-10-05 00:00:00", null),
        range("before 3 days ago", null, "2018-05-15 00:00:00"),
        range("after 1 month ago", "2018-04-01 00:00:00", null),
        range("before 2 months from now", null, "2018-07-01 00:00:00"),
        range("after 2 weeks from now", "2018-05-28 00:00:00", null),
        range("before this day", null, "2018-05-18 00:00:00"),
        range("before this week", null, "2018-05-14 00:00:00"),
        range("before this month", null, "2018-05-01 00:00:00"),
        range("before next day", null, "2018-05-19 00:00:00"),
        range("before next quarter", null, "2018-07-01 00:00:00"),
        range("before next year", null, "2019-01-01 00:00:00"),
        range("before last day", null, "2018-05-17 00:00:00"),
        range("before last week", null, "2018-05-07 00:00:00"),
        range("before last month", null, "2018-04-01 00:00:00"),
        range("after this day", "2018-05-18 00:00:00", null),
        range("after this week", "2018-05-14 00:00:00", null),
        range("after this month", "2018-05-01 00:00:00", null),
        range("after next day", "2018-05-19 00:00:00", null),
        range("after next week", "2018-05-21 00:00:00", null),
        range("after next month", "2018-06-01 00:00:00", null),
        range("after last day", "2018-05-17 00:00:00", null),
        range("after last quarter", "2018-01-01 00:00:00", null),
        range("after last year", "2017-01-01 00:00:00", null),
        range("before today", null, "2018-05-18 00:00:00"),
        range("2018-05-18 12:00:00 to 2018-05-18 14:00:00", "2018-05-18 12:00:00",
            "2018-05-18 14:00:00"),
        range("2018/05/10 for 3 days", "2018-05-10 00:00:00", "2018-05-13 00:00:00"),
        range("2018/05/01 to 2018/05/10", "2018-05-01 00:00:00", "2018-05-10 00:00:00"),
        range("this year to second", "2018-01-01 00:00:00", "2018-05-18 18:30:02"),
        range("this year to day", "2018-01-01 00:00:00", "2018-05-18 00:00:00"),
        range("today", "2018-05-18 00:00:00", "2018-05-19 00:00:00"),
        range("yesterday", "2018-05-17 00:00:00", "2018-05-18 00:00:00"),
        range("tomorrow", "2018-05-19 00:00:00", "2018-05-20 00:00:00"),
        range("Monday", "2018-05-14 00:00:00", "2018-05-15 00:00:00"),
        range("friday", "2018-05-18 00:00:00", "2018-05-19 00:00:00"),
        range("saturday", "2018-05-12 00:00:00", "2018-05-13 00:00:00"),
        range("2018/05/29", "2018-05-29 00:00:00", "2018-05-30 00:00:00"),
        range("2018-05-29", "2018-05-29 00:00:00", "2018-05-30 00:00:00"),
        range("2018/05/29 12:00:00", "2018-05-29 12:00:00", "2018-05-29 12:00:01"),
        range("2018/05/18 18:30", "2018-05-18 18:30:00", "2018-05-18 18:31:00"),
        range("2018/05", "2018-05-01 00:00:00", "2018-06-01 00:00:00"),
        range("2018/05 for 2 months", "2018-05-01 00:00:00", "2018-07-01 00:00:00"),
        range("2018", "2018-01-01 00:00:00", "2019-01-01 00:00:00"),
        range("2018-Q4", "2018-10-01 00:00:00", "2019-01-01 00:00:00"),
        range("2018-q2", "2018-04-01 00:00:00", "2018-07-01 00:00:00"),
        range("TODAY", "2018-05-18 00:00:00", "2018-05-19 00:00:00"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("referenceTable")
  void selectsTheStatedRange(String expression, String start, String end) throws SQLException {
    SqlFragment where = FilterCompiler.compile(FilterType.DATE, expression, "ts", CONTEXT);
    List<Object> bounds = new ArrayList<>();
    List<String> handWritten = new ArrayList<>();
    if (start != null) {
      bounds.add(LocalDateTime.parse(start.replace(' ', 'T')));
      handWritten.add("ts >= TIMESTAMP '" + start + "'");
    }
    if (end != null) {
      bounds.add(LocalDateTime.parse(end.replace(' ', 'T')));
      handWritten.add("ts < TIMESTAMP '" + end + "'");
    }
    assertEquals(bounds, where.params(), where.sql());
    assertEquals(table.idsWhere(String.join(" AND ", handWritten)), table.ids(where));
  }

  private static Set<Integer> ids(Integer... ids) {
    return new TreeSet<>(List.of(ids));
  }

  @Test
  void selectsHandPickedRows() throws SQLException {
    assertEquals(ids(1, 2, 3, 4, 5, 6, 30, 31, 32, 38, 39, 43), rows("2 days", "ts"));
    assertEquals(ids(11, 12, 13, 14, 36), rows("last week", "ts"));
    assertEquals(ids(30, 31), rows("2018-05-18 12:00:00 to 2018-05-18 14:00:00", "ts"));
    assertEquals(ids(37), rows("NULL", "ts"));
    assertEquals(43 - 1, rows("NOT NULL", "ts").size());
    assertEquals(rows("not null", "ts"), rows("-NULL", "ts"));
    assertEquals(ids(1, 2, 3, 4, 8, 9, 30, 31, 32, 38, 39, 43),
        rows("today, 3 days ago", "ts"));
    assertEquals(ids(5, 6), rows("yesterday", "d"));
  }

  @Test
  void worksOnDateColumns() throws SQLException {
    assertEquals(table.idsWhere("d = DATE '2018-05-17'"), rows("yesterday", "d"));
    assertEquals(table.idsWhere("d >= DATE '2018-05-14' AND d < DATE '2018-05-21'"),
        rows("this week", "d"));
  }

  @Test
  void honoursWeekStart() {
    FilterContext sunday = new FilterContext(CONTEXT.now(), DayOfWeek.SUNDAY);
    assertEquals(SqlFragment.of("(ts >= ? AND ts < ?)", LocalDateTime.of(2018, 5, 13, 0, 0),
        LocalDateTime.of(2018, 5, 20, 0, 0)),
        FilterCompiler.compile(FilterType.DATE, "this week", "ts", sunday));
  }

  @Test
  void orsTermsAndTestsNulls() {
    assertEquals(SqlFragment.of("((ts IS NULL) OR (ts >= ? AND ts < ?))",
        LocalDateTime.of(2018, 5, 18, 0, 0), LocalDateTime.of(2018, 5, 19, 0, 0)),
        FilterCompiler.compile(FilterType.DATE, "null, today", "ts", CONTEXT));
  }

  private static Set<Integer> rows(String expression, String column) throws SQLException {
    return table.ids(FilterCompiler.compile(FilterType.DATE, expression, column, CONTEXT));
  }

  static Stream<Arguments> malformed() {
    String units = "an interval (second, minute, hour, day, week, month, quarter or year)";
    return Stream.of(
        Arguments.of("3 dayz", "expected " + units + " but found \"dayz\" at position 2"),
        Arguments.of("3", "expected " + units + " but found end of expression at position 1"),
        Arguments.of("last fiscal year", "fiscal periods are not supported at position 5"),
        Arguments.of("2018/13/01", "invalid date \"2018/13/01\" at position 0"),
        Arguments.of("2018-02-30", "invalid date \"2018-02-30\" at position 0"),
        Arguments.of("today tomorrow", "unexpected \"tomorrow\" at position 6"),
        Arguments.of("before", "expected a date but found end of expression at position 6"),
        Arguments.of("soon", "expected a date but found \"soon\" at position 0"),
        Arguments.of("not today", "expected \"null\" but found \"today\" at position 4"),
        Arguments.of("3 days ago for",
            "expected a whole number but found end of expression at position 14"),
        Arguments.of("3 days from today", "expected \"now\" but found \"today\" at position 12"),
        Arguments.of("today,", "expected a date but found end of expression at position 6"),
        Arguments.of("2018-05-18; drop", "unexpected \";\" at position 10"),
        Arguments.of("2016-1", "unexpected \"2\" at position 0"),
        Arguments.of("99999999999 years ago", "date out of range at position 0"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void rejectsMalformed(String expression, String problem) {
    FilterException e = assertThrows(FilterException.class,
        () -> FilterCompiler.compile(FilterType.DATE, expression, "ts", CONTEXT));
    assertEquals("Invalid date filter \"" + expression + "\": " + problem, e.getMessage());
  }
}
