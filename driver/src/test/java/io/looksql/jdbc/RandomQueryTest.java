package io.looksql.jdbc;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.looksql.emulator.LookerEmulator;
import io.looksql.jdbc.SampleModelSql.Agg;
import io.looksql.jdbc.SampleModelSql.Dim;
import io.looksql.jdbc.SampleModelSql.Explore;
import io.looksql.jdbc.SampleModelSql.Joined;
import io.looksql.jdbc.SampleModelSql.Measure;
import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generated differential test: random valid queries over the sample model, built from the
 * explores' columns as the driver lists them ({@link DatabaseMetaData#getColumns}), run through
 * the driver and compared with plain SQL on the emulator's database. The plain SQL comes from
 * {@link SampleModelSql}, written by hand from the LookML, never from the emulator's compiler:
 * measures of views that a join repeats are aggregated over one row per primary key
 * ({@code SELECT DISTINCT dims, pk, value} sub-queries), as Looker's symmetric aggregates mean.
 *
 * <p>Deterministic for a seed; the seed is printed. System properties:
 * <ul>
 *   <li>{@code looksql.random.seed}: the seed (default {@value #DEFAULT_SEED});
 *   <li>{@code looksql.random.count}: how many queries (default {@value #DEFAULT_COUNT});
 *   <li>{@code looksql.random.only}: run only the queries with these indexes (as printed,
 *       comma-separated);
 *   <li>{@code looksql.random.reportAll}: report every failure in full, not only the first;
 *   <li>{@code looksql.random.scale}: the emulator's sample scale (default 0.05);
 *   <li>{@code looksql.random.verbose}: print every query;
 *   <li>{@code looksql.random.shapes}: comma-separated query shapes to generate in addition to
 *       the default ones ({@code all} for every {@link Shape}, {@code -NAME} for one fewer).
 * </ul>
 *
 * <p>Run: {@code mvn -B -ntp -q -pl driver -am test -Dtest=RandomQueryTest
 * -Dsurefire.failIfNoSpecifiedTests=false} (with {@code -am}, so that the catalog is built from
 * this tree rather than taken from whatever snapshot was last installed in {@code ~/.m2}).
 *
 * <p>Each answered query is then checked against SQL's laws of composition
 * ({@link CompositionLaws}): wrapped in {@code SELECT COUNT(*), SUM(c), … FROM (…) t}, the driver
 * must answer the number of rows it returned and the sum of each numeric column over them.
 *
 * <p>Every query is valid: a refusal is a failure, as is an error or a different answer. All
 * queries run; the test then fails with the first failing query (both SQLs, the Looker query
 * the driver planned, and the rows diffed) and a count of failures per kind.
 */
class RandomQueryTest {
  static final long DEFAULT_SEED = 20250605L;
  static final int DEFAULT_COUNT = 520;
  private static final String SCHEMA = "ecommerce";

  /**
   * Query shapes that can be switched. The driver answers all of them; a default-off shape is off
   * for the reason given with it.
   */
  enum Shape {
    /**
     * WHERE on dimensions: string, number, yes/no, whole-day date, year and integer-timeframe
     * dimensions (Looker filters); weeks, months, quarters, timestamps, tiers and day names
     * ({@code filter_expression}).
     */
    FILTERS(true),
    /** A measure written without AGGREGATE (also sorted on), and GROUP BY ordinals. */
    NAKED_MEASURES(true),
    /** Explore {@code customers} (hidden; {@code from: users}, joins under aliases). */
    HIDDEN_EXPLORE(true);

    final boolean byDefault;

    Shape(boolean byDefault) {
      this.byDefault = byDefault;
    }
  }

  private static LookerEmulator looker;
  private static Connection connection;
  private static Connection database;
  private static final Set<Shape> SHAPES = shapes();
  /** Fields of each explore as the driver lists them: name → TYPE_NAME. */
  private static final Map<String, Map<String, String>> COLUMNS = new LinkedHashMap<>();
  private static final Map<String, List<Object>> VALUES = new HashMap<>();

  @BeforeAll static void start() throws SQLException {
    looker = LookerEmulator.builder().scale(Double.parseDouble(
        System.getProperty("looksql.random.scale", "0.05"))).port(0).start();
    connection = DriverManager.getConnection(Driver.PREFIX + "url=" + looker.baseUrl()
        + ";clientId=" + looker.adminClientId() + ";clientSecret=" + looker.adminClientSecret()
        + ";showHidden=true");
    database = looker.dataSource().getConnection();
  }

  @AfterAll static void stop() throws SQLException {
    if (database != null) {
      database.close();
    }
    if (connection != null) {
      connection.close();
    }
    if (looker != null) {
      looker.close();
    }
  }

  /** The columns the driver lists are exactly the sample model's fields, with their types. */
  @Test void metadataMatchesTheModel() throws SQLException {
    loadColumns();
    List<String> problems = new ArrayList<>();
    for (Explore e : SampleModelSql.EXPLORES.values()) {
      Map<String, String> expected = new TreeMap<>();
      for (Joined j : e.views()) {
        j.view().dims.forEach(d -> expected.put(j.alias() + "." + d.name(), d.kind().typeName));
        j.view().measures.forEach(m -> expected.put(j.alias() + "." + m.name(), m.typeName()));
      }
      e.excluded().forEach(expected::remove);
      Map<String, String> actual = new TreeMap<>(COLUMNS.get(e.name()));
      if (!expected.equals(actual)) {
        problems.add(e.name() + ": " + diffMaps(expected, actual));
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test void randomQueriesMatchPlainSql() throws SQLException {
    loadColumns();
    long seed = Long.getLong("looksql.random.seed", DEFAULT_SEED);
    int count = Integer.getInteger("looksql.random.count", DEFAULT_COUNT);
    Set<Integer> only = System.getProperty("looksql.random.only") == null ? null
        : Arrays.stream(System.getProperty("looksql.random.only").split(","))
            .map(String::trim).map(Integer::valueOf).collect(Collectors.toSet());
    System.out.println("RandomQueryTest: seed " + seed + " (-Dlooksql.random.seed=" + seed
        + "), " + count + " queries, shapes " + SHAPES);
    long started = System.nanoTime();
    List<Failure> failures = new ArrayList<>();
    Map<String, Integer> kinds = new TreeMap<>();
    int run = 0;
    int rows = 0;
    for (int i = 0; i < count; i++) {
      if (only != null && !only.contains(i)) {
        continue;
      }
      Random random = new Random(seed * 1_000_003L + i);
      Query q = new Generator(random).query();
      run++;
      if (Boolean.getBoolean("looksql.random.verbose")) {
        System.out.println("#" + i + ": " + q.driverSql);
      }
      Failure f = check(i, q);
      if (f != null) {
        failures.add(f);
        kinds.merge(f.kind, 1, Integer::sum);
      } else {
        rows += q.expectedRowCount;
      }
    }
    long ms = (System.nanoTime() - started) / 1_000_000;
    System.out.println("RandomQueryTest: " + run + " queries in " + ms + " ms, " + rows
        + " rows compared, " + failures.size() + " failures " + kinds + "; plain SQL "
        + plainNanos / 1_000_000 + " ms, driver " + driverNanos / 1_000_000 + " ms");
    SLOWEST.descendingMap().forEach((nanos, sql) ->
        System.out.println("  slow: " + nanos / 1_000_000 + " ms driver, query " + sql));
    if (!failures.isEmpty()) {
      StringBuilder b = new StringBuilder();
      b.append(failures.size()).append(" of ").append(run).append(" random queries failed (seed ")
          .append(seed).append("): ").append(kinds).append("\nFirst failure:\n")
          .append(failures.get(0).report);
      if (Boolean.getBoolean("looksql.random.reportAll")) {
        failures.stream().skip(1).forEach(f -> b.append("\n\n").append(f.report));
      }
      b.append("\nOther failing queries (index: kind):");
      failures.stream().skip(1).limit(Integer.getInteger("looksql.random.listed", 40))
          .forEach(f -> b.append("\n  ").append(f.index).append(": ").append(f.kind)
              .append(": ").append(f.driverSql).append("\n      -> ").append(f.message));
      System.out.println(b);
      fail(b.toString());
    }
    assertTrue(only != null || run >= 500, "at least 500 queries");
  }

  // ---------------------------------------------------------------------------------------
  // Metadata, values

  private static synchronized void loadColumns() throws SQLException {
    if (!COLUMNS.isEmpty()) {
      return;
    }
    DatabaseMetaData md = connection.getMetaData();
    for (String explore : SampleModelSql.EXPLORES.keySet()) {
      Map<String, String> cols = new LinkedHashMap<>();
      try (ResultSet rs = md.getColumns(null, SCHEMA, explore, null)) {
        while (rs.next()) {
          cols.put(rs.getString("COLUMN_NAME"), rs.getString("TYPE_NAME"));
        }
      }
      assertTrue(!cols.isEmpty(), "no columns for explore " + explore);
      COLUMNS.put(explore, cols);
    }
  }

  /** Distinct values of a dimension in an explore, from plain SQL, in a stable order. */
  private static List<Object> values(Explore e, String field) {
    return VALUES.computeIfAbsent(e.name() + "/" + field, k -> {
      String sql = "SELECT DISTINCT " + fieldSql(e, field) + " AS v FROM " + e.fromSql()
          + " ORDER BY 1 NULLS FIRST";
      List<Object> out = new ArrayList<>();
      try (Statement s = database.createStatement(); ResultSet rs = s.executeQuery(sql)) {
        while (rs.next()) {
          // Dates and timestamps as their wall-clock text (getObject's java.sql types would print
          // them shifted into the JVM's zone: 2019-02-01 as 2019-01-31, never a month's start).
          Object v = rs.getObject(1);
          out.add(v instanceof java.util.Date ? text(rs.getString(1)) : v);
        }
      } catch (SQLException ex) {
        throw new IllegalStateException(sql, ex);
      }
      return out;
    });
  }

  static String fieldSql(Explore e, String field) {
    int dot = field.indexOf('.');
    Joined j = e.view(field.substring(0, dot));
    String name = field.substring(dot + 1);
    for (Dim d : j.view().dims) {
      if (d.name().equals(name)) {
        return "(" + d.sql().replace("@", j.alias()) + ")";
      }
    }
    throw new IllegalArgumentException("no dimension " + field);
  }

  static Dim dim(Explore e, String field) {
    int dot = field.indexOf('.');
    Joined j = e.view(field.substring(0, dot));
    String name = field.substring(dot + 1);
    return j.view().dims.stream().filter(d -> d.name().equals(name)).findFirst().orElse(null);
  }

  static Measure measure(Explore e, String field) {
    int dot = field.indexOf('.');
    Joined j = e.view(field.substring(0, dot));
    String name = field.substring(dot + 1);
    return j.view().measures.stream().filter(m -> m.name().equals(name)).findFirst()
        .orElse(null);
  }

  // ---------------------------------------------------------------------------------------
  // Queries

  /**
   * A predicate on one dimension: SQL with {@code $} where the column goes. For H2, a LIKE says
   * that it has no escape character (H2's default is a backslash; standard SQL has none).
   */
  record Predicate(String field, String template) {
    String render(String column) {
      return template.replace("$", column);
    }

    String renderPlain(String column) {
      return render(column).replaceAll("( LIKE '(?:[^']|'')*')", "$1 ESCAPE '\u00a7'");
    }
  }

  record SortKey(int column, boolean desc) {
  }

  /** A generated query: what it selects, filters, sorts, and both SQL texts. */
  static final class Query {
    Explore explore;
    List<String> dims = new ArrayList<>();
    List<String> measures = new ArrayList<>();
    List<Predicate> filters = new ArrayList<>();
    List<SortKey> sorts = new ArrayList<>();
    Integer limit;
    boolean groupBy;
    boolean ordinals;
    Set<String> naked = new LinkedHashSet<>();
    boolean synonym;
    String driverSql;
    String expectedSql;
    int expectedRowCount;

    int columns() {
      return dims.size() + measures.size();
    }
  }

  private static final List<String> ODD_STRINGS = List.of("a,b", "50%", "-x", "NULL", "EMPTY",
      "\"", "'", "x_y", "^", "a^,b", "\\", " lead", "trail ", "Jeans,Dresses", "%", "_",
      "null", "-Minus Apparel,x");

  /** Builds one random query; every choice comes from the Random it is given. */
  static final class Generator {
    private final Random random;

    Generator(Random random) {
      this.random = random;
    }

    Query query() {
      List<String> explores = new ArrayList<>(SampleModelSql.EXPLORES.keySet());
      if (!SHAPES.contains(Shape.HIDDEN_EXPLORE)) {
        explores.remove("customers");
      }
      Query q = new Query();
      q.explore = SampleModelSql.EXPLORES.get(pick(explores));
      Map<String, String> cols = COLUMNS.get(q.explore.name());
      List<String> dims = new ArrayList<>();
      List<String> measures = new ArrayList<>();
      for (Map.Entry<String, String> c : cols.entrySet()) {
        (c.getValue().startsWith("MEASURE") ? measures : dims).add(c.getKey());
      }
      int nDims = weighted(new int[] {25, 35, 25, 15});
      int nMeasures = weighted(new int[] {20, 40, 25, 15});
      if (nDims + nMeasures == 0) {
        nMeasures = 1;
      }
      boolean many = false;
      while (q.dims.size() < nDims) {
        String d = pick(dims);
        Dim spec = dim(q.explore, d);
        if (q.dims.contains(d) || spec.manyValues() && (many || random.nextInt(3) > 0)) {
          continue;
        }
        many |= spec.manyValues();
        q.dims.add(d);
      }
      while (q.measures.size() < nMeasures) {
        String m = pick(measures);
        if (!q.measures.contains(m)) {
          q.measures.add(m);
        }
      }
      Collections.shuffle(q.dims, random);
      int nFilters = weighted(new int[] {25, 35, 25, 15});
      for (int tries = 0; q.filters.size() < nFilters && tries < 50; tries++) {
        String field = pick(dims);
        Predicate p = predicate(q, field);
        if (p != null) {
          q.filters.add(p);
        }
      }
      q.groupBy = !q.measures.isEmpty() && !q.dims.isEmpty() || random.nextInt(3) == 0;
      if (q.groupBy && !q.dims.isEmpty() && SHAPES.contains(Shape.NAKED_MEASURES)) {
        q.ordinals = random.nextInt(4) == 0;
      }
      for (String m : q.measures) {
        if (SHAPES.contains(Shape.NAKED_MEASURES) && random.nextInt(4) == 0
            && (q.groupBy || q.dims.isEmpty())) {
          q.naked.add(m);
        }
      }
      q.synonym = random.nextInt(4) == 0;
      int nSorts = q.dims.isEmpty() ? 0 : weighted(new int[] {40, 40, 20});
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < q.columns(); i++) {
        order.add(i);
      }
      Collections.shuffle(order, random);
      for (int i = 0; i < Math.min(nSorts, order.size()); i++) {
        q.sorts.add(new SortKey(order.get(i), random.nextBoolean()));
      }
      if (!q.sorts.isEmpty() && random.nextInt(3) > 0) {
        q.limit = new int[] {1, 3, 10, 50, 500}[random.nextInt(5)];
      } else if (many && !q.dims.isEmpty()) {
        // Many groups: sort fully and keep the comparison small.
        if (q.sorts.isEmpty()) {
          q.sorts.add(new SortKey(random.nextInt(q.dims.size()), random.nextBoolean()));
        }
        q.limit = new int[] {10, 100, 1000}[random.nextInt(3)];
      }
      q.driverSql = driverSql(q);
      q.expectedSql = expectedSql(q);
      return q;
    }

    private Predicate predicate(Query q, String field) {
      Dim d = dim(q.explore, field);
      boolean expressions = SHAPES.contains(Shape.FILTERS);
      switch (d.kind()) {
      case STRING:
        return SHAPES.contains(Shape.FILTERS) ? stringPredicate(q, field) : null;
      case YESNO:
        if (!SHAPES.contains(Shape.FILTERS)) {
          return null;
        }
        return new Predicate(field, pick(List.of("$", "NOT $", "$ = TRUE", "$ = FALSE",
            "$ IS TRUE", "$ IS FALSE")));
      case DAY:
        return SHAPES.contains(Shape.FILTERS) ? datePredicate(q, field) : null;
      case INT_TIMEFRAME:
        return SHAPES.contains(Shape.FILTERS) ? numberPredicate(q, field) : null;
      case YEAR:
        return SHAPES.contains(Shape.FILTERS) ? numberPredicate(q, field) : null;
      case NUMBER:
        return SHAPES.contains(Shape.FILTERS) ? numberPredicate(q, field) : null;
      case COARSE_DATE:
        return expressions ? datePredicate(q, field) : null;
      case TIER:
      case DAY_NAME:
        return expressions ? stringPredicate(q, field) : null;
      case TIMESTAMP:
        return expressions ? timestampPredicate(q, field) : null;
      default:
        return null;
      }
    }

    private Predicate stringPredicate(Query q, String field) {
      List<Object> values = values(q.explore, field);
      switch (random.nextInt(11)) {
      case 0: case 1:
        return new Predicate(field, "$ = " + string(stringValue(values)));
      case 2:
        return new Predicate(field, "$ <> " + string(stringValue(values)));
      case 3: case 4: {
        Set<String> in = new LinkedHashSet<>();
        int n = 2 + random.nextInt(random.nextInt(4) == 0 ? 30 : 4);
        for (int i = 0; i < n; i++) {
          in.add(string(stringValue(values)));
        }
        return new Predicate(field, (random.nextInt(4) == 0 ? "$ NOT IN (" : "$ IN (")
            + String.join(", ", in) + ")");
      }
      case 5: case 6: {
        String v = stringValue(values);
        String prefix = v.substring(0, Math.min(v.length(), 1 + random.nextInt(4)));
        return new Predicate(field, (random.nextInt(4) == 0 ? "$ NOT LIKE " : "$ LIKE ")
            + string(prefix + "%"));
      }
      case 7:
        return new Predicate(field, random.nextBoolean() ? "$ IS NULL" : "$ IS NOT NULL");
      case 8: {
        String v = stringValue(values);
        String prefix = v.substring(0, Math.min(v.length(), 1 + random.nextInt(3)));
        return new Predicate(field, "($ = " + string(stringValue(values)) + " OR $ LIKE "
            + string(prefix + "%") + ")");
      }
      default: {
        // A value with characters the filter grammar gives a meaning to.
        List<String> odd = new ArrayList<>();
        for (Object o : values) {
          if (o instanceof String s && (s.isEmpty() || s.matches(".*[,%_^\"'\\\\].*")
              || s.startsWith("-") || s.equalsIgnoreCase("null")
              || s.equalsIgnoreCase("empty"))) {
            odd.add(s);
          }
        }
        String v = !odd.isEmpty() && random.nextInt(3) > 0 ? pick(odd) : pick(ODD_STRINGS);
        return new Predicate(field, "$ = " + string(v));
      }
      }
    }

    private String stringValue(List<Object> values) {
      List<Object> present = values.stream().filter(v -> v != null).collect(Collectors.toList());
      if (present.isEmpty() || random.nextInt(10) == 0) {
        return pick(ODD_STRINGS);
      }
      return present.get(random.nextInt(present.size())).toString();
    }

    private Predicate numberPredicate(Query q, String field) {
      List<Object> values = values(q.explore, field).stream().filter(v -> v != null)
          .collect(Collectors.toList());
      if (values.isEmpty()) {
        return new Predicate(field, random.nextBoolean() ? "$ IS NULL" : "$ IS NOT NULL");
      }
      String a = number(pick(values));
      String b = number(pick(values));
      if (new BigDecimal(a).compareTo(new BigDecimal(b)) > 0) {
        String t = a;
        a = b;
        b = t;
      }
      switch (random.nextInt(9)) {
      case 0:
        return new Predicate(field, "$ = " + a);
      case 1:
        return new Predicate(field, "$ <> " + a);
      case 2:
        return new Predicate(field, "$ " + pick(List.of("<", "<=", ">", ">=")) + " " + a);
      case 3:
        return new Predicate(field, "$ BETWEEN " + a + " AND " + b);
      case 4:
        return new Predicate(field, "$ >= " + a + " AND $ < " + b);
      case 5: {
        Set<String> in = new LinkedHashSet<>();
        for (int i = 0, n = 2 + random.nextInt(4); i < n; i++) {
          in.add(number(pick(values)));
        }
        return new Predicate(field, (random.nextInt(4) == 0 ? "$ NOT IN (" : "$ IN (")
            + String.join(", ", in) + ")");
      }
      case 6:
        return new Predicate(field, random.nextBoolean() ? "$ IS NULL" : "$ IS NOT NULL");
      case 7:
        return new Predicate(field, "($ = " + a + " OR $ = " + b + ")");
      default:
        return new Predicate(field, "$ > " + a);
      }
    }

    private Predicate datePredicate(Query q, String field) {
      List<Object> values = values(q.explore, field).stream().filter(v -> v != null)
          .collect(Collectors.toList());
      if (values.isEmpty()) {
        return new Predicate(field, "$ IS NULL");
      }
      String a = "DATE '" + pick(values) + "'";
      String b = "DATE '" + pick(values) + "'";
      if (a.compareTo(b) > 0) {
        String t = a;
        a = b;
        b = t;
      }
      switch (random.nextInt(7)) {
      case 0:
        return new Predicate(field, "$ = " + a);
      case 1:
        return new Predicate(field, "$ " + pick(List.of("<", "<=", ">", ">=")) + " " + a);
      case 2:
        return new Predicate(field, "$ BETWEEN " + a + " AND " + b);
      case 3:
        return new Predicate(field, "$ >= " + a + " AND $ < " + b);
      case 4:
        return new Predicate(field, random.nextBoolean() ? "$ IS NULL" : "$ IS NOT NULL");
      case 5:
        return new Predicate(field, "$ IN (" + a + ", " + b + ")");
      default:
        return new Predicate(field, "$ > " + a);
      }
    }

    private Predicate timestampPredicate(Query q, String field) {
      List<Object> values = values(q.explore, field).stream().filter(v -> v != null)
          .collect(Collectors.toList());
      if (values.isEmpty()) {
        return new Predicate(field, "$ IS NULL");
      }
      String a = "TIMESTAMP '" + pick(values) + "'";
      return new Predicate(field, "$ " + pick(List.of("<", ">=", "=")) + " " + a);
    }

    private int weighted(int[] weights) {
      int total = Arrays.stream(weights).sum();
      int r = random.nextInt(total);
      for (int i = 0; i < weights.length; i++) {
        r -= weights[i];
        if (r < 0) {
          return i;
        }
      }
      return weights.length - 1;
    }

    private <T> T pick(List<T> list) {
      return list.get(random.nextInt(list.size()));
    }
  }

  static String string(String v) {
    return "'" + v.replace("'", "''") + "'";
  }

  static String number(Object v) {
    return new BigDecimal(v.toString()).stripTrailingZeros().toPlainString();
  }

  static String alias(int i) {
    return "c" + i;
  }

  /** The SQL sent to the driver. */
  static String driverSql(Query q) {
    List<String> select = new ArrayList<>();
    int i = 0;
    for (String d : q.dims) {
      select.add(quote(d) + " AS " + alias(i++));
    }
    for (String m : q.measures) {
      String e = q.naked.contains(m) ? quote(m)
          : (q.synonym ? "MEASURE(" : "AGGREGATE(") + quote(m) + ")";
      select.add(e + " AS " + alias(i++));
    }
    StringBuilder b = new StringBuilder("SELECT ").append(String.join(", ", select))
        .append(" FROM ").append(SCHEMA).append('.').append(q.explore.name());
    if (!q.filters.isEmpty()) {
      b.append(" WHERE ").append(q.filters.stream().map(p -> p.render(quote(p.field())))
          .collect(Collectors.joining(" AND ")));
    }
    if (q.groupBy && !q.dims.isEmpty()) {
      List<String> keys = new ArrayList<>();
      for (int k = 0; k < q.dims.size(); k++) {
        keys.add(q.ordinals ? String.valueOf(k + 1) : quote(q.dims.get(k)));
      }
      b.append(" GROUP BY ").append(String.join(", ", keys));
    }
    appendOrderAndLimit(q, b, false);
    return b.toString();
  }

  /** ORDER BY the chosen keys, then every other dimension (so that the order is total). */
  private static void appendOrderAndLimit(Query q, StringBuilder b, boolean plain) {
    if (!q.sorts.isEmpty()) {
      List<String> keys = new ArrayList<>();
      Set<Integer> used = new LinkedHashSet<>();
      for (SortKey k : q.sorts) {
        keys.add(sortKey(k.column(), k.desc(), plain));
        used.add(k.column());
      }
      for (int d = 0; d < q.dims.size(); d++) {
        if (!used.contains(d)) {
          keys.add(sortKey(d, false, plain));
        }
      }
      b.append(" ORDER BY ").append(String.join(", ", keys));
    }
    if (q.limit != null) {
      b.append(" LIMIT ").append(q.limit);
    }
  }

  private static String sortKey(int column, boolean desc, boolean plain) {
    // The driver sorts NULLs low, as Looker does; say so explicitly to H2.
    return alias(column) + (desc ? " DESC" : "") + (plain ? desc ? " NULLS LAST" : " NULLS FIRST"
        : "");
  }

  private static String quote(String field) {
    return "`" + field + "`";
  }

  /**
   * The same question in plain SQL over the explore's joined rows. Measures whose view may be
   * repeated by a join (sums, averages) are aggregated over {@code SELECT DISTINCT dims, pk,
   * value}; the others over the joined rows directly (counts count distinct primary keys). Each
   * aggregate is computed in its own branch of a UNION ALL and the branches are merged by
   * grouping on the dimensions (which also matches NULL keys), then {@code type: number}
   * measures are computed from their parts.
   */
  static String expectedSql(Query q) {
    Explore e = q.explore;
    String from = " FROM " + e.fromSql();
    String where = q.filters.isEmpty() ? "" : " WHERE " + q.filters.stream()
        .map(p -> p.renderPlain(fieldSql(e, p.field()))).collect(Collectors.joining(" AND "));
    List<String> dimSql = new ArrayList<>();
    List<String> dimAlias = new ArrayList<>();
    for (int i = 0; i < q.dims.size(); i++) {
      dimSql.add(fieldSql(e, q.dims.get(i)));
      dimAlias.add(alias(i));
    }
    StringBuilder b = new StringBuilder();
    if (q.measures.isEmpty()) {
      List<String> select = new ArrayList<>();
      for (int i = 0; i < dimSql.size(); i++) {
        select.add(dimSql.get(i) + " AS " + dimAlias.get(i));
      }
      b.append("SELECT * FROM (SELECT DISTINCT ").append(String.join(", ", select)).append(from)
          .append(where).append(") t");
      appendOrderAndLimit(q, b, true);
      return b.toString();
    }
    // The aggregate parts: every non-number measure selected or used by a number measure.
    Map<String, String> parts = new LinkedHashMap<>(); // field -> part column
    for (String m : q.measures) {
      addParts(e, m, parts);
    }
    List<String> branches = new ArrayList<>();
    List<String> direct = new ArrayList<>();
    for (Map.Entry<String, String> p : parts.entrySet()) {
      Measure m = measure(e, p.getKey());
      if (!m.agg().needsDistinctRows()) {
        direct.add(p.getKey());
      }
    }
    Function<Map<String, String>, String> branchSelect = computed -> {
      List<String> cols = new ArrayList<>(dimAlias);
      for (Map.Entry<String, String> p : parts.entrySet()) {
        String v = computed.get(p.getKey());
        cols.add((v == null ? "CAST(NULL AS " + partType(measure(e, p.getKey())) + ")" : v)
            + " AS " + p.getValue());
      }
      return String.join(", ", cols);
    };
    String groupByAliases = dimAlias.isEmpty() ? "" : " GROUP BY " + String.join(", ", dimAlias);
    if (!direct.isEmpty()) {
      Map<String, String> computed = new HashMap<>();
      List<String> inner = new ArrayList<>();
      for (int i = 0; i < dimSql.size(); i++) {
        inner.add(dimSql.get(i) + " AS " + dimAlias.get(i));
      }
      for (String f : direct) {
        String col = parts.get(f);
        Measure m = measure(e, f);
        Joined j = e.view(f.substring(0, f.indexOf('.')));
        String row = m.agg() == Agg.COUNT ? j.view().primaryKey : m.sql();
        inner.add(row.replace("@", j.alias()) + " AS " + col + "k");
        if (m.condition() != null) {
          inner.add("CASE WHEN " + m.condition().replace("@", j.alias())
              + " THEN TRUE ELSE FALSE END AS " + col + "c");
        }
        computed.put(f, directAggregate(m, col));
      }
      // Dimensions and row values are computed in a sub-query; the branch groups by aliases.
      branches.add("SELECT " + branchSelect.apply(computed) + " FROM (SELECT "
          + String.join(", ", inner) + from + where + ") x" + groupByAliases);
    }
    for (Map.Entry<String, String> p : parts.entrySet()) {
      Measure m = measure(e, p.getKey());
      if (!m.agg().needsDistinctRows()) {
        continue;
      }
      Joined j = e.view(p.getKey().substring(0, p.getKey().indexOf('.')));
      String value = m.sql().replace("@", j.alias());
      if (m.condition() != null) {
        value = "CASE WHEN " + m.condition().replace("@", j.alias()) + " THEN " + value + " END";
      }
      List<String> inner = new ArrayList<>();
      for (int i = 0; i < dimSql.size(); i++) {
        inner.add(dimSql.get(i) + " AS " + dimAlias.get(i));
      }
      inner.add(j.view().primaryKey.replace("@", j.alias()) + " AS pk__");
      inner.add(value + " AS v__");
      // Looker writes a sum measure as COALESCE(SUM(x), 0): 0 over only NULLs, not NULL.
      String agg = m.agg() == Agg.SUM ? "COALESCE(SUM(CAST(v__ AS DOUBLE PRECISION)), 0)"
          : "AVG(CAST(v__ AS DOUBLE PRECISION))";
      branches.add("SELECT " + branchSelect.apply(Map.of(p.getKey(), agg)) + " FROM (SELECT "
          + "DISTINCT " + String.join(", ", inner) + from + where + ") d" + groupByAliases);
    }
    List<String> merged = new ArrayList<>(dimAlias);
    for (String col : parts.values()) {
      merged.add("MAX(" + col + ") AS " + col);
    }
    List<String> select = new ArrayList<>(dimAlias);
    for (int i = 0; i < q.measures.size(); i++) {
      select.add(measureExpression(e, q.measures.get(i), parts) + " AS "
          + alias(q.dims.size() + i));
    }
    b.append("SELECT * FROM (SELECT ").append(String.join(", ", select)).append(" FROM (SELECT ")
        .append(String.join(", ", merged)).append(" FROM (")
        .append(String.join(" UNION ALL ", branches)).append(") u").append(groupByAliases)
        .append(") g) t");
    appendOrderAndLimit(q, b, true);
    return b.toString();
  }

  private static void addParts(Explore e, String field, Map<String, String> parts) {
    Measure m = measure(e, field);
    if (m.agg() == Agg.NUMBER) {
      String view = field.substring(0, field.indexOf('.'));
      for (String ref : references(m.sql())) {
        addParts(e, view + "." + ref, parts);
      }
    } else if (!parts.containsKey(field)) {
      parts.put(field, "p" + parts.size() + "__");
    }
  }

  private static List<String> references(String formula) {
    List<String> out = new ArrayList<>();
    java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\{(\\w+)}")
        .matcher(formula);
    while (matcher.find()) {
      out.add(matcher.group(1));
    }
    return out;
  }

  private static String measureExpression(Explore e, String field, Map<String, String> parts) {
    Measure m = measure(e, field);
    if (m.agg() != Agg.NUMBER) {
      return parts.get(field);
    }
    String view = field.substring(0, field.indexOf('.'));
    String sql = m.sql();
    for (String ref : references(sql)) {
      sql = sql.replace("{" + ref + "}", parts.get(view + "." + ref));
    }
    return "CAST(" + sql + " AS DOUBLE PRECISION)";
  }

  private static String partType(Measure m) {
    switch (m.agg()) {
    case COUNT: case COUNT_DISTINCT:
      return "BIGINT";
    case LIST:
      return "VARCHAR";
    default:
      return "DOUBLE PRECISION";
    }
  }

  /**
   * Aggregates that repeated rows don't change, over the joined rows: a count counts distinct
   * primary keys; {@code col + "k"} is the key or row value, {@code col + "c"} the condition
   * of the measure's LookML filters.
   */
  private static String directAggregate(Measure m, String col) {
    String v = m.condition() == null ? col + "k" : "CASE WHEN " + col + "c THEN " + col + "k END";
    return switch (m.agg()) {
      case COUNT, COUNT_DISTINCT -> "COUNT(DISTINCT " + v + ")";
      case MIN -> "CAST(MIN(" + v + ") AS DOUBLE PRECISION)";
      case MAX -> "CAST(MAX(" + v + ") AS DOUBLE PRECISION)";
      case LIST -> "LISTAGG(DISTINCT CAST(" + v + " AS VARCHAR), ', ') WITHIN GROUP"
          + " (ORDER BY CAST(" + v + " AS VARCHAR))";
      default -> throw new IllegalStateException(m.toString());
    };
  }

  // ---------------------------------------------------------------------------------------
  // Running and comparing

  record Failure(int index, String kind, String driverSql, String message, String report) {
  }

  private static long plainNanos;
  private static long driverNanos;
  private static final TreeMap<Long, String> SLOWEST = new TreeMap<>();

  private static Failure check(int index, Query q) {
    List<List<Object>> expected;
    long t0 = System.nanoTime();
    try {
      expected = plainRows(q);
      plainNanos += System.nanoTime() - t0;
    } catch (SQLException ex) {
      throw new IllegalStateException("plain SQL failed (a bug in this test): "
          + q.expectedSql, ex);
    }
    q.expectedRowCount = expected.size();
    List<List<Object>> actual;
    List<String> names = new ArrayList<>();
    List<Integer> numeric;
    long t1 = System.nanoTime();
    try (Statement s = connection.createStatement();
         ResultSet rs = s.executeQuery(q.driverSql)) {
      actual = rows(rs);
      for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
        names.add(rs.getMetaData().getColumnLabel(c));
      }
      numeric = CompositionLaws.numericColumns(rs.getMetaData());
    } catch (SQLException ex) {
      String message = messages(ex);
      String kind = message.contains("can't") || message.contains("Refused")
          || message.contains("refused") ? "refused" : "error";
      String shortMessage = message.replace("Error while executing SQL \"" + q.driverSql + "\": ", "");
      return new Failure(index, kind, q.driverSql, shortMessage.length() > 200
          ? shortMessage.substring(0, 200) : shortMessage, header(index, q) + kind + ": " + message);
    } finally {
      long spent = System.nanoTime() - t1;
      driverNanos += spent;
      SLOWEST.put(spent, index + " (" + (System.nanoTime() - t0 - spent) / 1_000_000
          + " ms plain): " + q.driverSql);
      if (SLOWEST.size() > 5) {
        SLOWEST.pollFirstEntry();
      }
    }
    boolean ordered = !q.sorts.isEmpty();
    String diff = diff(expected, actual, ordered);
    if (diff == null) {
      String law = CompositionLaws.violation(connection, q.driverSql, names, numeric, actual);
      return law == null ? null : new Failure(index, "law broken", q.driverSql, law,
          header(index, q) + "LAW BROKEN: " + law);
    }
    return new Failure(index, "wrong answer", q.driverSql, "different rows",
        header(index, q) + "WRONG ANSWER (" + (ordered ? "ordered" : "unordered")
            + " comparison)\n" + diff);
  }

  private static String header(int index, Query q) {
    return "query #" + index + " (rerun: -Dlooksql.random.only=" + index + ")\n"
        + "driver SQL:   " + q.driverSql + "\n"
        + "plain SQL:    " + q.expectedSql + "\n"
        + "Looker query: " + explain(q.driverSql) + "\n";
  }

  private static String explain(String sql) {
    try (Statement s = connection.createStatement();
         ResultSet rs = s.executeQuery("EXPLAIN PLAN FOR " + sql)) {
      StringBuilder b = new StringBuilder();
      while (rs.next()) {
        b.append(rs.getString(1));
      }
      String plan = b.toString();
      return plan.length() > 3000 ? plan.substring(0, 3000) + "…" : plan;
    } catch (SQLException ex) {
      return "(EXPLAIN failed: " + ex.getMessage() + ")";
    }
  }

  private static List<List<Object>> plainRows(Query q) throws SQLException {
    try (Statement s = database.createStatement(); ResultSet rs = s.executeQuery(q.expectedSql)) {
      return rows(rs);
    }
  }

  private static List<List<Object>> rows(ResultSet rs) throws SQLException {
    List<List<Object>> out = new ArrayList<>();
    int n = rs.getMetaData().getColumnCount();
    while (rs.next()) {
      List<Object> row = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        Object v = rs.getObject(i);
        // java.sql.Date and Timestamp print in the JVM's zone (the build sets America/Sao_Paulo);
        // the text form is the wall-clock value on both sides.
        row.add(v instanceof java.util.Date ? text(rs.getString(i)) : normalize(v));
      }
      out.add(row);
    }
    return out;
  }

  private static String text(String dateOrTimestamp) {
    return dateOrTimestamp == null ? null
        : dateOrTimestamp.replace('T', ' ').replaceFirst("\\.0+$", "");
  }

  /** Numbers as BigDecimal, dates and timestamps as text, the rest as they are. */
  private static Object normalize(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof Number) {
      return new BigDecimal(v.toString());
    }
    if (v instanceof java.sql.Timestamp t) {
      return t.toLocalDateTime().toString();
    }
    if (v instanceof java.time.LocalDateTime t) {
      return t.toString();
    }
    if (v instanceof java.sql.Date || v instanceof java.time.LocalDate) {
      return v.toString();
    }
    return v;
  }

  private static boolean same(Object a, Object b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      BigDecimal tolerance = x.abs().max(y.abs()).max(BigDecimal.ONE)
          .multiply(new BigDecimal("1e-9"));
      return x.subtract(y).abs().compareTo(tolerance) <= 0;
    }
    return a.equals(b);
  }

  private static boolean sameRow(List<Object> a, List<Object> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!same(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Returns null when the rows agree, else a description of the differences. */
  static String diff(List<List<Object>> expected, List<List<Object>> actual, boolean ordered) {
    List<List<Object>> e = ordered ? expected : sorted(expected);
    List<List<Object>> a = ordered ? actual : sorted(actual);
    boolean equal = e.size() == a.size();
    for (int i = 0; equal && i < e.size(); i++) {
      equal = sameRow(e.get(i), a.get(i));
    }
    if (equal) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    b.append("expected ").append(e.size()).append(" rows, driver returned ").append(a.size())
        .append('\n');
    List<String> es = e.stream().map(RandomQueryTest::show).collect(Collectors.toList());
    List<String> as = a.stream().map(RandomQueryTest::show).collect(Collectors.toList());
    List<String> missing = new ArrayList<>(es);
    as.forEach(missing::remove);
    List<String> extra = new ArrayList<>(as);
    es.forEach(extra::remove);
    b.append("only in plain SQL (").append(missing.size()).append("): ")
        .append(missing.stream().limit(10).collect(Collectors.joining("  ;  "))).append('\n');
    b.append("only from driver (").append(extra.size()).append("): ")
        .append(extra.stream().limit(10).collect(Collectors.joining("  ;  "))).append('\n');
    for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
      List<Object> x = i < e.size() ? e.get(i) : null;
      List<Object> y = i < a.size() ? a.get(i) : null;
      if (x == null || y == null || !sameRow(x, y)) {
        b.append("first difference at row ").append(i).append(": plain SQL ")
            .append(x == null ? "(none)" : show(x)).append(" vs driver ")
            .append(y == null ? "(none)" : show(y)).append('\n');
        break;
      }
    }
    b.append("plain SQL rows: ").append(es.stream().limit(8).collect(Collectors.joining("  ;  ")))
        .append(es.size() > 8 ? " …" : "").append('\n');
    b.append("driver rows:    ").append(as.stream().limit(8).collect(Collectors.joining("  ;  ")))
        .append(as.size() > 8 ? " …" : "");
    return b.toString();
  }

  private static List<List<Object>> sorted(List<List<Object>> rows) {
    List<List<Object>> out = new ArrayList<>(rows);
    out.sort((x, y) -> sortKey(x).compareTo(sortKey(y)));
    return out;
  }

  private static String sortKey(List<Object> row) {
    return row.stream().map(v -> v instanceof BigDecimal d
        ? d.round(new MathContext(8)).stripTrailingZeros().toPlainString() : String.valueOf(v))
        .collect(Collectors.joining("\u0001"));
  }

  private static String show(List<Object> row) {
    return row.stream().map(v -> v instanceof BigDecimal d
        ? d.round(new MathContext(12)).stripTrailingZeros().toPlainString()
        : v instanceof String s ? "'" + s + "'" : String.valueOf(v))
        .collect(Collectors.joining(" | "));
  }

  private static String messages(Throwable t) {
    Set<String> seen = new LinkedHashSet<>();
    for (Throwable c = t; c != null; c = c.getCause()) {
      String m = String.valueOf(c.getMessage());
      seen.add(m.length() > 500 ? m.substring(0, 500) + "…" : m);
    }
    return String.join(" / ", seen);
  }

  private static String diffMaps(Map<String, String> expected, Map<String, String> actual) {
    List<String> out = new ArrayList<>();
    for (String k : expected.keySet()) {
      if (!actual.containsKey(k)) {
        out.add("missing " + k);
      } else if (!expected.get(k).equals(actual.get(k))) {
        out.add(k + " is " + actual.get(k) + ", expected " + expected.get(k));
      }
    }
    for (String k : actual.keySet()) {
      if (!expected.containsKey(k)) {
        out.add("unexpected " + k + " " + actual.get(k));
      }
    }
    return String.join(", ", out);
  }

  private static Set<Shape> shapes() {
    Set<Shape> out = new LinkedHashSet<>();
    for (Shape s : Shape.values()) {
      if (s.byDefault) {
        out.add(s);
      }
    }
    String extra = System.getProperty("looksql.random.shapes", "").trim();
    for (String s : extra.split(",")) {
      if (s.isBlank()) {
        continue;
      }
      if (s.trim().equalsIgnoreCase("all")) {
        out.addAll(Arrays.asList(Shape.values()));
      } else if (s.trim().startsWith("-")) {
        out.remove(Shape.valueOf(s.trim().substring(1).toUpperCase(Locale.ROOT)));
      } else {
        out.add(Shape.valueOf(s.trim().toUpperCase(Locale.ROOT)));
      }
    }
    return out;
  }
}
