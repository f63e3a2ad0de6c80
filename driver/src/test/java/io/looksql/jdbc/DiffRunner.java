package io.looksql.jdbc;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.looksql.catalog.rel.QueryRefusedException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks statements of the differential tests ({@link DiffCase}) against their kind: runs each
 * through a driver connection and its hand SQL on the emulator's database, and records each
 * case's outcome for a summary.
 */
final class DiffRunner {
  private final Connection driver;
  private final Connection database;
  private final Map<String, String> outcomes = new ConcurrentHashMap<>();

  /** Creates a DiffRunner over a driver connection and one to the emulator's database. */
  DiffRunner(Connection driver, Connection database) {
    this.driver = driver;
    this.database = database;
  }

  /** Returns the outcome recorded for each case checked so far, by case name. */
  Map<String, String> outcomes() {
    return outcomes;
  }

  /** Checks one case against its kind; fails the test on a wrong answer or refusal. */
  void check(DiffCase c) throws SQLException {
    switch (c.kind()) {
    case ANSWER -> checkAnswer(c);
    case REFUSE -> checkRefusal(c);
    case EITHER -> checkEither(c);
    default -> throw new AssertionError(c.kind());
    }
  }

  private void checkAnswer(DiffCase c) throws SQLException {
    List<List<Object>> expected = expected(c);
    List<List<Object>> actual;
    try {
      actual = run(c);
    } catch (SQLException e) {
      record(c, "error");
      throw new AssertionError(c.name() + ": expected rows, got an error: " + messages(e)
          + "\n  SQL: " + c.sql(), e);
    }
    String diff = DiffRows.diff(expected, actual, c.inOrder());
    record(c, diff == null ? "passed" : "wrong");
    if (diff != null) {
      fail(c.name() + ": wrong answer\n  SQL:  " + c.sql() + "\n  hand: " + c.hand()
          + paramText(c) + "\n" + diff);
    }
  }

  private void checkRefusal(DiffCase c) {
    try {
      checkRefusalOrThrow(c);
    } catch (RuntimeException | StackOverflowError e) {
      record(c, "crash");
      throw new AssertionError(c.name() + ": the driver threw " + e.getClass().getName()
          + " instead of an SQLException: " + firstLine(e.getMessage()) + "\n  SQL: " + c.sql(), e);
    }
  }

  private void checkRefusalOrThrow(DiffCase c) {
    try (PreparedStatement p = driver.prepareStatement(c.sql())) {
      try {
        bind(p, c.params());
        List<List<Object>> rows;
        try (ResultSet rs = p.executeQuery()) {
          rows = DiffRows.read(rs);
        }
        record(c, "answered");
        fail(c.name() + ": expected a refusal containing \"" + c.refusal() + "\", got "
            + rows.size() + " rows\n  SQL: " + c.sql());
      } catch (SQLException e) {
        record(c, "late");
        fail(c.name() + ": refused at execute time, not at prepare time: " + messages(e)
            + "\n  SQL: " + c.sql());
      }
    } catch (SQLException e) {
      String text = messages(e);
      boolean ok = text.toLowerCase(Locale.ROOT).contains(c.refusal().toLowerCase(Locale.ROOT));
      record(c, ok ? "passed" : "other error");
      assertTrue(ok, c.name() + ": refused, but the message lacks \"" + c.refusal() + "\":\n"
          + text + "  SQL: " + c.sql());
    }
  }

  private void checkEither(DiffCase c) throws SQLException {
    List<List<Object>> expected = expected(c);
    List<List<Object>> actual;
    try {
      actual = run(c);
    } catch (SQLException e) {
      record(c, refusedByGuard(e) ? "refused" : "error");
      return; // a refusal is a correct outcome; the summary says which kind of error it was
    }
    String diff = DiffRows.diff(expected, actual, c.inOrder());
    record(c, diff == null ? "answered" : "WRONG ANSWER");
    if (diff != null) {
      fail("WRONG ANSWER (a correctness bug: refuse or answer right) " + c.name()
          + "\n  SQL:  " + c.sql() + "\n  hand: " + c.hand() + paramText(c) + "\n" + diff);
    }
  }

  private List<List<Object>> expected(DiffCase c) throws SQLException {
    try (PreparedStatement p = database.prepareStatement(c.hand())) {
      bind(p, c.params());
      try (ResultSet rs = p.executeQuery()) {
        return DiffRows.read(rs);
      }
    } catch (SQLException e) {
      throw new SQLException(c.name() + ": the hand SQL failed: " + c.hand(), e);
    }
  }

