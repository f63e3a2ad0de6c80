package io.looksql.emulator.server;

import io.looksql.emulator.lookml.Category;
import io.looksql.emulator.lookml.Explore;
import io.looksql.emulator.lookml.Field;
import io.looksql.emulator.lookml.Join;
import io.looksql.emulator.lookml.JoinType;
import io.looksql.emulator.lookml.Model;
import io.looksql.emulator.lookml.Project;
import io.looksql.emulator.lookml.Relationship;
import io.looksql.emulator.lookml.SourcePosition;
import io.looksql.emulator.lookml.Timeframe;
import io.looksql.emulator.lookml.View;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small LookML project built by hand (the parser is written elsewhere): model {@code shop} with
 * explores {@code orders} (joins {@code users} and {@code buyer}, from view users) and a hidden
 * {@code secret}; model {@code empty} without explores.
 */
public final class TestProject {
  public static final String NAME = "test_project";

  private TestProject() {
  }

  public static Project project() {
    View orders = view("orders", "ORDERS_T", "views/orders.view.lkml",
        dim("id", "number", "${TABLE}.ID", true, false),
        dim("status", "string", "${TABLE}.STATUS", false, false),
        dim("is_big", "yesno", "${amount} > 100", false, false),
        timeframe("created", Timeframe.DATE),
        timeframe("created", Timeframe.MONTH),
        timeframe("created", Timeframe.TIME),
        dim("amount", "number", "${TABLE}.AMOUNT", false, false),
        dim("note", "string", "${TABLE}.NOTE", false, false),
        dim("internal_code", "string", "${TABLE}.CODE", false, true),
        measure("count", "count", null, Map.of()),
        measure("total_amount", "sum", "${amount}", Map.of()),
        measure("complete_count", "count", null, Map.of("status", "complete")));
    View users = view("users", "USERS_T", "views/users.view.lkml",
        dim("id", "number", "${TABLE}.ID", true, false),
        dim("name", "string", "${TABLE}.NAME", false, false),
        dim("email", "string", "${TABLE}.EMAIL", false, false),
        dim("age", "number", "${TABLE}.AGE", false, false),
        measure("count", "count", null, Map.of()));
    Explore ordersExplore = new Explore("orders", "orders", "orders", null, "All orders", false,
        List.of("ALL_FIELDS*", "-users.email"),
        List.of(
            new Join("users", "users", "${orders.user_id} = ${users.id}", Relationship.MANY_TO_ONE,
                JoinType.LEFT_OUTER, List.of(), pos("models/shop.model.lkml", 5)),
            new Join("buyer", "users", "${orders.buyer_id} = ${buyer.id}", Relationship.MANY_TO_ONE,
                JoinType.INNER, List.of("name", "buyer.age"), pos("models/shop.model.lkml", 9))),
        pos("models/shop.model.lkml", 3));
    Explore secret = new Explore("secret", "users", "users", "Secret Users", null, true, List.of(),
        List.of(), pos("models/shop.model.lkml", 14));
    Map<String, Explore> explores = new LinkedHashMap<>();
    explores.put("orders", ordersExplore);
    explores.put("secret", secret);
    Map<String, View> views = new LinkedHashMap<>();
    views.put("orders", orders);
    views.put("users", users);
    Map<String, Model> models = new LinkedHashMap<>();
    models.put("shop", new Model("shop", "shop_db", null, explores, views, "models/shop.model.lkml"));
    models.put("empty", new Model("empty", "shop_db", "Nothing Here", Map.of(), Map.of(),
        "models/empty.model.lkml"));
    return new Project(NAME, models);
  }

  static SourcePosition pos(String file, int line) {
    return new SourcePosition(file, line, 1);
  }

  static View view(String name, String table, String file, Field... fields) {
    Map<String, Field> byName = new LinkedHashMap<>();
    for (Field f : fields) {
      byName.put(f.name(), new Field(f.name(), f.category(), f.type(), f.sql(), f.primaryKey(),
          f.hidden(), f.label(), f.description(), f.valueFormatName(), f.tags(), f.group(),
          f.timeframe(), f.datatype(), f.convertTz(), f.tiers(), f.tierStyle(), f.filters(),
          f.listField(), pos(file, byName.size() + 2)));
    }
    return new View(name, table, null, byName, pos(file, 1));
  }

  static Field dim(String name, String type, String sql, boolean primaryKey, boolean hidden) {
    return new Field(name, Category.DIMENSION, type, sql, primaryKey, hidden, null,
        name.equals("id") ? "Primary key" : null, null, List.of(), null, null, null, false,
        List.of(), null, Map.of(), null, null);
  }

  static Field timeframe(String group, Timeframe tf) {
    return new Field(group + "_" + tf.lookml(), Category.DIMENSION, tf.apiType(),
        "${TABLE}.CREATED_AT", false, false, null, null, null, List.of(), group, tf, "timestamp",
        true, List.of(), null, Map.of(), null, null);
  }

  static Field measure(String name, String type, String sql, Map<String, String> filters) {
    return new Field(name, Category.MEASURE, type, sql, false, false, null, null,
        type.equals("sum") ? "usd" : null, List.of("kpi"), null, null, null, false, List.of(), null,
        filters, null, null);
  }
}
