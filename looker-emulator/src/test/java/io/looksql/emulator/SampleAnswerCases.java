package io.looksql.emulator;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * The answer cases: Looker queries over the sample model, each with its rows computed
 * independently of the emulator, by hand-written SQL or by Java over raw rows.
 *
 * <p>Hand SQL uses short table aliases (u, o, oi, ii, p, dc) and, where it can, spellings that
 * differ from what the compiler writes (IN lists, POSITION, per-key sub-queries instead of
 * symmetric aggregates), so that a compiler bug and the expectation can't share one mistake.
 *
 * <p>Hand SQL is written for H2; where it uses H2's own functions (YEAR, FORMATDATETIME,
 * DATEADD...) a case also gives PostgreSQL's spelling with {@link Answer#postgres}, so that every
 * case also runs on PostgreSQL ({@code SampleAnswersPostgresTest}).
 */
final class SampleAnswerCases {
  /** The emulator's clock: relative date filters are relative to this instant. */
  static final Instant NOW = Instant.parse("2025-06-15T12:00:00Z");

  private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
  private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT);

  /** Joins of the order_items explore that reach products, written by hand. */
  private static final String ITEMS_TO_PRODUCTS = " FROM order_items oi"
      + " LEFT JOIN inventory_items ii ON ii.id = oi.inventory_item_id"
      + " LEFT JOIN products p ON p.id = ii.product_id";

  /** The product columns shown by the string filter cases. */
  private static final String[] PRODUCT_COLUMNS = {"products.id", "products.brand", "products.name"};

  private SampleAnswerCases() {
  }

  /** Computes the expected rows from the database without going through the emulator. */
  @FunctionalInterface
  interface Expected {
    List<List<Object>> rows(DataSource dataSource) throws SQLException;
  }

  /**
   * One case.
   *
   * @param name what the case covers
   * @param query the Looker query
   * @param how the hand SQL, or a description of the Java computation
   * @param expected the expected rows
   * @param ordered whether row order is part of the answer (the query sorts on a unique key)
   * @param naiveSql for fan-out cases, plain joins without de-duplication, whose answer must differ
   * @param postgresSql the hand SQL for PostgreSQL where {@code how}'s is H2's own, else null
   */
  record Answer(String name, LookerQuery query, String how, Expected expected, boolean ordered,
      String naiveSql, String postgresSql) {
    /** Returns this case with hand SQL for PostgreSQL, which lacks H2 functions the H2 SQL uses. */
    Answer postgres(String sql) {
      return new Answer(name, query, how, expected, ordered, naiveSql, sql);
    }

    /** Returns the case as run on a database of the given dialect ({@code h2}, {@code postgres}). */
    Answer on(String dialect) {
      if (!dialect.equals("postgres") || postgresSql == null) {
        return this;
      }
      return new Answer(name, query, postgresSql, ds -> ResultRows.query(ds, postgresSql), ordered, naiveSql, null);
    }

    @Override public String toString() {
      return name;
    }
  }

  /** Users with their age tier (integer style) and its position in tier order, {@code k}. */
  private static final String AGE_TIERS = "SELECT gender, CASE WHEN age IS NULL THEN 'Undefined'"
      + " WHEN age < 0 THEN 'Below 0' WHEN age >= 80 THEN '80 or Above'"
      + " ELSE CAST(age / 10 * 10 AS VARCHAR(3)) || ' to ' || CAST(age / 10 * 10 + 9 AS VARCHAR(3))"
      + " END AS tier, CASE WHEN age IS NULL THEN 10 WHEN age < 0 THEN 0 WHEN age >= 80 THEN 9"
      + " ELSE age / 10 + 1 END AS k FROM users";

  private static Answer ordered(String name, LookerQuery query, String sql) {
    return new Answer(name, query, sql, ds -> ResultRows.query(ds, sql), true, null, null);
  }

  private static Answer unordered(String name, LookerQuery query, String sql) {
    return new Answer(name, query, sql, ds -> ResultRows.query(ds, sql), false, null, null);
  }

  private static Answer fanOut(String name, LookerQuery query, String sql, String naiveSql) {
    return new Answer(name, query, sql, ds -> ResultRows.query(ds, sql), true, naiveSql, null);
  }

  private static Answer java(String name, LookerQuery query, String how, boolean ordered, Expected expected) {
    return new Answer(name, query, how, expected, ordered, null, null);
  }

  private static LookerQuery q(String explore) {
    return LookerQuery.explore(explore);
  }

  /** Returns the products whose columns match a WHERE clause, as the string filter cases show them. */
  private static Answer products(String name, String field, String expression, String where) {
    return ordered(name, q("products").fields(PRODUCT_COLUMNS).filter(field, expression).sorts("products.id"),
        "SELECT id, brand, name FROM products WHERE " + where + " ORDER BY id");
  }

  static List<Answer> all() {
    List<Answer> cases = new ArrayList<>();
    fieldKinds(cases);
    timeframes(cases);
    measures(cases);
    stringFilters(cases);
    numberFilters(cases);
    dateFilters(cases);
    yesNoFilters(cases);
    havingFilters(cases);
    fanOuts(cases);
    sortsAndLimits(cases);
    timeZones(cases);
    customMeasures(cases);
    emptySums(cases);
    return cases;
  }

  private static void fieldKinds(List<Answer> cases) {
    cases.add(ordered("string dimension, count, sorted asc",
        q("users").fields("users.traffic_source", "users.count").sorts("users.traffic_source"),
        "SELECT traffic_source, COUNT(*) FROM users GROUP BY traffic_source ORDER BY traffic_source"));
    cases.add(ordered("number dimension with NULL ages, sorted desc",
        q("users").fields("users.age", "users.count").sorts("users.age desc"),
        "SELECT age, COUNT(*) FROM users GROUP BY age ORDER BY age DESC"));
    cases.add(ordered("yesno dimension with average",
        q("users").fields("users.is_international", "users.count", "users.average_age")
            .sorts("users.is_international"),
        "SELECT intl, COUNT(*), CAST(SUM(age) AS DOUBLE PRECISION) / COUNT(age) FROM ("
            + "SELECT CASE WHEN country = 'United States' THEN 'No' ELSE 'Yes' END AS intl, age FROM users) x"
            + " GROUP BY intl ORDER BY intl"));
    cases.add(unordered("tier dimension (integer style) with min and max",
        q("users").fields("users.age_tier", "users.count", "users.min_age", "users.max_age"),
        "SELECT tier, COUNT(*), MIN(age), MAX(age) FROM (SELECT age, CASE"
            + " WHEN age IS NULL THEN 'Undefined' WHEN age < 0 THEN 'Below 0'"
            + " WHEN age BETWEEN 0 AND 9 THEN '0 to 9' WHEN age BETWEEN 10 AND 19 THEN '10 to 19'"
            + " WHEN age BETWEEN 20 AND 29 THEN '20 to 29' WHEN age BETWEEN 30 AND 39 THEN '30 to 39'"
            + " WHEN age BETWEEN 40 AND 49 THEN '40 to 49' WHEN age BETWEEN 50 AND 59 THEN '50 to 59'"
            + " WHEN age BETWEEN 60 AND 69 THEN '60 to 69' WHEN age BETWEEN 70 AND 79 THEN '70 to 79'"
            + " ELSE '80 or Above' END AS tier FROM users) x GROUP BY tier"));
    // Tiers sort by tier, the undefined (null) tier last. The sample's ages (12 to 70) give
    // labels whose text order happens to agree; TierSortTest has tiers where it does not.
    cases.add(ordered("tier dimension sorted in tier order",
        q("users").fields("users.age_tier", "users.count").sorts("users.age_tier"),
        "SELECT tier, COUNT(*) FROM (" + AGE_TIERS + ") x GROUP BY tier, k ORDER BY k"));
    cases.add(ordered("tier dimension sorted desc, then by a measure",
        q("users").fields("users.gender", "users.age_tier", "users.count")
            .sorts("users.age_tier desc", "users.gender"),
        "SELECT gender, tier, COUNT(*) FROM (" + AGE_TIERS + ") x GROUP BY gender, tier, k"
            + " ORDER BY k DESC, gender"));
    cases.add(ordered("tier dimension alone, Looker's default sort is in tier order",
        q("users").fields("users.age_tier"),
        "SELECT tier FROM (" + AGE_TIERS + ") x GROUP BY tier, k ORDER BY k"));
    cases.add(ordered("zipcode dimension keeps leading zeros",
        q("users").fields("users.zip", "users.country", "users.count").filter("users.zip", "0%")
            .sorts("users.zip"),
        "SELECT zip, country, COUNT(*) FROM users WHERE LEFT(zip, 1) = '0' GROUP BY zip, country ORDER BY zip"));
    cases.add(ordered("type: date dimension filtered by a date range",
        q("products").fields("inventory_items.received_day", "inventory_items.count")
            .filter("inventory_items.received_day", "2024/01/01 to 2024/01/15")
            .sorts("inventory_items.received_day"),
        "SELECT CAST(created_at AS DATE) AS d, COUNT(*) FROM inventory_items"
            + " WHERE CAST(created_at AS DATE) BETWEEN DATE '2024-01-01' AND DATE '2024-01-14'"
            + " GROUP BY d ORDER BY d"));
    cases.add(ordered("type: date_time dimension of a derived table",
        q("order_items").fields("users.id", "user_order_facts.latest_order_at",
                "user_order_facts.lifetime_orders", "user_order_facts.lifetime_revenue")
            .filter("users.id", "1 to 25").sorts("users.id"),
        "SELECT user_id, MAX(created_at), COUNT(DISTINCT order_id), SUM(sale_price) FROM order_items"
            + " WHERE user_id BETWEEN 1 AND 25 GROUP BY user_id ORDER BY user_id"));
    cases.add(ordered("explore with from: and an aliased join",
        q("customers").fields("customers.id", "customers.full_name", "customer_facts.lifetime_revenue",
                "customer_facts.is_repeat_customer")
            .filter("customers.id", "<=20").sorts("customers.id"),
        "SELECT u.id, CONCAT(u.first_name, ' ', u.last_name), f.revenue,"
            + " CASE WHEN f.orders >= 2 THEN 'Yes' ELSE 'No' END FROM users u LEFT JOIN ("
            + "SELECT user_id, SUM(sale_price) AS revenue, COUNT(DISTINCT order_id) AS orders"
            + " FROM order_items GROUP BY user_id) f ON f.user_id = u.id WHERE u.id <= 20 ORDER BY u.id"));
  }

  private static void timeframes(List<Answer> cases) {
    cases.add(ordered("timeframe date",
        q("orders").fields("orders.created_date", "orders.count")
            .filter("orders.created_date", "2024/02/01 to 2024/02/10").sorts("orders.created_date"),
        "SELECT CAST(created_at AS DATE) AS d, COUNT(*) FROM orders"
            + " WHERE created_at >= TIMESTAMP '2024-02-01 00:00:00' AND created_at < TIMESTAMP '2024-02-10 00:00:00'"
            + " GROUP BY d ORDER BY d"));
    cases.add(ordered("timeframe week (weeks start on Monday), sorted desc",
        q("orders").fields("orders.created_week", "orders.count")
            .filter("orders.created_date", "2024/01/01 to 2024/03/01").sorts("orders.created_week desc"),
        // ISO_DAY_OF_WEEK is 1 on Monday: step back to that day.
        "SELECT DATEADD(DAY, 1 - ISO_DAY_OF_WEEK(created_at), CAST(created_at AS DATE)) AS w, COUNT(*)"
            + " FROM orders WHERE created_at >= TIMESTAMP '2024-01-01 00:00:00'"
            + " AND created_at < TIMESTAMP '2024-03-01 00:00:00' GROUP BY w ORDER BY w DESC")
        // ISODOW is 1 on Monday too; a date minus an integer is a date.
        .postgres("SELECT CAST(created_at AS DATE) - CAST(EXTRACT(ISODOW FROM created_at) AS INTEGER) + 1 AS w,"
            + " COUNT(*) FROM orders WHERE created_at >= TIMESTAMP '2024-01-01 00:00:00'"
            + " AND created_at < TIMESTAMP '2024-03-01 00:00:00' GROUP BY w ORDER BY w DESC"));
    cases.add(ordered("timeframe month, filter on year, Looker's default sort (time desc)",
        q("orders").fields("orders.created_month", "orders.count", "orders.total_items")
            .filter("orders.created_year", "2023"),
        "SELECT FORMATDATETIME(created_at, 'yyyy-MM') AS m, COUNT(*), COALESCE(SUM(num_of_item), 0) FROM orders"
            + " WHERE YEAR(created_at) = 2023 GROUP BY m ORDER BY m DESC")
        .postgres("SELECT TO_CHAR(created_at, 'YYYY-MM') AS m, COUNT(*), COALESCE(SUM(num_of_item), 0) FROM orders"
            + " WHERE EXTRACT(YEAR FROM created_at) = 2023 GROUP BY m ORDER BY m DESC"));
    cases.add(ordered("timeframe quarter (first month of the quarter)",
        q("order_items").fields("order_items.created_quarter", "order_items.count",
                "order_items.total_sale_price")
            .filter("order_items.created_date", "2022/01/01 to 2024/01/01").sorts("order_items.created_quarter"),
        "SELECT YEAR(created_at) || '-' || LPAD(CAST(3 * QUARTER(created_at) - 2 AS VARCHAR), 2, '0') AS qt,"
            + " COUNT(*), COALESCE(SUM(sale_price), 0) FROM order_items WHERE YEAR(created_at) IN (2022, 2023)"
            + " GROUP BY qt ORDER BY qt")
        .postgres("SELECT TO_CHAR(created_at, 'YYYY') || '-' || TO_CHAR(3 * EXTRACT(QUARTER FROM created_at) - 2, 'FM00')"
            + " AS qt, COUNT(*), COALESCE(SUM(sale_price), 0) FROM order_items WHERE EXTRACT(YEAR FROM created_at) IN (2022, 2023)"
            + " GROUP BY qt ORDER BY qt"));
    cases.add(ordered("timeframe year (a JSON number) with count_distinct",
        q("orders").fields("orders.created_year", "orders.count", "orders.user_count")
            .sorts("orders.created_year"),
        "SELECT YEAR(created_at) AS y, COUNT(*), COUNT(DISTINCT user_id) FROM orders GROUP BY y ORDER BY y")
        .postgres("SELECT EXTRACT(YEAR FROM created_at) AS y, COUNT(*), COUNT(DISTINCT user_id) FROM orders"
            + " GROUP BY y ORDER BY y"));
    cases.add(unordered("timeframe day_of_week",
        q("order_items").fields("order_items.created_day_of_week", "order_items.count"),
        "SELECT DAYNAME(created_at) AS dow, COUNT(*) FROM order_items GROUP BY dow")
        // 'Day' is the English name blank-padded to nine letters ('TMDay' would follow lc_time).
        .postgres("SELECT RTRIM(TO_CHAR(created_at, 'Day')) AS dow, COUNT(*) FROM order_items GROUP BY dow"));
    cases.add(ordered("timeframe hour_of_day",
        q("orders").fields("orders.created_hour_of_day", "orders.count").sorts("orders.created_hour_of_day"),
        "SELECT HOUR(created_at) AS h, COUNT(*) FROM orders GROUP BY h ORDER BY h")
        .postgres("SELECT EXTRACT(HOUR FROM created_at) AS h, COUNT(*) FROM orders GROUP BY h ORDER BY h"));
    cases.add(ordered("timeframe month_num, sorted desc",
        q("users").fields("users.created_month_num", "users.count").sorts("users.created_month_num desc"),
        "SELECT MONTH(created_at) AS m, COUNT(*) FROM users GROUP BY m ORDER BY m DESC")
        .postgres("SELECT EXTRACT(MONTH FROM created_at) AS m, COUNT(*) FROM users GROUP BY m ORDER BY m DESC"));
    cases.add(ordered("timeframes time and raw, with NULL timestamps",
        q("orders").fields("orders.order_id", "orders.created_time", "orders.shipped_time",
                "orders.returned_raw", "orders.status")
            .filter("orders.created_date", "2025/03/03").sorts("orders.order_id"),
        "SELECT order_id, created_at, shipped_at, returned_at, status FROM orders"
            + " WHERE CAST(created_at AS DATE) = DATE '2025-03-03' ORDER BY order_id"));
    cases.add(ordered("dimension group of datatype: date (first order month)",
        q("customers").fields("customer_facts.first_order_month", "customer_facts.count")
            .filter("customer_facts.first_order_year", "2019").sorts("customer_facts.first_order_month"),
        "SELECT FORMATDATETIME(first_at, 'yyyy-MM') AS m, COUNT(*) FROM ("
            + "SELECT user_id, MIN(created_at) AS first_at FROM order_items GROUP BY user_id) f"
            + " WHERE YEAR(first_at) = 2019 GROUP BY m ORDER BY m")
        .postgres("SELECT TO_CHAR(first_at, 'YYYY-MM') AS m, COUNT(*) FROM ("
            + "SELECT user_id, MIN(created_at) AS first_at FROM order_items GROUP BY user_id) f"
            + " WHERE EXTRACT(YEAR FROM first_at) = 2019 GROUP BY m ORDER BY m"));
  }

  private static void measures(List<Answer> cases) {
    cases.add(ordered("count_distinct, and count of a many_to_one view (distinct users)",
        q("order_items").fields("order_items.status", "order_items.order_count", "order_items.count",
                "users.count")
            .sorts("order_items.status"),
        "SELECT status, COUNT(DISTINCT order_id), COUNT(*), COUNT(DISTINCT user_id) FROM order_items"
            + " GROUP BY status ORDER BY status"));
    cases.add(ordered("sum, average, min, max over a two-step join",
        q("order_items").fields("products.category", "order_items.total_sale_price",
                "order_items.average_sale_price", "order_items.min_sale_price", "order_items.max_sale_price")
            .sorts("products.category"),
        "SELECT p.category, COALESCE(SUM(oi.sale_price), 0), CAST(SUM(oi.sale_price) AS DOUBLE PRECISION) / COUNT(oi.sale_price),"
            + " MIN(oi.sale_price), MAX(oi.sale_price)" + ITEMS_TO_PRODUCTS
            + " GROUP BY p.category ORDER BY p.category"));
    cases.add(ordered("type: number measures built on other measures",
        q("order_items").fields("users.traffic_source", "order_items.average_order_value",
                "order_items.return_rate")
            .sorts("users.traffic_source"),
        "SELECT u.traffic_source, CAST(COALESCE(SUM(oi.sale_price), 0) AS DOUBLE PRECISION) / COUNT(DISTINCT oi.order_id),"
            + " CAST(SUM(CASE WHEN oi.status = 'Returned' THEN 1 ELSE 0 END) AS DOUBLE PRECISION) / COUNT(*)"
            + " FROM order_items oi LEFT JOIN users u ON u.id = oi.user_id"
            + " GROUP BY u.traffic_source ORDER BY u.traffic_source"));
    cases.add(java("type: list measure over the tricky brands",
        q("products").fields("products.department", "products.brand_list", "products.count")
            .filter("products.id", "1 to 13").sorts("products.department"),
        "Java: distinct non-NULL brands per department of products 1..13, sorted, joined with \", \"",
        true, ds -> {
          Map<String, java.util.TreeSet<String>> brands = new TreeMap<>();
          Map<String, Long> counts = new TreeMap<>();
          for (List<Object> row : ResultRows.query(ds,
              "SELECT department, brand FROM products WHERE id BETWEEN 1 AND 13")) {
            String department = (String) row.get(0);
            brands.computeIfAbsent(department, d -> new java.util.TreeSet<>());
            if (row.get(1) != null) {
              brands.get(department).add((String) row.get(1));
            }
            counts.merge(department, 1L, Long::sum);
          }
          List<List<Object>> rows = new ArrayList<>();
          brands.forEach((department, set) ->
              rows.add(java.util.Arrays.asList(department, set.isEmpty() ? null : String.join(", ", set),
                  counts.get(department))));
          return rows;
        }));
    cases.add(ordered("filtered measures (string, yesno and negated filters)",
        q("order_items").fields("order_items.created_year", "order_items.count", "order_items.complete_count",
                "order_items.returned_count", "order_items.returned_revenue", "order_items.net_revenue")
            .sorts("order_items.created_year"),
        "SELECT YEAR(created_at) AS y, COUNT(*), COUNT(*) FILTER (WHERE status = 'Complete'),"
            + " COUNT(*) FILTER (WHERE status = 'Returned'), COALESCE(SUM(sale_price) FILTER (WHERE status = 'Returned'), 0),"
            + " COALESCE(SUM(sale_price) FILTER (WHERE status IS DISTINCT FROM 'Cancelled'), 0)"
            + " FROM order_items GROUP BY y ORDER BY y")
        .postgres("SELECT EXTRACT(YEAR FROM created_at) AS y, COUNT(*), COUNT(*) FILTER (WHERE status = 'Complete'),"
            + " COUNT(*) FILTER (WHERE status = 'Returned'), COALESCE(SUM(sale_price) FILTER (WHERE status = 'Returned'), 0),"
            + " COALESCE(SUM(sale_price) FILTER (WHERE status IS DISTINCT FROM 'Cancelled'), 0)"
            + " FROM order_items GROUP BY y ORDER BY y"));
    cases.add(ordered("count of the joined many side, filtered count and ratio",
        q("products").fields("products.department", "inventory_items.count", "inventory_items.sold_count",
                "inventory_items.sell_through_rate", "inventory_items.total_cost")
            .sorts("products.department"),
        "SELECT p.department, COUNT(ii.id), COUNT(ii.sold_at),"
            + " CAST(COUNT(ii.sold_at) AS DOUBLE PRECISION) / COUNT(ii.id), COALESCE(SUM(ii.cost), 0)"
            + " FROM products p LEFT JOIN inventory_items ii ON ii.product_id = p.id"
            + " GROUP BY p.department ORDER BY p.department"));
    cases.add(ordered("count_distinct ignores NULL brands; number measure on sums",
        q("products").fields("products.department", "products.brand_count", "products.gross_margin_pct",
                "products.min_retail_price", "products.max_retail_price")
            .sorts("products.department"),
        "SELECT department, COUNT(DISTINCT brand),"
            + " 1 - CAST(COALESCE(SUM(cost), 0) AS DOUBLE PRECISION) / CAST(COALESCE(SUM(retail_price), 0) AS DOUBLE PRECISION),"
            + " MIN(retail_price), MAX(retail_price) FROM products GROUP BY department ORDER BY department"));
  }

  private static void stringFilters(List<Answer> cases) {
    cases.add(products("string filter: comma escaped with ^", "products.brand", "Smith^, Jones & Co",
        "brand = 'Smith, Jones & Co'"));
    cases.add(products("string filter: unescaped comma splits the value", "products.brand", "Smith, Jones & Co",
        "brand IN ('Smith', 'Jones & Co')"));
    cases.add(products("string filter: backslash-escaped comma, and EMPTY", "products.brand",
        "Smith\\, Jones & Co,EMPTY", "(brand = 'Smith, Jones & Co' OR brand = '' OR brand IS NULL)"));
    cases.add(products("string filter: quoted value keeps % literal", "products.brand", "\"100% Organic\"",
        "brand = '100% Organic'"));
    cases.add(products("string filter: ^% literal followed by a wildcard", "products.name", "50^%%",
        "LEFT(name, 3) = '50%'"));
    cases.add(products("string filter: ^_ literal inside wildcards", "products.name", "%^_%",
        "POSITION('_' IN name) > 0"));
    cases.add(products("string filter: leading dash escaped", "products.brand", "^-Minus Apparel",
        "brand = '-Minus Apparel'"));
    cases.add(products("string filter: NULL means true NULLs", "products.brand", "NULL", "brand IS NULL"));
    cases.add(products("string filter: ^NULL is the literal word", "products.brand", "^NULL", "brand = 'NULL'"));
    cases.add(products("string filter: \"EMPTY\" quoted is the literal word", "products.brand", "\"EMPTY\"",
        "brand = 'EMPTY'"));
    cases.add(products("string filter: EMPTY means '' or NULL", "products.brand", "EMPTY",
        "brand IS NULL OR brand = ''"));
    cases.add(products("string filter: negated wildcards let NULLs through", "products.brand", "-%a%,-%e%",
        "brand IS NULL OR (POSITION('a' IN brand) = 0 AND POSITION('e' IN brand) = 0)"));
    cases.add(products("string filter: prefix wildcard minus one value", "products.brand", "C%,-Columbia",
        "LEFT(brand, 1) = 'C' AND brand <> 'Columbia'"));
    cases.add(products("string filter: ^^ and ^\" in a list", "products.name",
        "Top^^Hat Beanie,The ^\"Classic^\" Trench Coat",
        "name IN ('Top^Hat Beanie', 'The \"Classic\" Trench Coat')"));
    cases.add(products("string filter: every escape at once", "products.name",
        "100^%^_Cotton ^^Polo^^^, ^\"Slim^\" -Fit", "name = '100%_Cotton ^Polo^, \"Slim\" -Fit'"));
    cases.add(ordered("string filter: -EMPTY, grouped by brand",
        q("products").fields("products.brand", "products.count").filter("products.brand", "-EMPTY")
            .sorts("products.brand"),
        "SELECT brand, COUNT(*) FROM products WHERE CHAR_LENGTH(brand) > 0 GROUP BY brand ORDER BY brand"));
    cases.add(ordered("string filter: negated list with -NULL, on a joined view",
        q("order_items").fields("products.brand", "order_items.count")
            .filter("products.brand", "-Levi's,-Diesel,-NULL").sorts("products.brand"),
        "SELECT p.brand, COUNT(*)" + ITEMS_TO_PRODUCTS
            + " WHERE p.brand IS NOT NULL AND p.brand NOT IN ('Levi''s', 'Diesel')"
            + " GROUP BY p.brand ORDER BY p.brand"));
    cases.add(ordered("string filters: names with spaces and quotes, ANDed across fields",
        q("users").fields("users.id", "users.first_name", "users.last_name")
            .filter("users.last_name", "O'Brien,Smith-Jones").filter("users.gender", "F").sorts("users.id"),
        "SELECT id, first_name, last_name FROM users WHERE last_name IN ('O''Brien', 'Smith-Jones')"
            + " AND gender = 'F' ORDER BY id"));
    cases.add(ordered("string filter: values with spaces",
        q("users").fields("users.id", "users.first_name").filter("users.first_name", "Mary Ann,Jean Luc")
            .sorts("users.id"),
        "SELECT id, first_name FROM users WHERE first_name IN ('Mary Ann', 'Jean Luc') ORDER BY id"));
  }

  private static void numberFilters(List<Answer> cases) {
    cases.add(ordered("number filter: half-open interval [20,30)",
        q("users").fields("users.age", "users.count").filter("users.age", "[20,30)").sorts("users.age"),
        "SELECT age, COUNT(*) FROM users WHERE age >= 20 AND age < 30 GROUP BY age ORDER BY age"));
    cases.add(ordered("number filter: NOT a range lets NULLs through",
        q("users").fields("users.age", "users.count").filter("users.age", "NOT 20 to 60").sorts("users.age"),
        "SELECT age, COUNT(*) FROM users WHERE age IS NULL OR age < 20 OR age > 60 GROUP BY age ORDER BY age"));
    cases.add(ordered("number filter: NULL",
        q("users").fields("users.id", "users.first_name").filter("users.age", "NULL").sorts("users.id"),
        "SELECT id, first_name FROM users WHERE age IS NULL ORDER BY id"));
    cases.add(ordered("number filter: list of values",
        q("users").fields("users.age", "users.count").filter("users.age", "25, 35, 45").sorts("users.age"),
        "SELECT age, COUNT(*) FROM users WHERE age = 25 OR age = 35 OR age = 45 GROUP BY age ORDER BY age"));
    cases.add(ordered("number filter: NOT a list, totals without dimensions",
        q("users").fields("users.count", "users.min_age", "users.max_age").filter("users.age", "NOT 25, 35, 45"),
        "SELECT COUNT(*), MIN(age), MAX(age) FROM users WHERE age NOT IN (25, 35, 45) OR age IS NULL"));
    cases.add(ordered("number filters: open interval and OR, on two views",
        q("order_items").fields("order_items.status", "order_items.count", "order_items.total_sale_price")
            .filter("order_items.sale_price", "(100,inf)").filter("users.age", "<15 OR >=65")
            .sorts("order_items.status"),
        "SELECT oi.status, COUNT(*), COALESCE(SUM(oi.sale_price), 0) FROM order_items oi JOIN users u ON u.id = oi.user_id"
            + " WHERE oi.sale_price > 100 AND (u.age < 15 OR u.age >= 65) GROUP BY oi.status ORDER BY oi.status"));
    cases.add(ordered("number filter: AND/OR ranges on decimals",
        q("products").fields("products.id", "products.retail_price")
            .filter("products.retail_price", ">=50 AND <=100 OR >=250").sorts("products.id"),
        "SELECT id, retail_price FROM products WHERE retail_price BETWEEN 50 AND 100 OR retail_price >= 250"
            + " ORDER BY id"));
  }

  private static void dateFilters(List<Answer> cases) {
    cases.add(ordered("date filter: absolute range (end exclusive)",
        q("orders").fields("orders.created_date", "orders.count")
            .filter("orders.created_date", "2021/01/01 to 2021/03/01").sorts("orders.created_date"),
        "SELECT CAST(created_at AS DATE) AS d, COUNT(*) FROM orders"
            + " WHERE CAST(created_at AS DATE) BETWEEN DATE '2021-01-01' AND DATE '2021-02-28'"
            + " GROUP BY d ORDER BY d"));
    cases.add(ordered("date filter: before",
        q("orders").fields("orders.order_id", "orders.created_time")
            .filter("orders.created_date", "before 2019/04/01").sorts("orders.order_id"),
        "SELECT order_id, created_at FROM orders WHERE created_at < TIMESTAMP '2019-04-01 00:00:00' ORDER BY order_id"));
    cases.add(ordered("date filter: after",
        q("orders").fields("orders.created_date", "orders.count")
            .filter("orders.created_date", "after 2025/12/01").sorts("orders.created_date"),
        "SELECT CAST(created_at AS DATE) AS d, COUNT(*) FROM orders WHERE created_at >= TIMESTAMP '2025-12-01 00:00:00'"
            + " GROUP BY d ORDER BY d"));
    cases.add(ordered("date filter: a quarter",
        q("orders").fields("orders.created_month", "orders.count")
            .filter("orders.created_date", "2023-Q2").sorts("orders.created_month"),
        "SELECT FORMATDATETIME(created_at, 'yyyy-MM') AS m, COUNT(*) FROM orders"
            + " WHERE MONTH(created_at) BETWEEN 4 AND 6 AND YEAR(created_at) = 2023 GROUP BY m ORDER BY m")
        .postgres("SELECT TO_CHAR(created_at, 'YYYY-MM') AS m, COUNT(*) FROM orders"
            + " WHERE TO_CHAR(created_at, 'YYYY-Q') = '2023-2' GROUP BY m ORDER BY m"));
    cases.add(ordered("date filter: a year, on a date_time field's date",
        q("orders").fields("orders.status", "orders.count").filter("orders.created_date", "2022")
            .sorts("orders.status"),
        "SELECT status, COUNT(*) FROM orders WHERE YEAR(created_at) = 2022 GROUP BY status ORDER BY status")
        .postgres("SELECT status, COUNT(*) FROM orders WHERE EXTRACT(YEAR FROM created_at) = 2022"
            + " GROUP BY status ORDER BY status"));
    // Now is Sunday 2025-06-15 12:00 UTC. Looker's "last N months" is the current month and the
    // N - 1 before it: April, May and June.
    cases.add(ordered("date filter: last 3 months (fixed clock)",
        q("orders").fields("orders.created_month", "orders.count")
            .filter("orders.created_date", "last 3 months").sorts("orders.created_month"),
        "SELECT FORMATDATETIME(created_at, 'yyyy-MM') AS m, COUNT(*) FROM orders"
            + " WHERE created_at >= TIMESTAMP '2025-04-01 00:00:00' AND created_at < TIMESTAMP '2025-07-01 00:00:00'"
            + " GROUP BY m ORDER BY m")
        .postgres("SELECT TO_CHAR(created_at, 'YYYY-MM') AS m, COUNT(*) FROM orders"
            + " WHERE created_at >= TIMESTAMP '2025-04-01 00:00:00' AND created_at < TIMESTAMP '2025-07-01 00:00:00'"
            + " GROUP BY m ORDER BY m"));
    // Weeks start on Monday: this week began 2025-06-09, last week is 2025-06-02 to 2025-06-08.
    cases.add(ordered("date filter: last week (fixed clock)",
        q("orders").fields("orders.created_date", "orders.count")
            .filter("orders.created_date", "last week").sorts("orders.created_date"),
        "SELECT CAST(created_at AS DATE) AS d, COUNT(*) FROM orders"
            + " WHERE CAST(created_at AS DATE) BETWEEN DATE '2025-06-02' AND DATE '2025-06-08' GROUP BY d ORDER BY d"));
    cases.add(ordered("date filter: N days ago for N days (fixed clock)",
        q("order_items").fields("order_items.created_date", "order_items.count", "order_items.total_sale_price")
            .filter("order_items.created_date", "7 days ago for 7 days").sorts("order_items.created_date"),
        "SELECT CAST(created_at AS DATE) AS d, COUNT(*), COALESCE(SUM(sale_price), 0) FROM order_items"
            + " WHERE CAST(created_at AS DATE) BETWEEN DATE '2025-06-08' AND DATE '2025-06-14' GROUP BY d ORDER BY d"));
    cases.add(ordered("date filter: yesterday (fixed clock)",
        q("orders").fields("orders.order_id", "orders.created_time").filter("orders.created_date", "yesterday")
            .sorts("orders.order_id"),
        "SELECT order_id, created_at FROM orders WHERE CAST(created_at AS DATE) = DATE '2025-06-14' ORDER BY order_id"));
    cases.add(ordered("date filter: relative range on a type: date dimension (fixed clock)",
        q("products").fields("products.department", "inventory_items.count")
            .filter("inventory_items.received_day", "3 months ago for 2 months").sorts("products.department"),
        "SELECT p.department, COUNT(*) FROM inventory_items ii JOIN products p ON p.id = ii.product_id"
            + " WHERE ii.created_at >= TIMESTAMP '2025-03-01 00:00:00' AND ii.created_at < TIMESTAMP '2025-05-01 00:00:00'"
            + " GROUP BY p.department ORDER BY p.department"));
    cases.add(ordered("date filter: NULL",
        q("orders").fields("orders.status", "orders.count").filter("orders.shipped_date", "NULL")
            .sorts("orders.status"),
        "SELECT status, COUNT(*) FROM orders WHERE shipped_at IS NULL GROUP BY status ORDER BY status"));
    cases.add(ordered("date filter: NOT NULL",
        q("orders").fields("orders.status", "orders.count").filter("orders.returned_date", "NOT NULL")
            .sorts("orders.status"),
        "SELECT status, COUNT(*) FROM orders WHERE returned_at IS NOT NULL GROUP BY status ORDER BY status"));
  }

  private static void yesNoFilters(List<Answer> cases) {
    cases.add(ordered("yesno filter: yes",
        q("order_items").fields("order_items.status", "order_items.count").filter("order_items.is_returned", "yes")
            .sorts("order_items.status"),
        "SELECT status, COUNT(*) FROM order_items WHERE status = 'Returned' GROUP BY status ORDER BY status"));
    cases.add(unordered("yesno filters on two joined views, yesno dimension of a joined view",
        q("order_items").fields("users.country", "products.is_premium", "order_items.count")
            .filter("users.is_international", "No").filter("products.is_premium", "Yes"),
        "SELECT country, premium, COUNT(*) FROM (SELECT u.country,"
            + " CASE WHEN p.retail_price >= 100 THEN 'Yes' ELSE 'No' END AS premium" + ITEMS_TO_PRODUCTS
            + " JOIN users u ON u.id = oi.user_id WHERE u.country = 'United States' AND p.retail_price >= 100) x"
            + " GROUP BY country, premium"));
    cases.add(ordered("yesno filter: no includes rows where the condition is NULL",
        q("customers").fields("customers.gender", "customers.count")
            .filter("customer_facts.is_repeat_customer", "no").sorts("customers.gender"),
        "SELECT u.gender, COUNT(*) FROM users u LEFT JOIN (SELECT user_id, COUNT(DISTINCT order_id) AS n"
            + " FROM order_items GROUP BY user_id) f ON f.user_id = u.id WHERE COALESCE(f.n, 0) <= 1"
            + " GROUP BY u.gender ORDER BY u.gender"));
  }

  private static void havingFilters(List<Answer> cases) {
    cases.add(ordered("measure filter (HAVING), sorted by measure desc then dimension",
        q("users").fields("users.state", "users.count").filter("users.count", ">30")
            .sorts("users.count desc", "users.state"),
        "SELECT state, COUNT(*) AS n FROM users GROUP BY state HAVING COUNT(*) > 30 ORDER BY n DESC, state"));
    cases.add(ordered("measure filter on a sum over joins",
        q("order_items").fields("products.brand", "order_items.total_sale_price")
            .filter("order_items.total_sale_price", "[20000,40000]").sorts("products.brand"),
        "SELECT p.brand, COALESCE(SUM(oi.sale_price), 0) AS s" + ITEMS_TO_PRODUCTS
            + " GROUP BY p.brand HAVING COALESCE(SUM(oi.sale_price), 0) BETWEEN 20000 AND 40000 ORDER BY p.brand"));
    cases.add(ordered("filter on a measure that is not selected",
        q("users").fields("users.state", "users.count").filter("users.average_age", ">42")
            .sorts("users.state"),
        "SELECT state, COUNT(*) FROM users GROUP BY state HAVING AVG(CAST(age AS DOUBLE PRECISION)) > 42 ORDER BY state"));
  }

  private static void fanOuts(List<Answer> cases) {
    cases.add(fanOut("fan-out: orders measures with order_items joined (one_to_many)",
        q("orders").fields("orders.status", "orders.count", "orders.total_items", "orders.average_items_per_order",
                "orders.user_count", "order_items.count")
            .sorts("orders.status"),
        "SELECT o.status, COUNT(*), COALESCE(SUM(o.num_of_item), 0), CAST(SUM(o.num_of_item) AS DOUBLE PRECISION) / COUNT(*),"
            + " COUNT(DISTINCT o.user_id), SUM(i.n) FROM orders o"
            + " JOIN (SELECT order_id, COUNT(*) AS n FROM order_items GROUP BY order_id) i ON i.order_id = o.order_id"
            + " GROUP BY o.status ORDER BY o.status",
        "SELECT o.status, COUNT(*), SUM(o.num_of_item), AVG(CAST(o.num_of_item AS DOUBLE PRECISION)),"
            + " COUNT(DISTINCT o.user_id), COUNT(oi.id) FROM orders o"
            + " LEFT JOIN order_items oi ON oi.order_id = o.order_id GROUP BY o.status ORDER BY o.status"));
    cases.add(fanOut("fan-out: users measures through orders and order_items",
        q("users").fields("users.gender", "users.count", "users.average_age", "users.total_age", "orders.count",
                "orders.total_items", "order_items.total_sale_price")
            .sorts("users.gender"),
        "SELECT u.gender, COUNT(*), CAST(SUM(u.age) AS DOUBLE PRECISION) / COUNT(u.age), COALESCE(SUM(u.age), 0),"
            + " SUM(COALESCE(o.n, 0)), COALESCE(SUM(o.items), 0), COALESCE(SUM(s.revenue), 0) FROM users u"
            + " LEFT JOIN (SELECT user_id, COUNT(*) AS n, SUM(num_of_item) AS items FROM orders GROUP BY user_id) o"
            + " ON o.user_id = u.id"
            + " LEFT JOIN (SELECT o2.user_id, SUM(oi.sale_price) AS revenue FROM orders o2"
            + " JOIN order_items oi ON oi.order_id = o2.order_id GROUP BY o2.user_id) s ON s.user_id = u.id"
            + " GROUP BY u.gender ORDER BY u.gender",
        "SELECT u.gender, COUNT(*), AVG(CAST(u.age AS DOUBLE PRECISION)), SUM(u.age), COUNT(o.order_id),"
            + " SUM(o.num_of_item), SUM(oi.sale_price) FROM users u LEFT JOIN orders o ON o.user_id = u.id"
            + " LEFT JOIN order_items oi ON oi.order_id = o.order_id GROUP BY u.gender ORDER BY u.gender"));
    cases.add(fanOut("fan-out: totals without dimensions",
        q("users").fields("users.count", "users.average_age", "users.total_age", "orders.count", "order_items.count"),
        "SELECT (SELECT COUNT(*) FROM users), (SELECT CAST(SUM(age) AS DOUBLE PRECISION) / COUNT(age) FROM users),"
            + " (SELECT COALESCE(SUM(age), 0) FROM users), (SELECT COUNT(*) FROM orders), (SELECT COUNT(*) FROM order_items)",
        "SELECT COUNT(*), AVG(CAST(u.age AS DOUBLE PRECISION)), SUM(u.age), COUNT(o.order_id), COUNT(oi.id)"
            + " FROM users u LEFT JOIN orders o ON o.user_id = u.id LEFT JOIN order_items oi ON oi.order_id = o.order_id"));
    cases.add(fanOut("fan-out: filter on the many side keeps each order once",
        q("orders").fields("orders.status", "orders.count", "orders.total_items")
            .filter("order_items.sale_price", ">100").sorts("orders.status"),
        "SELECT o.status, COUNT(*), COALESCE(SUM(o.num_of_item), 0) FROM orders o WHERE EXISTS ("
            + "SELECT 1 FROM order_items oi WHERE oi.order_id = o.order_id AND oi.sale_price > 100)"
            + " GROUP BY o.status ORDER BY o.status",
        "SELECT o.status, COUNT(*), SUM(o.num_of_item) FROM orders o JOIN order_items oi ON oi.order_id = o.order_id"
            + " WHERE oi.sale_price > 100 GROUP BY o.status ORDER BY o.status"));
    cases.add(fanOut("fan-out: products measures with inventory joined",
        q("products").fields("products.category", "products.count", "products.total_retail_price",
                "products.average_retail_price", "inventory_items.count")
            .sorts("products.category"),
        "SELECT p.category, COUNT(*), COALESCE(SUM(p.retail_price), 0), CAST(SUM(p.retail_price) AS DOUBLE PRECISION) / COUNT(*),"
            + " SUM(COALESCE(i.n, 0)) FROM products p"
            + " LEFT JOIN (SELECT product_id, COUNT(*) AS n FROM inventory_items GROUP BY product_id) i"
            + " ON i.product_id = p.id GROUP BY p.category ORDER BY p.category",
        "SELECT p.category, COUNT(*), SUM(p.retail_price), AVG(CAST(p.retail_price AS DOUBLE PRECISION)), COUNT(ii.id)"
            + " FROM products p LEFT JOIN inventory_items ii ON ii.product_id = p.id"
            + " GROUP BY p.category ORDER BY p.category"));
    cases.add(fanOut("fan-out: users measures grouped by a dimension of the many side",
        q("users").fields("orders.status", "users.count", "users.average_age", "users.total_age")
            .sorts("orders.status"),
        // Users without orders form the NULL status group.
        "SELECT status, COUNT(*), CAST(SUM(age) AS DOUBLE PRECISION) / COUNT(age), COALESCE(SUM(age), 0) FROM ("
            + "SELECT DISTINCT o.status, u.id, u.age FROM users u LEFT JOIN orders o ON o.user_id = u.id) x"
            + " GROUP BY status ORDER BY status",
        "SELECT o.status, COUNT(*), AVG(CAST(u.age AS DOUBLE PRECISION)), SUM(u.age) FROM users u"
            + " LEFT JOIN orders o ON o.user_id = u.id GROUP BY o.status ORDER BY o.status"));
    cases.add(fanOut("fan-out: many_to_one view repeated by its base (users per department)",
        q("order_items").fields("products.department", "users.count", "users.average_age", "users.total_age")
            .sorts("products.department"),
        "SELECT department, COUNT(*), CAST(SUM(age) AS DOUBLE PRECISION) / COUNT(age), COALESCE(SUM(age), 0) FROM ("
            + "SELECT DISTINCT p.department, u.id, u.age" + ITEMS_TO_PRODUCTS
            + " JOIN users u ON u.id = oi.user_id) x GROUP BY department ORDER BY department",
        "SELECT p.department, COUNT(*), AVG(CAST(u.age AS DOUBLE PRECISION)), SUM(u.age)" + ITEMS_TO_PRODUCTS
            + " JOIN users u ON u.id = oi.user_id GROUP BY p.department ORDER BY p.department"));
    cases.add(fanOut("fan-out: custom measures (dynamic_fields) on the fanned-out view",
        q("users").fields("users.traffic_source", "avg_age", "sum_age", "orders.count")
            .dynamicFields("[{\"measure\":\"avg_age\",\"based_on\":\"users.age\",\"type\":\"average\"},"
                + "{\"measure\":\"sum_age\",\"based_on\":\"users.age\",\"type\":\"sum\"}]")
            .sorts("users.traffic_source"),
        "SELECT u.traffic_source, CAST(SUM(u.age) AS DOUBLE PRECISION) / COUNT(u.age), COALESCE(SUM(u.age), 0),"
            + " SUM(COALESCE(o.n, 0)) FROM users u"
            + " LEFT JOIN (SELECT user_id, COUNT(*) AS n FROM orders GROUP BY user_id) o ON o.user_id = u.id"
            + " GROUP BY u.traffic_source ORDER BY u.traffic_source",
        "SELECT u.traffic_source, AVG(CAST(u.age AS DOUBLE PRECISION)), SUM(u.age), COUNT(o.order_id)"
            + " FROM users u LEFT JOIN orders o ON o.user_id = u.id"
            + " GROUP BY u.traffic_source ORDER BY u.traffic_source"));
  }

  private static void sortsAndLimits(List<Answer> cases) {
    cases.add(ordered("sort desc on a non-unique field then asc on the key, limit 10",
        q("order_items").fields("order_items.id", "order_items.sale_price")
            .sorts("order_items.sale_price desc", "order_items.id").limit("10"),
        "SELECT id, sale_price FROM order_items ORDER BY sale_price DESC, id FETCH FIRST 10 ROWS ONLY"));
    cases.add(ordered("default sort: first measure desc when there is no time dimension",
        q("users").fields("users.traffic_source", "users.count"),
        "SELECT traffic_source, COUNT(*) AS n FROM users GROUP BY traffic_source ORDER BY n DESC"));
    cases.add(ordered("default sort: first dimension asc when there is no measure",
        q("users").fields("users.state"),
        "SELECT DISTINCT state FROM users ORDER BY state"));
    cases.add(ordered("fields of joined views join only what they need (order_items to distribution_centers)",
        q("order_items").fields("distribution_centers.name", "order_items.total_sale_price")
            .sorts("distribution_centers.name"),
        "SELECT dc.name, COALESCE(SUM(oi.sale_price), 0)" + ITEMS_TO_PRODUCTS
            + " LEFT JOIN distribution_centers dc ON dc.id = p.distribution_center_id GROUP BY dc.name ORDER BY dc.name"));
    cases.add(ordered("a many-side measure through an intermediate join (users to order_items)",
        q("users").fields("users.state", "order_items.count", "order_items.total_sale_price").sorts("users.state"),
        "SELECT u.state, COUNT(oi.id), COALESCE(SUM(oi.sale_price), 0) FROM users u LEFT JOIN orders o ON o.user_id = u.id"
            + " LEFT JOIN order_items oi ON oi.order_id = o.order_id GROUP BY u.state ORDER BY u.state"));
  }

  private static void timeZones(List<Answer> cases) {
    cases.add(java("query_timezone America/Los_Angeles: dates across the DST change",
        q("orders").fields("orders.created_date", "orders.count")
            .filter("orders.created_date", "2024/03/05 to 2024/03/15").timezone("America/Los_Angeles")
            .sorts("orders.created_date"),
        "Java: orders.created_at (UTC) converted to Los Angeles time, local dates 2024-03-05..14 counted",
        true, ds -> countBy(ds, "SELECT created_at FROM orders", LOS_ANGELES,
            t -> !t.toLocalDate().isBefore(LocalDate.of(2024, 3, 5)) && t.toLocalDate().isBefore(LocalDate.of(2024, 3, 15)),
            LocalDateTime::toLocalDate)));
    cases.add(java("query_timezone Asia/Kolkata: hour_of_day (offset +05:30)",
        q("order_items").fields("order_items.created_hour_of_day", "order_items.count").timezone("Asia/Kolkata")
            .sorts("order_items.created_hour_of_day"),
        "Java: order_items.created_at (UTC) converted to Kolkata time, counted by hour",
        true, ds -> countBy(ds, "SELECT created_at FROM order_items", KOLKATA, t -> true, LocalDateTime::getHour)));
    cases.add(java("query_timezone Asia/Kolkata: time, date and week of single orders",
        q("orders").fields("orders.order_id", "orders.created_time", "orders.created_date", "orders.created_week")
            .filter("orders.order_id", "1 to 40").timezone("Asia/Kolkata").sorts("orders.order_id"),
        "Java: created_at of orders 1..40 converted to Kolkata time; week = the Monday on or before",
        true, ds -> {
          List<List<Object>> rows = new ArrayList<>();
          for (List<Object> row : ResultRows.query(ds,
              "SELECT order_id, created_at FROM orders WHERE order_id <= 40 ORDER BY order_id")) {
            LocalDateTime local = local((LocalDateTime) row.get(1), KOLKATA);
            LocalDate day = local.toLocalDate();
            rows.add(List.of(row.get(0), local, day, day.minusDays(day.getDayOfWeek().getValue() - 1)));
          }
          return rows;
        }));
    // Now is 2025-06-15 05:00 in Los Angeles, so yesterday there is 2025-06-14 local time.
    cases.add(java("query_timezone America/Los_Angeles: yesterday is relative to local now",
        q("orders").fields("orders.order_id", "orders.created_time").filter("orders.created_date", "yesterday")
            .timezone("America/Los_Angeles").sorts("orders.order_id"),
        "Java: orders whose Los Angeles local date is 2025-06-14, with their local times",
        true, ds -> {
          List<List<Object>> rows = new ArrayList<>();
          for (List<Object> row : ResultRows.query(ds, "SELECT order_id, created_at FROM orders ORDER BY order_id")) {
            LocalDateTime local = local((LocalDateTime) row.get(1), LOS_ANGELES);
            if (local.toLocalDate().equals(LocalDate.of(2025, 6, 14))) {
              rows.add(List.of(row.get(0), local));
            }
          }
          return rows;
        }));
    cases.add(java("query_timezone Asia/Kolkata: month and day_of_week, year filter in local time",
        q("orders").fields("orders.created_month", "orders.created_day_of_week", "orders.count")
            .filter("orders.created_year", "2024").timezone("Asia/Kolkata"),
        "Java: orders in local year 2024 (Kolkata), counted by local month and English day name",
        false, ds -> countBy(ds, "SELECT created_at FROM orders", KOLKATA, t -> t.getYear() == 2024,
            t -> List.of(MONTH.format(t), t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)))));
    cases.add(java("query_timezone does not convert a datatype: date dimension group",
        q("customers").fields("customer_facts.first_order_date", "customer_facts.count")
            .filter("customer_facts.first_order_date", "2024/01/01 to 2024/02/01").timezone("Asia/Kolkata")
            .sorts("customer_facts.first_order_date"),
        "Java: UTC date of each user's first item, January 2024, unconverted (convert_tz: no)",
        true, ds -> countBy(ds, "SELECT MIN(created_at) FROM order_items GROUP BY user_id", ZoneOffset.UTC,
            t -> t.getYear() == 2024 && t.getMonthValue() == 1, LocalDateTime::toLocalDate)));
    cases.add(java("query_timezone America/Los_Angeles: a date_time dimension is converted",
        q("order_items").fields("users.id", "user_order_facts.latest_order_at").filter("users.id", "1 to 10")
            .timezone("America/Los_Angeles").sorts("users.id"),
        "Java: latest order_items.created_at per user 1..10, converted to Los Angeles time",
        true, ds -> {
          List<List<Object>> rows = new ArrayList<>();
          for (List<Object> row : ResultRows.query(ds, "SELECT user_id, MAX(created_at) FROM order_items"
              + " WHERE user_id <= 10 GROUP BY user_id ORDER BY user_id")) {
            rows.add(List.of(row.get(0), local((LocalDateTime) row.get(1), LOS_ANGELES)));
          }
          return rows;
        }));
  }

  private static void customMeasures(List<Answer> cases) {
    cases.add(ordered("custom measures: sum, count_distinct of a joined view, min",
        q("order_items").fields("order_items.status", "revenue", "buyers", "cheapest")
            .dynamicFields("[{\"measure\":\"revenue\",\"based_on\":\"order_items.sale_price\",\"type\":\"sum\"},"
                + "{\"measure\":\"buyers\",\"based_on\":\"users.id\",\"type\":\"count_distinct\"},"
                + "{\"measure\":\"cheapest\",\"based_on\":\"order_items.sale_price\",\"type\":\"min\","
                + "\"label\":\"Cheapest item\"}]")
            .sorts("order_items.status"),
        "SELECT status, COALESCE(SUM(sale_price), 0), COUNT(DISTINCT user_id), MIN(sale_price) FROM order_items"
            + " GROUP BY status ORDER BY status"));
    cases.add(ordered("custom measure used in a measure filter",
        q("products").fields("products.category", "avg_cost")
            .dynamicFields("[{\"measure\":\"avg_cost\",\"based_on\":\"products.cost\",\"type\":\"average\"}]")
            .filter("avg_cost", ">=30").sorts("products.category"),
        "SELECT category, CAST(SUM(cost) AS DOUBLE PRECISION) / COUNT(cost) FROM products GROUP BY category"
            + " HAVING AVG(CAST(cost AS DOUBLE PRECISION)) >= 30 ORDER BY category"));
  }

  /**
   * Sums over only NULL values or over no rows: Looker writes {@code COALESCE(SUM(x), 0)} (also
   * around its symmetric aggregates, and for custom sums), so they are 0; averages stay NULL.
   */
  private static void emptySums(List<Answer> cases) {
    String sumAge = "{\"measure\":\"sum_age\",\"based_on\":\"users.age\",\"type\":\"sum\"}";
    cases.add(sampled("empty sums: a group of only NULL values",
        q("users").fields("users.age", "users.count", "users.total_age", "users.average_age", "sum_age")
            .dynamicFields("[" + sumAge + "]").filter("users.age", "NULL"),
        "SELECT age, COUNT(*), COALESCE(SUM(age), 0), AVG(CAST(age AS DOUBLE PRECISION)), COALESCE(SUM(age), 0)"
            + " FROM users WHERE age IS NULL GROUP BY age"));
    cases.add(sampled("empty sums: a group of only NULL values, symmetric (users fanned out by orders)",
        q("users").fields("users.age", "users.total_age", "users.average_age", "sum_age", "orders.count")
            .dynamicFields("[" + sumAge + "]").filter("users.age", "NULL"),
        "SELECT u.age, COALESCE(SUM(u.age), 0), AVG(CAST(u.age AS DOUBLE PRECISION)), COALESCE(SUM(u.age), 0),"
            + " COUNT(o.order_id) FROM users u LEFT JOIN orders o ON o.user_id = u.id WHERE u.age IS NULL"
            + " GROUP BY u.age"));
    cases.add(sampled("empty sums: no rows of LEFT JOIN'ed views (users without orders)",
        q("users").fields("users.id", "orders.count", "orders.total_items", "orders.average_items_per_order",
                "items", "order_items.count", "order_items.total_sale_price")
            .dynamicFields("[{\"measure\":\"items\",\"based_on\":\"orders.num_of_item\",\"type\":\"sum\"}]")
            .filter("orders.order_id", "NULL").filter("users.id", "1 to 300").sorts("users.id"),
        "SELECT u.id, COUNT(o.order_id), COALESCE(SUM(o.num_of_item), 0),"
            + " AVG(CAST(o.num_of_item AS DOUBLE PRECISION)), COALESCE(SUM(o.num_of_item), 0), COUNT(oi.id),"
            + " COALESCE(SUM(oi.sale_price), 0) FROM users u LEFT JOIN orders o ON o.user_id = u.id"
            + " LEFT JOIN order_items oi ON oi.order_id = o.order_id"
            + " WHERE o.order_id IS NULL AND u.id BETWEEN 1 AND 300 GROUP BY u.id ORDER BY u.id"));
    cases.add(sampled("empty sums: a filter matching no row, without dimensions",
        q("order_items").fields("order_items.count", "order_items.total_sale_price",
                "order_items.average_sale_price", "order_items.min_sale_price", "revenue")
            .dynamicFields("[{\"measure\":\"revenue\",\"based_on\":\"order_items.sale_price\",\"type\":\"sum\"}]")
            .filter("order_items.status", "No such status"),
        "SELECT COUNT(*), COALESCE(SUM(sale_price), 0), AVG(CAST(sale_price AS DOUBLE PRECISION)),"
            + " MIN(sale_price), COALESCE(SUM(sale_price), 0) FROM order_items WHERE status = 'No such status'"));
  }

  /** Returns an ordered case whose hand SQL must find rows in the sample, or it would prove nothing. */
  private static Answer sampled(String name, LookerQuery query, String sql) {
    return new Answer(name, query, sql, ds -> {
      List<List<Object>> rows = ResultRows.query(ds, sql);
      if (rows.isEmpty()) {
        throw new AssertionError("the sample has no rows for this case: " + sql);
      }
      return rows;
    }, true, null, null);
  }

  /** Converts a UTC wall-clock timestamp to wall-clock time in a zone. */
  static LocalDateTime local(LocalDateTime utc, ZoneId zone) {
    return utc.atZone(ZoneOffset.UTC).withZoneSameInstant(zone).toLocalDateTime();
  }

  /**
   * Counts rows of a one-timestamp query by a key of their local time, keeping those the filter
   * accepts; the key is one value or a list of values (several columns). Rows come sorted by key.
   */
  private static List<List<Object>> countBy(DataSource ds, String sql, ZoneId zone,
      Predicate<LocalDateTime> keep, Function<LocalDateTime, Object> key) throws SQLException {
    Map<List<Object>, Long> counts = new TreeMap<>(SampleAnswerCases::compareKeys);
    for (List<Object> row : ResultRows.query(ds, sql)) {
      LocalDateTime t = local((LocalDateTime) row.get(0), zone);
      if (keep.test(t)) {
        Object k = key.apply(t);
        counts.merge(k instanceof List<?> list ? List.copyOf(list) : List.of(k), 1L, Long::sum);
      }
    }
    List<List<Object>> rows = new ArrayList<>();
    counts.forEach((k, n) -> {
      List<Object> row = new ArrayList<>(k);
      row.add(n);
      rows.add(row);
    });
    return rows;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compareKeys(List<Object> a, List<Object> b) {
    for (int i = 0; i < a.size(); i++) {
      int c = ((Comparable) a.get(i)).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
