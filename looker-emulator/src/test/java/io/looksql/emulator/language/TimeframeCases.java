package io.looksql.emulator.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.looksql.emulator.lookml.LookmlFile;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every time timeframe, on a model with Looker's defaults (weeks from Monday) and on one whose
 * weeks start on Sunday with fiscal years from April ({@code fiscal_month_offset: 3}); each
 * datatype. The expected values are java.time's, over the rows read back with plain SQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TimeframeCases {
  private static final List<String> TIMEFRAMES = List.of("raw", "time", "time_of_day", "date",
      "week", "month", "quarter", "year", "hour", "hour6", "minute", "minute15", "second",
      "millisecond", "millisecond100", "microsecond", "day_of_week", "day_of_week_index",
      "day_of_month", "day_of_year", "hour_of_day", "week_of_year", "month_num", "month_name",
      "quarter_of_year", "fiscal_year", "fiscal_quarter", "fiscal_quarter_of_year",
      "fiscal_month_num", "yesno");
  private static final String VIEW = String.format(Locale.ROOT, """
      view: events {
        sql_table_name: lk_events ;;
        dimension: id { primary_key: yes type: number }
        dimension_group: at { type: time sql: ${TABLE}.ts ;; timeframes: [%s] }
        dimension_group: day { type: time datatype: date sql: ${TABLE}.d ;; timeframes: [date, week, month] }
        dimension_group: posted { type: time datatype: epoch sql: ${TABLE}.ep ;; timeframes: [time, date] }
        dimension_group: booked { type: time datatype: yyyymmdd sql: ${TABLE}.ymd ;; timeframes: [date, week, year] }
        dimension_group: seen { type: time datatype: datetime sql: ${TABLE}.ts ;; timeframes: [time] }
        measure: count { type: count }
      }
      """, String.join(", ", TIMEFRAMES));
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

  private LookmlDatabase db;

  /** Returns the JDBC URL of the database to run on. */
  abstract String jdbcUrl();

  @BeforeAll void start() throws Exception {
    List<String> setup = new ArrayList<>(List.of("DROP TABLE IF EXISTS lk_events",
        "CREATE TABLE lk_events (id INTEGER PRIMARY KEY, ts TIMESTAMP, d DATE, ep BIGINT, ymd INTEGER)"));
    String[] times = {"2024-01-01 00:30:15.123456", "2024-03-10 09:59:59.987654",
        "2024-07-03 23:01:02.5", "2023-12-31 23:59:59", "2025-02-16 13:47:31.049",
        "2024-12-29 06:15:00", "2021-01-02 18:00:00"};
    for (int i = 0; i < times.length; i++) {
      LocalDateTime t = LocalDateTime.parse(times[i].replace(' ', 'T'));
      setup.add("INSERT INTO lk_events VALUES (" + i + ", TIMESTAMP '" + times[i] + "', DATE '"
          + t.toLocalDate() + "', " + t.toEpochSecond(java.time.ZoneOffset.UTC) + ", "
          + t.toLocalDate().toString().replace("-", "") + ")");
    }
    setup.add("INSERT INTO lk_events VALUES (99, NULL, NULL, NULL, NULL)");
    db = new LookmlDatabase(jdbcUrl(), setup, "connection: \"lang\"\ninclude: \"*.view.lkml\"\nexplore: events {}\n",
        new LookmlFile("fiscal.model.lkml", "connection: \"lang\"\ninclude: \"*.view.lkml\"\n"
            + "week_start_day: sunday\nfiscal_month_offset: 3\nexplore: events {}\n"),
        new LookmlFile("events.view.lkml", VIEW));
  }

  @AfterAll void stop() {
    db.close();
  }

  @Test void everyTimeframeWithLookerDefaults() throws Exception {
    checkTimeframes("lang", DayOfWeek.MONDAY, 0);
  }

  @Test void weeksFromSundayAndFiscalYearsFromApril() throws Exception {
    checkTimeframes("fiscal", DayOfWeek.SUNDAY, 3);
  }

  private void checkTimeframes(String model, DayOfWeek weekStart, int fiscalOffset) throws Exception {
    Map<Integer, LocalDateTime> times = times();
    StringBuilder fields = new StringBuilder("\"events.id\"");
    TIMEFRAMES.forEach(tf -> fields.append(",\"events.at_").append(tf).append('"'));
    JsonNode rows = db.run("{\"model\":\"" + model + "\",\"view\":\"events\",\"fields\":[" + fields
        + "],\"sorts\":[\"events.id\"]}");
    assertEquals(times.size(), rows.size());
    for (JsonNode row : rows) {
      LocalDateTime t = times.get(row.get("events.id").asInt());
      for (String tf : TIMEFRAMES) {
        String expected = t == null ? (tf.equals("yesno") ? "No" : null) : expected(t, tf, weekStart, fiscalOffset);
        JsonNode actual = row.get("events.at_" + tf);
        assertEquals(expected, actual.isNull() ? null : actual.asText(),
            model + " " + tf + " of " + t);
      }
    }
  }

  @Test void datatypes() throws Exception {
    Map<Integer, LocalDateTime> times = times();
    JsonNode rows = db.run("{\"model\":\"lang\",\"view\":\"events\",\"fields\":[\"events.id\","
        + "\"events.day_date\",\"events.day_week\",\"events.day_month\",\"events.posted_time\","
        + "\"events.posted_date\",\"events.booked_date\",\"events.booked_week\",\"events.booked_year\","
        + "\"events.seen_time\"],\"sorts\":[\"events.id\"]}");
    for (JsonNode row : rows) {
      LocalDateTime t = times.get(row.get("events.id").asInt());
      if (t == null) {
        assertEquals(true, row.get("events.booked_date").isNull());
        continue;
      }
      LocalDate day = t.toLocalDate();
      String week = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
      assertEquals(day.toString(), row.get("events.day_date").asText());
      assertEquals(week, row.get("events.day_week").asText());
      assertEquals(day.toString().substring(0, 7), row.get("events.day_month").asText());
      assertEquals(SECONDS.format(t), row.get("events.posted_time").asText());
      assertEquals(day.toString(), row.get("events.posted_date").asText());
      assertEquals(day.toString(), row.get("events.booked_date").asText());
      assertEquals(week, row.get("events.booked_week").asText());
      assertEquals(String.valueOf(day.getYear()), row.get("events.booked_year").asText());
      assertEquals(SECONDS.format(t), row.get("events.seen_time").asText());
    }
  }

  @Test void aWeekFilterCountsWeeksFromTheWeekStartDay() throws Exception {
    // Sunday 2024-03-10 is in the week of Monday 2024-03-04, but starts the Sunday week of 03-10.
    String query = "{\"model\":\"%s\",\"view\":\"events\",\"fields\":[\"events.count\"],"
        + "\"filters\":{\"events.at_week\":\"2024-03-10 for 1 week\"}}";
    long monday = count("ts >= TIMESTAMP '2024-03-10 00:00:00' AND ts < TIMESTAMP '2024-03-17 00:00:00'");
    assertEquals(monday, db.run(String.format(Locale.ROOT, query, "lang")).get(0).get("events.count").asLong());
    assertEquals(1, monday);
  }

  private long count(String condition) throws Exception {
    return ((Number) db.sql("SELECT COUNT(*) FROM lk_events WHERE " + condition).get(0).get(0)).longValue();
  }

  private Map<Integer, LocalDateTime> times() throws Exception {
    Map<Integer, LocalDateTime> times = new LinkedHashMap<>();
    for (List<Object> row : db.sql("SELECT id, ts FROM lk_events ORDER BY id")) {
      Object ts = row.get(1);
      times.put(((Number) row.get(0)).intValue(),
          (LocalDateTime) ts);
    }
    return times;
  }

  private static String expected(LocalDateTime t, String timeframe, DayOfWeek weekStart, int offset) {
    LocalDate day = t.toLocalDate();
    LocalDateTime fiscal = t.minusMonths(offset);
    Function<LocalDateTime, String> seconds = SECONDS::format;
    int weekIndex = (t.getDayOfWeek().getValue() - weekStart.getValue() + 7) % 7;
    return switch (timeframe) {
      case "raw" -> seconds.apply(t);
      case "time", "second" -> seconds.apply(t.truncatedTo(ChronoUnit.SECONDS));
      case "time_of_day" -> String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
      case "date" -> day.toString();
      case "week" -> day.minusDays(weekIndex).toString();
      case "month" -> day.toString().substring(0, 7);
      case "quarter" -> day.withMonth((day.getMonthValue() - 1) / 3 * 3 + 1).toString().substring(0, 7);
      case "year" -> String.valueOf(t.getYear());
      case "hour" -> seconds.apply(t.truncatedTo(ChronoUnit.HOURS));
      case "hour6" -> seconds.apply(t.truncatedTo(ChronoUnit.DAYS).withHour(t.getHour() / 6 * 6));
      case "minute" -> seconds.apply(t.truncatedTo(ChronoUnit.MINUTES));
      case "minute15" -> seconds.apply(t.truncatedTo(ChronoUnit.HOURS).withMinute(t.getMinute() / 15 * 15));
      case "millisecond" -> DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT).format(t);
      case "millisecond100" -> DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT)
          .format(t.truncatedTo(ChronoUnit.SECONDS).plusNanos(t.getNano() / 100_000_000 * 100_000_000L));
      case "microsecond" -> DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS", Locale.ROOT).format(t);
      case "day_of_week" -> t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      case "day_of_week_index" -> String.valueOf(weekIndex);
      case "day_of_month" -> String.valueOf(t.getDayOfMonth());
      case "day_of_year" -> String.valueOf(t.getDayOfYear());
      case "hour_of_day" -> String.valueOf(t.getHour());
      case "week_of_year" -> {
        LocalDate jan1 = day.withDayOfYear(1);
        int jan1Index = (jan1.getDayOfWeek().getValue() - weekStart.getValue() + 7) % 7;
        yield String.valueOf((t.getDayOfYear() - 1 + jan1Index) / 7 + 1);
      }
      case "month_num" -> String.valueOf(t.getMonthValue());
      case "month_name" -> t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      case "quarter_of_year" -> "Q" + ((t.getMonthValue() - 1) / 3 + 1);
      case "fiscal_year" -> String.valueOf(fiscal.getYear());
      case "fiscal_month_num" -> String.valueOf(fiscal.getMonthValue());
      case "fiscal_quarter_of_year" -> "Q" + ((fiscal.getMonthValue() - 1) / 3 + 1);
      case "fiscal_quarter" -> fiscal.toLocalDate().withDayOfMonth(1)
          .withMonth((fiscal.getMonthValue() - 1) / 3 * 3 + 1).plusMonths(offset).toString().substring(0, 7);
      case "yesno" -> "Yes";
      default -> throw new IllegalArgumentException(timeframe);
    };
  }
}
