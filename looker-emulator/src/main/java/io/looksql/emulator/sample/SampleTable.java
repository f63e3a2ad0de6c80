package io.looksql.emulator.sample;

import java.sql.Types;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The sample tables: names, columns and the DDL that creates them. The SQL types are spelled so
 * that H2 and PostgreSQL accept them alike; the first column is the primary key.
 */
enum SampleTable {
  DISTRIBUTION_CENTERS("distribution_centers",
      integer("id"), varchar("name", 64), dbl("latitude"), dbl("longitude")),
  PRODUCTS("products",
      integer("id"), varchar("name", 200), varchar("brand", 64), varchar("category", 64),
      varchar("department", 16), money("retail_price"), money("cost"), varchar("sku", 32),
      integer("distribution_center_id")),
  USERS("users",
      integer("id"), varchar("first_name", 64), varchar("last_name", 64), varchar("email", 160),
      integer("age"), varchar("gender", 1), varchar("state", 64), varchar("city", 64),
      varchar("country", 64), varchar("zip", 16), varchar("traffic_source", 16),
      timestamp("created_at")),
  ORDERS("orders",
      integer("order_id"), integer("user_id"), varchar("status", 16), timestamp("created_at"),
      timestamp("shipped_at"), timestamp("delivered_at"), timestamp("returned_at"),
      integer("num_of_item")),
  ORDER_ITEMS("order_items",
      integer("id"), integer("order_id"), integer("user_id"), integer("product_id"),
      integer("inventory_item_id"), varchar("status", 16), timestamp("created_at"),
      timestamp("shipped_at"), timestamp("delivered_at"), timestamp("returned_at"),
      money("sale_price")),
  INVENTORY_ITEMS("inventory_items",
      integer("id"), integer("product_id"), timestamp("created_at"), timestamp("sold_at"),
      money("cost"));

  /** Foreign-key columns that get an index, so that the explores' joins don't scan on H2. */
  static final List<String> INDEXES = List.of(
      "products(distribution_center_id)",
      "orders(user_id)",
      "order_items(order_id)",
      "order_items(user_id)",
      "order_items(product_id)",
      "order_items(inventory_item_id)",
      "inventory_items(product_id)");

  final String tableName;
  final List<Column> columns;

  SampleTable(String tableName, Column... columns) {
    this.tableName = tableName;
    this.columns = List.of(columns);
  }

  /** Returns the CREATE TABLE statement. */
  String createSql() {
    String body = columns.stream()
        .map(c -> c.name() + " " + c.ddlType() + (c == columns.get(0) ? " NOT NULL PRIMARY KEY" : ""))
        .collect(Collectors.joining(", "));
    return "CREATE TABLE " + tableName + " (" + body + ")";
  }

  /** Returns the parameterised INSERT statement with every column. */
  String insertSql() {
    String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
    String marks = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
    return "INSERT INTO " + tableName + " (" + names + ") VALUES (" + marks + ")";
  }

  /**
   * A column.
   *
   * @param name column name
   * @param ddlType type as written in CREATE TABLE
   * @param jdbcType {@link Types} constant, used to bind NULLs
   */
  record Column(String name, String ddlType, int jdbcType) {
  }

  private static Column integer(String name) {
    return new Column(name, "INTEGER", Types.INTEGER);
  }

  private static Column varchar(String name, int length) {
    return new Column(name, "VARCHAR(" + length + ")", Types.VARCHAR);
  }

  private static Column dbl(String name) {
    return new Column(name, "DOUBLE PRECISION", Types.DOUBLE);
  }

  // Exact decimals, so that sums of money compare equal between H2, PostgreSQL and plain SQL.
  private static Column money(String name) {
    return new Column(name, "DECIMAL(12,2)", Types.DECIMAL);
  }

  private static Column timestamp(String name) {
    return new Column(name, "TIMESTAMP", Types.TIMESTAMP);
  }
}
