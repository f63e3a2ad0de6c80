package io.looksql.emulator.server;

import io.looksql.emulator.lookml.Explore;
import io.looksql.emulator.lookml.Field;
import io.looksql.emulator.lookml.Model;
import io.looksql.emulator.lookml.Project;
import io.looksql.emulator.query.CompiledQuery;
import io.looksql.emulator.query.QueryCompiler;
import io.looksql.emulator.query.QueryException;
import io.looksql.emulator.query.ResultField;
import io.looksql.emulator.query.ValueKind;
import io.looksql.emulator.query.WriteQuery;
import io.looksql.emulator.sql.SqlFragment;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stands in for the query compiler (written elsewhere): compiled queries built by hand over the
 * test tables. The query's {@code view} picks the statement:
 * <ul>
 *   <li>{@code orders}: the columns of ORDERS_T, in {@link #ORDERS_FIELDS} order;
 *   <li>{@code range}: {@code limit} generated rows ({@code SYSTEM_RANGE});
 *   <li>{@code midstream}: 200,000 rows whose row 150,000 fails (division by zero);
 *   <li>{@code failing}: a statement the database refuses.
 * </ul>
 */
public final class TestPlanner implements QueryPlanner {
  /** The fields of the {@code orders} statement and their kinds, in select order. */
  public static final Map<String, ValueKind> ORDERS_FIELDS = linked(
      "orders.id", ValueKind.INTEGER,
      "orders.status", ValueKind.STRING,
      "orders.is_big", ValueKind.STRING,
      "orders.created_date", ValueKind.DATE,
      "orders.created_month", ValueKind.MONTH,
      "orders.created_time", ValueKind.TIMESTAMP,
      "orders.amount", ValueKind.NUMBER,
      "orders.note", ValueKind.STRING,
      "orders.total_amount", ValueKind.NUMBER);

  /** SQL of the {@code orders} statement without its LIMIT. */
  public static final String ORDERS_SQL = "SELECT ID, STATUS, IS_BIG, CREATED_DATE,"
      + " DATE_TRUNC('MONTH', CREATED_AT), CREATED_AT, AMOUNT, NOTE, RATIO FROM ORDERS_T ORDER BY ID";

  private final Project project;

  public TestPlanner(Project project) {
    this.project = project;
  }

  @Override public CompiledQuery plan(WriteQuery query, Long limitOverride) {
    Model model = project.models().get(query.model());
    if (model == null) {
      throw QueryException.notFound("Model '" + query.model() + "' not found");
    }
    Explore orders = model.explores().get("orders");
    long limit = limitOverride != null ? limitOverride
        : query.limit() != null ? Long.parseLong(query.limit()) : QueryCompiler.DEFAULT_LIMIT;
    switch (query.view()) {
    case "orders":
      if (query.fields() != null) {
        for (String f : query.fields()) {
          if (!ORDERS_FIELDS.containsKey(f)) {
            throw QueryException.invalid("fields", "invalid", "Unknown field '" + f + "'");
          }
        }
      }
      List<ResultField> fields = new ArrayList<>();
      ORDERS_FIELDS.forEach((name, kind) -> fields.add(resultField(model, name, kind)));
      return new CompiledQuery(model, orders,
          SqlFragment.of(ORDERS_SQL + " LIMIT ?", limit < 0 ? Long.MAX_VALUE : limit), fields,
          limit, ZoneOffset.UTC);
    case "range":
      return new CompiledQuery(model, orders,
          SqlFragment.of("SELECT X FROM SYSTEM_RANGE(1, ?)", limit),
          List.of(resultField(model, "orders.id", ValueKind.INTEGER)), limit, ZoneOffset.UTC);
    case "midstream":
      return new CompiledQuery(model, orders,
          SqlFragment.of("SELECT X / (X - 150000) FROM SYSTEM_RANGE(1, 200000)"),
          List.of(resultField(model, "orders.id", ValueKind.INTEGER)), -1, ZoneOffset.UTC);
    case "failing":
      return new CompiledQuery(model, orders, SqlFragment.of("SELECT NO_SUCH_COLUMN FROM ORDERS_T"),
          List.of(resultField(model, "orders.id", ValueKind.INTEGER)), -1, ZoneOffset.UTC);
    default:
      throw QueryException.notFound("Explore '" + query.view() + "' not found");
    }
  }

  private static ResultField resultField(Model model, String name, ValueKind kind) {
    String[] parts = name.split("\\.");
    Field field = model.views().get(parts[0]).fields().get(parts[1]);
    return new ResultField(name, parts[0], field, kind, false);
  }

  private static Map<String, ValueKind> linked(Object... pairs) {
    Map<String, ValueKind> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (ValueKind) pairs[i + 1]);
    }
    return map;
  }
}
