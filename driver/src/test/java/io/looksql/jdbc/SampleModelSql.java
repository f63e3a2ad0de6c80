package io.looksql.jdbc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sample model ({@code looker-emulator/…/sample/ecommerce.model.lkml} and its views) written
 * out by hand as plain SQL over the emulator's tables: for every field, the SQL of its value, and
 * for every explore, its joins. {@link RandomQueryTest} builds its expected answers from this, so
 * that they never depend on the emulator's LookML compiler or on the driver.
 *
 * <p>In field SQL, {@code @} stands for the view's alias in the explore.
 */
final class SampleModelSql {
  /** What kind of values a dimension has; decides the filters and the SQL type. */
  enum DimKind {
    /** VARCHAR with the string filter grammar. */
    STRING("VARCHAR"),
    /** DOUBLE with the number filter grammar. */
    NUMBER("DOUBLE"),
    /** BOOLEAN, never NULL (Looker's CASE … THEN 'Yes' ELSE 'No'). */
    YESNO("BOOLEAN"),
    /** DATE of a whole day, with the date filter grammar. */
    DAY("DATE"),
    /** DATE of a week, month or quarter: no filter grammar in the current driver. */
    COARSE_DATE("DATE"),
    /** TIMESTAMP(3): no filter grammar in the current driver. */
    TIMESTAMP("TIMESTAMP(3)"),
    /** INTEGER timeframe month_num or hour_of_day, with the number grammar. */
    INT_TIMEFRAME("INTEGER"),
    /** INTEGER timeframe year: Looker filters it with the date grammar. */
    YEAR("INTEGER"),
    /** VARCHAR tier label: no filter grammar in the current driver. */
    TIER("VARCHAR"),
    /** VARCHAR day name: no filter grammar in the current driver. */
    DAY_NAME("VARCHAR");

    final String typeName;

    DimKind(String typeName) {
      this.typeName = typeName;
    }
  }

  /**
   * How a measure aggregates. A SUM is Looker's {@code COALESCE(SUM(x), 0)}: 0 over only NULLs
   * or no rows.
   */
  enum Agg {
    COUNT, COUNT_DISTINCT, SUM, AVG, MIN, MAX, LIST, NUMBER;

    /** Whether a row of the view repeated by a fan-out join would change the value. */
    boolean needsDistinctRows() {
      return this == SUM || this == AVG;
    }
  }

  /**
   * A dimension: its name within the view, kind, SQL (with {@code @}), and whether it has many
   * distinct values (ids, names, days, instants).
   */
  record Dim(String name, DimKind kind, String sql, boolean manyValues) {
  }

  /**
   * A measure: its name within the view, aggregation, row SQL (for NUMBER a formula over other
   * measures of the view written {@code {name}}), and the condition of its LookML
   * {@code filters} (or null).
   */
  record Measure(String name, Agg agg, String sql, String condition, String typeName) {
  }

  /** A view: table SQL, primary key column SQL, dimensions and measures. */
  static final class View {
    final String name;
    final String tableSql;
    final String primaryKey;
    final List<Dim> dims = new ArrayList<>();
    final List<Measure> measures = new ArrayList<>();

    View(String name, String tableSql, String primaryKey) {
      this.name = name;
      this.tableSql = tableSql;
      this.primaryKey = primaryKey;
    }

    View dim(String name, DimKind kind, String sql) {
      dims.add(new Dim(name, kind, sql, false));
      return this;
    }

    View many(String name, DimKind kind, String sql) {
      dims.add(new Dim(name, kind, sql, true));
      return this;
    }

    View yesno(String name, String condition) {
      return dim(name, DimKind.YESNO, "CASE WHEN (" + condition + ") THEN TRUE ELSE FALSE END");
    }

