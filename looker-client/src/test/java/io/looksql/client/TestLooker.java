package io.looksql.client;

import io.looksql.emulator.LookerEmulator;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Test support: emulators on loopback, clients for them, and plain SQL for expected values. */
final class TestLooker {
  private TestLooker() {
  }

  /** Returns a small emulator (scale 0.05, about 5,000 order items). */
  static LookerEmulator emulator() {
    return LookerEmulator.builder().scale(0.05).port(0).start();
  }

  /** Returns a config builder for the emulator's admin, with no {@code LOOKERSDK_*} fallback. */
  static LookerClientConfig.Builder config(LookerEmulator looker) {
    return LookerClientConfig.builder()
        .baseUrl(looker.baseUrl())
        .clientId(looker.adminClientId())
        .clientSecret(looker.adminClientSecret())
        .environment(Map.of());
  }

  /** Returns a client for the emulator's admin. */
  static LookerClient client(LookerEmulator looker) {
    return LookerClient.create(config(looker).build());
  }

  /**
   * Returns the rows of a SQL query on the emulator's database, numbers normalised as the client
   * reads them from JSON: whole numbers as Long, other numbers as Double.
   */
  static List<List<Object>> sql(LookerEmulator looker, String sql) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (Connection c = looker.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      ResultSetMetaData md = rs.getMetaData();
      while (rs.next()) {
        Object[] row = new Object[md.getColumnCount()];
        for (int i = 0; i < row.length; i++) {
          row[i] = normalise(rs.getObject(i + 1));
        }
        rows.add(Arrays.asList(row));
      }
    }
    return rows;
  }

  /** Returns a value as JSON would carry it. */
  static Object normalise(Object v) {
    if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    if (v instanceof BigDecimal) {
      BigDecimal d = (BigDecimal) v;
      return d.scale() <= 0 ? (Object) d.longValueExact() : (Object) d.doubleValue();
    }
    if (v instanceof Float) {
      return ((Float) v).doubleValue();
    }
    return v;
  }

  /** Returns every row of a result as lists, closing it. */
  static List<List<Object>> drain(QueryRows rows) {
    List<List<Object>> all = new ArrayList<>();
    try (rows) {
      rows.forEachRemaining(r -> all.add(r.values()));
    }
    return all;
  }
}
