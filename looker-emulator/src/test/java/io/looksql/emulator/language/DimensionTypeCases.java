package io.looksql.emulator.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Dimension types that compute their values: location, distance, duration dimension groups, bin,
 * case (with else, sorted in declaration order), date_* and zipcode. Expected values come from
 * the rows read back with plain SQL, computed here (java.time for durations, the haversine
 * formula and known city distances for distances).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DimensionTypeCases {
  private static final String MODEL = """
      connection: "lang"
      explore: trips {}
      view: trips {
        sql_table_name: lk_trips ;;
        dimension: id { primary_key: yes type: number }
        dimension: origin { type: location sql_latitude: ${TABLE}.from_lat ;; sql_longitude: ${TABLE}.from_lon ;; }
        dimension: destination { type: location sql_latitude: ${TABLE}.to_lat ;; sql_longitude: ${TABLE}.to_lon ;; }
        dimension: km { type: distance start_location_field: origin end_location_field: trips.destination units: kilometers }
        dimension: miles { type: distance start_location_field: origin end_location_field: destination units: miles }
        dimension_group: trip {
          type: duration
          sql_start: ${TABLE}.started ;;
          sql_end: ${TABLE}.ended ;;
          intervals: [second, minute, hour, day, week, month, quarter, year]
        }
        dimension: score_bin { type: bin bins: [0, 10, 20] style: integer sql: ${TABLE}.score ;; }
        dimension: score_tier { type: tier tiers: [0, 10, 20] style: integer sql: ${TABLE}.score ;; }
        dimension: size {
          case: {
            when: { sql: ${TABLE}.score < 10 ;; label: "small" }
            when: { sql: ${TABLE}.score < 20 ;; label: "medium" }
            else: "large"
          }
        }
        dimension: start_month { type: date_month sql: ${TABLE}.started ;; }
        dimension: start_day_of_week { type: date_day_of_week sql: ${TABLE}.started ;; }
        dimension: zip { type: zipcode sql: ${TABLE}.zip ;; }
        measure: count { type: count }
      }
      """;

  private LookmlDatabase db;

  /** Returns the JDBC URL of the database to run on. */
  abstract String jdbcUrl();

  @BeforeAll void start() throws Exception {
    List<String> setup = new ArrayList<>(List.of("DROP TABLE IF EXISTS lk_trips",
        "CREATE TABLE lk_trips (id INTEGER PRIMARY KEY, started TIMESTAMP, ended TIMESTAMP,"
            + " from_lat DOUBLE PRECISION, from_lon DOUBLE PRECISION, to_lat DOUBLE PRECISION,"
            + " to_lon DOUBLE PRECISION, score INTEGER, zip VARCHAR(10))",
        // London to Paris, about 343.5 km.
        "INSERT INTO lk_trips VALUES (1, TIMESTAMP '2024-01-31 10:00:00', TIMESTAMP '2024-02-29 09:59:59',"
            + " 51.5074, -0.1278, 48.8566, 2.3522, 5, '02134')",
        // New York to Los Angeles, about 3936 km.
        "INSERT INTO lk_trips VALUES (2, TIMESTAMP '2023-11-15 08:30:00', TIMESTAMP '2024-11-15 08:30:00',"
            + " 40.7128, -74.0060, 34.0522, -118.2437, 15, '90210')",
        "INSERT INTO lk_trips VALUES (3, TIMESTAMP '2024-03-01 00:00:00', TIMESTAMP '2024-06-01 00:00:01',"
            + " 0, 0, 0, 0, 25, NULL)",
        "INSERT INTO lk_trips VALUES (4, TIMESTAMP '2024-05-05 12:00:00', NULL, NULL, 10, 20, 30, NULL, '00501')"));
    db = new LookmlDatabase(jdbcUrl(), setup, MODEL);
  }

  @AfterAll void stop() {
    db.close();
  }

  private Map<Integer, JsonNode> rows(String fields) throws Exception {
    Map<Integer, JsonNode> out = new LinkedHashMap<>();
    for (JsonNode row : db.run("{\"model\":\"lang\",\"view\":\"trips\",\"fields\":[\"trips.id\"," + fields
        + "],\"sorts\":[\"trips.id\"]}")) {
      out.put(row.get("trips.id").asInt(), row);
    }
    return out;
  }

  @Test void durationsAreWholeElapsedIntervals() throws Exception {
    String[] intervals = {"second", "minute", "hour", "day", "week", "month", "quarter", "year"};
    StringBuilder fields = new StringBuilder();
    for (String interval : intervals) {
      fields.append(fields.length() == 0 ? "" : ",").append("\"trips.").append(interval).append("s_trip\"");
    }
    Map<Integer, JsonNode> rows = rows(fields.toString());
    for (List<Object> r : db.sql("SELECT id, started, ended FROM lk_trips ORDER BY id")) {
      JsonNode row = rows.get(((Number) r.get(0)).intValue());
      LocalDateTime start = (LocalDateTime) r.get(1);
      LocalDateTime end = (LocalDateTime) r.get(2);
      for (String interval : intervals) {
        JsonNode actual = row.get("trips." + interval + "s_trip");
        if (end == null) {
          assertTrue(actual.isNull(), interval);
          continue;
        }
        long months = ChronoUnit.MONTHS.between(start, end);
        long expected = switch (interval) {
          case "second" -> ChronoUnit.SECONDS.between(start, end);
          case "minute" -> ChronoUnit.MINUTES.between(start, end);
          case "hour" -> ChronoUnit.HOURS.between(start, end);
          case "day" -> ChronoUnit.DAYS.between(start, end);
          case "week" -> ChronoUnit.WEEKS.between(start, end);
          case "month" -> months;
          case "quarter" -> months / 3;
          default -> months / 12;
        };
        assertEquals(expected, actual.asLong(), interval + " from " + start + " to " + end);
      }
    }
  }

  @Test void locationsAndDistances() throws Exception {
    Map<Integer, JsonNode> rows = rows("\"trips.origin\",\"trips.km\",\"trips.miles\"");
    for (List<Object> r : db.sql("SELECT id, from_lat, from_lon, to_lat, to_lon FROM lk_trips ORDER BY id")) {
      JsonNode row = rows.get(((Number) r.get(0)).intValue());
      if (r.get(1) == null) {
        assertTrue(row.get("trips.origin").isNull());
        assertTrue(row.get("trips.km").isNull());
        continue;
      }
      double[] p = new double[4];
      for (int i = 0; i < 4; i++) {
        p[i] = ((Number) r.get(i + 1)).doubleValue();
      }
      String[] origin = row.get("trips.origin").asText().split(",");
      assertEquals(p[0], Double.parseDouble(origin[0]), 1e-9);
      assertEquals(p[1], Double.parseDouble(origin[1]), 1e-9);
      double km = haversineKm(p[0], p[1], p[2], p[3]);
      assertEquals(km, row.get("trips.km").asDouble(), 1e-6);
      assertEquals(km / 1.609344, row.get("trips.miles").asDouble(), 1e-6);
    }
    assertEquals(343.5, rows.get(1).get("trips.km").asDouble(), 1.0);
    assertEquals(3936, rows.get(2).get("trips.km").asDouble(), 5.0);
  }

  private static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a = Math.pow(Math.sin(dLat / 2), 2)
        + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * 6371.0 * Math.asin(Math.sqrt(a));
  }

  @Test void binCaseDateAndZipcodeDimensions() throws Exception {
    Map<Integer, JsonNode> rows = rows("\"trips.score_bin\",\"trips.score_tier\",\"trips.size\","
        + "\"trips.start_month\",\"trips.start_day_of_week\",\"trips.zip\"");
    for (List<Object> r : db.sql("SELECT id, score, started, zip FROM lk_trips ORDER BY id")) {
      JsonNode row = rows.get(((Number) r.get(0)).intValue());
      Integer score = r.get(1) == null ? null : ((Number) r.get(1)).intValue();
      assertEquals(row.get("trips.score_tier").asText(), row.get("trips.score_bin").asText());
      String size = score == null ? "large" : score < 10 ? "small" : score < 20 ? "medium" : "large";
      assertEquals(size, row.get("trips.size").asText());
      LocalDateTime started = (LocalDateTime) r.get(2);
      assertEquals(started.toLocalDate().toString().substring(0, 7), row.get("trips.start_month").asText());
      assertEquals(started.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH),
          row.get("trips.start_day_of_week").asText());
      assertEquals(r.get(3) == null, row.get("trips.zip").isNull());
      if (r.get(3) != null) {
        assertEquals(r.get(3), row.get("trips.zip").asText());
      }
    }
  }

  @Test void aCaseSortsInDeclarationOrder() throws Exception {
    JsonNode rows = db.run("{\"model\":\"lang\",\"view\":\"trips\",\"fields\":[\"trips.size\","
        + "\"trips.count\"],\"sorts\":[\"trips.size\"]}");
    List<String> order = new ArrayList<>();
    rows.forEach(r -> order.add(r.get("trips.size").asText()));
    assertEquals(List.of("small", "medium", "large"), order);
    assertEquals(2, rows.get(2).get("trips.count").asInt());
  }
}