    /** A dimension group over a TIMESTAMP column expression. */
    View group(String name, String ts, String... timeframes) {
      for (String tf : timeframes) {
        String n = name + "_" + tf;
        switch (tf) {
        case "raw", "time" -> many(n, DimKind.TIMESTAMP, ts);
        case "date" -> many(n, DimKind.DAY, "CAST(" + ts + " AS DATE)");
        case "week" -> dim(n, DimKind.COARSE_DATE,
            "DATEADD('DAY', 1 - ISO_DAY_OF_WEEK(" + ts + "), CAST(" + ts + " AS DATE))");
        case "month" -> dim(n, DimKind.COARSE_DATE, monthStart(ts));
        case "quarter" -> dim(n, DimKind.COARSE_DATE,
            "DATEADD('MONTH', -MOD(MONTH(" + ts + ") - 1, 3), " + monthStart(ts) + ")");
        case "year" -> dim(n, DimKind.YEAR, "YEAR(" + ts + ")");
        case "month_num" -> dim(n, DimKind.INT_TIMEFRAME, "MONTH(" + ts + ")");
        case "hour_of_day" -> dim(n, DimKind.INT_TIMEFRAME, "HOUR(" + ts + ")");
        case "day_of_week" -> dim(n, DimKind.DAY_NAME, "CASE ISO_DAY_OF_WEEK(" + ts + ")"
            + " WHEN 1 THEN 'Monday' WHEN 2 THEN 'Tuesday' WHEN 3 THEN 'Wednesday'"
            + " WHEN 4 THEN 'Thursday' WHEN 5 THEN 'Friday' WHEN 6 THEN 'Saturday'"
            + " WHEN 7 THEN 'Sunday' END");
        default -> throw new IllegalArgumentException(tf);
        }
      }
      return this;
    }

    private static String monthStart(String ts) {
      return "DATEADD('DAY', 1 - DAY_OF_MONTH(" + ts + "), CAST(" + ts + " AS DATE))";
    }

    View measure(String name, Agg agg, String sql, String condition, String typeName) {
      measures.add(new Measure(name, agg, sql, condition, typeName));
      return this;
    }

    View count(String name, String condition) {
      return measure(name, Agg.COUNT, null, condition, "MEASURE<BIGINT>");
    }

    View agg(String name, Agg agg, String sql) {
      return measure(name, agg, sql, null, agg == Agg.COUNT_DISTINCT ? "MEASURE<BIGINT>"
          : agg == Agg.LIST ? "MEASURE<VARCHAR>" : "MEASURE<DOUBLE>");
    }
  }

  /** A view in an explore under an alias, and how it is joined (null for the base view). */
  record Joined(String alias, View view, String joinSql) {
  }

  /** An explore: its views by alias, FROM clause, and fields left out of it. */
  record Explore(String name, List<Joined> views, List<String> excluded) {
    String fromSql() {
      StringBuilder b = new StringBuilder();
      for (Joined j : views) {
        if (j.joinSql() == null) {
          b.append(j.view().tableSql).append(' ').append(j.alias());
        } else {
          b.append(' ').append(j.joinSql().replace("#", j.view().tableSql + " " + j.alias()));
        }
      }
      return b.toString();
    }

    Joined view(String alias) {
      for (Joined j : views) {
        if (j.alias().equals(alias)) {
          return j;
        }
      }
      throw new IllegalArgumentException(alias);
    }
  }

  static final View DISTRIBUTION_CENTERS = new View("distribution_centers",
      "distribution_centers", "@.id")
      .dim("id", DimKind.NUMBER, "@.id")
      .dim("name", DimKind.STRING, "@.name")
      .dim("latitude", DimKind.NUMBER, "@.latitude")
      .dim("longitude", DimKind.NUMBER, "@.longitude")
      .count("count", null);

  static final View INVENTORY_ITEMS = new View("inventory_items", "inventory_items", "@.id")
      .many("id", DimKind.NUMBER, "@.id")
      .dim("product_id", DimKind.NUMBER, "@.product_id")
      .dim("cost", DimKind.NUMBER, "@.cost")
      .yesno("is_sold", "@.sold_at IS NOT NULL")
      .many("received_day", DimKind.DAY, "CAST(@.created_at AS DATE)")
      .group("created", "@.created_at", "raw", "time", "date", "week", "month", "quarter",
          "year", "day_of_week", "hour_of_day", "month_num")
      .group("sold", "@.sold_at", "raw", "time", "date", "week", "month", "quarter", "year")
      .count("count", null)
      .count("sold_count", "@.sold_at IS NOT NULL")
      .agg("total_cost", Agg.SUM, "@.cost")
      .agg("average_cost", Agg.AVG, "@.cost")
      .agg("sell_through_rate", Agg.NUMBER,
          "CAST({sold_count} AS DOUBLE PRECISION) / NULLIF({count}, 0)");