  /** Runs the statement through the driver; anything thrown but an SQLException is a crash. */
  private List<List<Object>> run(DiffCase c) throws SQLException {
    try (PreparedStatement p = driver.prepareStatement(c.sql())) {
      bind(p, c.params());
      try (ResultSet rs = p.executeQuery()) {
        return DiffRows.read(rs);
      }
    } catch (RuntimeException | StackOverflowError | AssertionError e) {
      record(c, "crash");
      throw new AssertionError(c.name() + ": the driver threw " + e.getClass().getName()
          + " instead of an SQLException: " + firstLine(e.getMessage()) + "\n  SQL: " + c.sql(), e);
    }
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }

  private static void bind(PreparedStatement p, List<Object> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      Object v = params.get(i);
      if (v instanceof String s) {
        p.setString(i + 1, s);
      } else if (v instanceof Integer n) {
        p.setInt(i + 1, n);
      } else if (v instanceof java.math.BigDecimal d) {
        p.setBigDecimal(i + 1, d);
      } else if (v instanceof java.sql.Date d) {
        p.setDate(i + 1, d);
      } else if (v instanceof java.sql.Timestamp t) {
        p.setTimestamp(i + 1, t);
      } else if (v instanceof Boolean b) {
        p.setBoolean(i + 1, b);
      } else if (v == null) {
        p.setNull(i + 1, java.sql.Types.VARCHAR);
      } else {
        p.setObject(i + 1, v);
      }
    }
  }

  private static boolean refusedByGuard(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof QueryRefusedException) {
        return true;
      }
    }
    return false;
  }

  private static String messages(Throwable t) {
    StringBuilder b = new StringBuilder();
    Set<String> seen = new HashSet<>();
    for (Throwable c = t; c != null; c = c.getCause()) {
      String m = c.getClass().getSimpleName() + ": " + c.getMessage();
      if (seen.add(String.valueOf(c.getMessage()))) {
        b.append(m).append('\n');
      }
    }
    return b.toString();
  }

  private static String paramText(DiffCase c) {
    return c.params().isEmpty() ? "" : "\n  params: " + c.params();
  }

  private void record(DiffCase c, String outcome) {
    outcomes.put(c.name(), c.kind() + " " + outcome);
  }

  /** Asserts that a table of cases has unique names and refusals with valid siblings. */
  static void assertWellFormed(List<DiffCase> all) {
    Map<String, DiffCase> byName = new HashMap<>();
    for (DiffCase c : all) {
      assertTrue(byName.put(c.name(), c) == null, "duplicate case name " + c.name());
      assertTrue(c.kind() == DiffCase.Kind.REFUSE ? c.hand() == null && c.refusal() != null
          : c.hand() != null, "case " + c.name() + " has the wrong parts for its kind");
    }
    for (DiffCase c : all) {
      if (c.kind() == DiffCase.Kind.REFUSE) {
        DiffCase sibling = byName.get(c.sibling());
        assertTrue(sibling != null && sibling.kind() == DiffCase.Kind.ANSWER,
            c.name() + ": sibling " + c.sibling() + " must be a case of kind ANSWER");
      }
    }
  }

  /** Returns a summary of a run: cases per kind executed and pending, outcomes, notable ones. */
  String summary(String title, List<DiffCase> all, Set<String> pending) {
    Map<DiffCase.Kind, int[]> counts = new EnumMap<>(DiffCase.Kind.class);
    for (DiffCase.Kind k : DiffCase.Kind.values()) {
      counts.put(k, new int[2]);
    }
    for (DiffCase c : all) {
      counts.get(c.kind())[pending.contains(c.name()) ? 1 : 0]++;
    }
    Map<String, Integer> byOutcome = new TreeMap<>();
    outcomes.values().forEach(o -> byOutcome.merge(o, 1, Integer::sum));
    StringBuilder b = new StringBuilder("\n" + title + ": " + all.size() + " cases\n");
    counts.forEach((k, n) -> b.append(String.format(Locale.ROOT,
        "  %-6s executed %3d, pending %3d%n", k, n[0], n[1])));
    b.append("  outcomes: ").append(byOutcome).append('\n');
    List<String> notable = new ArrayList<>();
    outcomes.forEach((name, o) -> {
      if (!o.endsWith(" passed") && !o.endsWith(" answered") && !o.endsWith(" refused")) {
        notable.add(name + " (" + o + ")");
      }
    });
    notable.sort(null);
    if (!notable.isEmpty()) {
      b.append("  not passed, or EITHER answered by a non-guard error: ").append(notable)
          .append('\n');
    }
    return b.toString();
  }
}