  static final View ORDER_ITEMS = new View("order_items", "order_items", "@.id")
      .many("id", DimKind.NUMBER, "@.id")
      .many("order_id", DimKind.NUMBER, "@.order_id")
      .many("user_id", DimKind.NUMBER, "@.user_id")
      .dim("product_id", DimKind.NUMBER, "@.product_id")
      .many("inventory_item_id", DimKind.NUMBER, "@.inventory_item_id")
      .dim("status", DimKind.STRING, "@.status")
      .many("sale_price", DimKind.NUMBER, "@.sale_price")
      .yesno("is_returned", "@.status = 'Returned'")
      .group("created", "@.created_at", "raw", "time", "date", "week", "month", "quarter",
          "year", "day_of_week", "hour_of_day", "month_num")
      .group("shipped", "@.shipped_at", "raw", "time", "date", "week", "month", "quarter", "year")
      .group("delivered", "@.delivered_at", "raw", "time", "date", "week", "month", "quarter",
          "year")
      .group("returned", "@.returned_at", "raw", "time", "date", "week", "month", "quarter",
          "year")
      .count("count", null)
      .agg("order_count", Agg.COUNT_DISTINCT, "@.order_id")
      .agg("total_sale_price", Agg.SUM, "@.sale_price")
      .agg("average_sale_price", Agg.AVG, "@.sale_price")
      .agg("min_sale_price", Agg.MIN, "@.sale_price")
      .agg("max_sale_price", Agg.MAX, "@.sale_price")
      .agg("average_order_value", Agg.NUMBER,
          "{total_sale_price} / NULLIF({order_count}, 0)")
      .count("complete_count", "@.status = 'Complete'")
      .count("returned_count", "@.status = 'Returned'")
      .measure("returned_revenue", Agg.SUM, "@.sale_price", "@.status = 'Returned'",
          "MEASURE<DOUBLE>")
      // Looker's "-Cancelled" lets NULLs through.
      .measure("net_revenue", Agg.SUM, "@.sale_price",
          "(@.status <> 'Cancelled' OR @.status IS NULL)", "MEASURE<DOUBLE>")
      .agg("return_rate", Agg.NUMBER,
          "CAST({returned_count} AS DOUBLE PRECISION) / NULLIF({count}, 0)");

  static final View ORDERS = new View("orders", "orders", "@.order_id")
      .many("order_id", DimKind.NUMBER, "@.order_id")
      .many("user_id", DimKind.NUMBER, "@.user_id")
      .dim("status", DimKind.STRING, "@.status")
      .dim("num_of_item", DimKind.NUMBER, "@.num_of_item")
      .yesno("is_delivered", "@.delivered_at IS NOT NULL")
      .group("created", "@.created_at", "raw", "time", "date", "week", "month", "quarter",
          "year", "day_of_week", "hour_of_day", "month_num")
      .group("shipped", "@.shipped_at", "raw", "time", "date", "week", "month", "quarter", "year")
      .group("delivered", "@.delivered_at", "raw", "time", "date", "week", "month", "quarter",
          "year")
      .group("returned", "@.returned_at", "raw", "time", "date", "week", "month", "quarter",
          "year")
      .count("count", null)
      .agg("user_count", Agg.COUNT_DISTINCT, "@.user_id")
      .agg("total_items", Agg.SUM, "@.num_of_item")
      .agg("average_items_per_order", Agg.AVG, "@.num_of_item")
      .agg("max_items_per_order", Agg.MAX, "@.num_of_item")
      .count("cancelled_count", "@.status = 'Cancelled'")
      .agg("cancellation_rate", Agg.NUMBER,
          "CAST({cancelled_count} AS DOUBLE PRECISION) / NULLIF({count}, 0)");

  static final View PRODUCTS = new View("products", "products", "@.id")
      .dim("id", DimKind.NUMBER, "@.id")
      .dim("name", DimKind.STRING, "@.name")
      .dim("brand", DimKind.STRING, "@.brand")
      .dim("category", DimKind.STRING, "@.category")
      .dim("department", DimKind.STRING, "@.department")
      .dim("sku", DimKind.STRING, "@.sku")
      .dim("retail_price", DimKind.NUMBER, "@.retail_price")
      .dim("cost", DimKind.NUMBER, "@.cost")
      .dim("margin", DimKind.NUMBER, "@.retail_price - @.cost")
      .yesno("is_premium", "@.retail_price >= 100")
      .dim("distribution_center_id", DimKind.NUMBER, "@.distribution_center_id")
      .count("count", null)
      .agg("brand_count", Agg.COUNT_DISTINCT, "@.brand")
      .agg("brand_list", Agg.LIST, "@.brand")
      .agg("total_retail_price", Agg.SUM, "@.retail_price")
      .agg("total_cost", Agg.SUM, "@.cost")
      .agg("average_retail_price", Agg.AVG, "@.retail_price")
      .agg("min_retail_price", Agg.MIN, "@.retail_price")
      .agg("max_retail_price", Agg.MAX, "@.retail_price")
      .agg("gross_margin_pct", Agg.NUMBER,
          "CAST({total_retail_price} - {total_cost} AS DOUBLE PRECISION)"
              + " / NULLIF(CAST({total_retail_price} AS DOUBLE PRECISION), 0)");

  static final View USER_ORDER_FACTS = new View("user_order_facts",
      "(SELECT user_id, COUNT(DISTINCT order_id) AS lifetime_orders,"
          + " SUM(sale_price) AS lifetime_revenue,"
          + " CAST(MIN(created_at) AS DATE) AS first_order_date,"
          + " MAX(created_at) AS latest_order_at FROM order_items GROUP BY user_id)",
      "@.user_id")
      .many("user_id", DimKind.NUMBER, "@.user_id")
      .dim("lifetime_orders", DimKind.NUMBER, "@.lifetime_orders")
      .many("lifetime_revenue", DimKind.NUMBER, "@.lifetime_revenue")
      .yesno("is_repeat_customer", "@.lifetime_orders > 1")
      .group("first_order", "CAST(@.first_order_date AS TIMESTAMP)", "raw", "date", "week",
          "month", "quarter", "year")
      .many("latest_order_at", DimKind.TIMESTAMP, "@.latest_order_at")
      .count("count", null)
      .count("repeat_customer_count", "@.lifetime_orders > 1")
      .agg("total_lifetime_revenue", Agg.SUM, "@.lifetime_revenue")
      .agg("average_lifetime_revenue", Agg.AVG, "@.lifetime_revenue")
      .agg("average_lifetime_orders", Agg.AVG, "@.lifetime_orders");

  static final View USERS = new View("users", "users", "@.id")
      .many("id", DimKind.NUMBER, "@.id")
      .many("first_name", DimKind.STRING, "@.first_name")
      .many("last_name", DimKind.STRING, "@.last_name")
      .many("full_name", DimKind.STRING, "@.first_name || ' ' || @.last_name")
      .many("email", DimKind.STRING, "@.email")
      .dim("age", DimKind.NUMBER, "@.age")
      .dim("age_tier", DimKind.TIER, "CASE WHEN @.age IS NULL THEN 'Undefined'"
          + " WHEN @.age < 0 THEN 'Below 0' WHEN @.age < 10 THEN '0 to 9'"
          + " WHEN @.age < 20 THEN '10 to 19' WHEN @.age < 30 THEN '20 to 29'"
          + " WHEN @.age < 40 THEN '30 to 39' WHEN @.age < 50 THEN '40 to 49'"
          + " WHEN @.age < 60 THEN '50 to 59' WHEN @.age < 70 THEN '60 to 69'"
          + " WHEN @.age < 80 THEN '70 to 79' ELSE '80 or Above' END")
      .dim("gender", DimKind.STRING, "@.gender")
      .many("city", DimKind.STRING, "@.city")
      .dim("state", DimKind.STRING, "@.state")
      .dim("country", DimKind.STRING, "@.country")
      .dim("region", DimKind.STRING, "CASE"
          + " WHEN @.country <> 'United States' THEN 'International'"
          + " WHEN @.state IN ('California', 'Washington', 'Arizona', 'Colorado', 'Hawaii',"
          + " 'Alaska') THEN 'West'"
          + " WHEN @.state IN ('New York', 'Massachusetts', 'Maine', 'Rhode Island',"
          + " 'New Jersey', 'Pennsylvania') THEN 'Northeast'"
          + " WHEN @.state IN ('Texas', 'Florida', 'Georgia', 'Tennessee') THEN 'South'"
          + " WHEN @.state IN ('Illinois', 'Minnesota', 'Michigan') THEN 'Midwest'"
          + " ELSE 'Unknown' END")
      .many("zip", DimKind.STRING, "@.zip")
      .yesno("is_international", "@.country <> 'United States'")
      .dim("traffic_source", DimKind.STRING, "@.traffic_source")
      .group("created", "@.created_at", "raw", "time", "date", "week", "month", "quarter",
          "year", "day_of_week", "hour_of_day", "month_num")
      .count("count", null)
      .agg("average_age", Agg.AVG, "@.age")
      .agg("total_age", Agg.SUM, "@.age")
      .agg("min_age", Agg.MIN, "@.age")
      .agg("max_age", Agg.MAX, "@.age")
      .count("female_count", "@.gender = 'F'")
      .agg("state_count", Agg.COUNT_DISTINCT, "@.state");

  /** The explores of model {@code ecommerce}, with their joins as the LookML declares them. */
  static final Map<String, Explore> EXPLORES = new LinkedHashMap<>();

  static {
    EXPLORES.put("order_items", new Explore("order_items", List.of(
        new Joined("order_items", ORDER_ITEMS, null),
        new Joined("orders", ORDERS,
            "LEFT JOIN # ON order_items.order_id = orders.order_id"),
        new Joined("users", USERS, "LEFT JOIN # ON order_items.user_id = users.id"),
        new Joined("inventory_items", INVENTORY_ITEMS,
            "LEFT JOIN # ON order_items.inventory_item_id = inventory_items.id"),
        new Joined("products", PRODUCTS,
            "LEFT JOIN # ON inventory_items.product_id = products.id"),
        new Joined("distribution_centers", DISTRIBUTION_CENTERS,
            "LEFT JOIN # ON products.distribution_center_id = distribution_centers.id"),
        new Joined("user_order_facts", USER_ORDER_FACTS,
            "LEFT JOIN # ON order_items.user_id = user_order_facts.user_id")), List.of()));
    EXPLORES.put("orders", new Explore("orders", List.of(
        new Joined("orders", ORDERS, null),
        new Joined("order_items", ORDER_ITEMS,
            "LEFT JOIN # ON orders.order_id = order_items.order_id"),
        new Joined("users", USERS, "INNER JOIN # ON orders.user_id = users.id")),
        List.of("users.email")));
    EXPLORES.put("users", new Explore("users", List.of(
        new Joined("users", USERS, null),
        new Joined("orders", ORDERS, "LEFT JOIN # ON users.id = orders.user_id"),
        new Joined("order_items", ORDER_ITEMS,
            "LEFT JOIN # ON orders.order_id = order_items.order_id")), List.of()));
    EXPLORES.put("products", new Explore("products", List.of(
        new Joined("products", PRODUCTS, null),
        new Joined("distribution_centers", DISTRIBUTION_CENTERS,
            "LEFT JOIN # ON products.distribution_center_id = distribution_centers.id"),
        new Joined("inventory_items", INVENTORY_ITEMS,
            "LEFT JOIN # ON products.id = inventory_items.product_id")), List.of()));
    EXPLORES.put("customers", new Explore("customers", List.of(
        new Joined("customers", USERS, null),
        new Joined("customer_facts", USER_ORDER_FACTS,
            "LEFT JOIN # ON customers.id = customer_facts.user_id")), List.of()));
  }

  private SampleModelSql() {
  }
}
