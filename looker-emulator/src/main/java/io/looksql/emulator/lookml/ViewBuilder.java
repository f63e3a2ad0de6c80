package io.looksql.emulator.lookml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builder of a {@link View} from a composed {@code view: name { ... }} declaration. */
final class ViewBuilder {
  private ViewBuilder() {
  }

  /** Returns the view declared by a node; its references are checked later. */
  static Declared<View> build(Node node) {
    Mentions mentions = new Mentions();
    Value.Block block = Params.named(node);
    String name = block.name();
    Params params = new Params(block.body(), "view '" + name + "'");
    String sqlTableName = params.sql("sql_table_name");
    mentions.addSql(params.sqlBlock("sql_table_name"));
    String derivedTableSql = null;
    ExploreSource exploreSource = null;
    Value.Block derived = params.block("derived_table");
    if (derived != null) {
      if (sqlTableName != null) {
        Params.fail(derived.position(),
            "view '" + name + "' has both sql_table_name and derived_table");
      }
      Params table = new Params(derived.body(), "derived_table of view '" + name + "'");
      Value.Sql sql = table.sqlBlock("sql");
      Node source = table.single("explore_source");
      if (sql != null && source != null) {
        Params.fail(source.position(), "derived_table of view '" + name
            + "' has both sql and explore_source");
      }
      if (sql == null && source == null && table.single("create_process") == null
          && table.single("sql_create") == null) {
        Params.fail(derived.position(), "expected 'sql', 'explore_source', 'create_process' or "
            + "'sql_create' in derived_table of view '" + name + "', found none");
      }
      mentions.addSql(sql);
      derivedTableSql = sql == null ? null : sql.text();
      exploreSource = source == null ? null : ExploreSource.of(source);
    } else if (sqlTableName == null) {
      // Looker reads a view with neither from the table named like the view.
      sqlTableName = name;
    }
    boolean hiddenByDefault = params.bool("fields_hidden_by_default", false);
    Map<String, Field> fields = new LinkedHashMap<>();
    Map<String, Field> userFields = new LinkedHashMap<>();
    Map<String, List<String>> sets = new LinkedHashMap<>();
    for (Node pair : block.body()) {
      switch (pair.key()) {
      case "dimension":
        add(fields, userFields, FieldBuilder.dimension(pair, mentions, hiddenByDefault), name);
        break;
      case "dimension_group":
        for (Field field : FieldBuilder.dimensionGroup(pair, mentions, hiddenByDefault)) {
          add(fields, userFields, field, name);
        }
        break;
      case "measure":
        add(fields, userFields, FieldBuilder.measure(pair, mentions, hiddenByDefault), name);
        break;
      case "filter":
        add(userFields, fields, FieldBuilder.userField(pair, Category.FILTER, mentions), name);
        break;
      case "parameter":
        add(userFields, fields, FieldBuilder.userField(pair, Category.PARAMETER, mentions), name);
        break;
      case "set":
        Value.Block set = Params.named(pair);
        if (sets.put(set.name(), new Params(set.body(), "set '" + set.name() + "'")
            .strings("fields")) != null) {
          Params.fail(pair.position(), "duplicate set '" + set.name() + "' in view '" + name
              + "'");
        }
        break;
      default:
        break;
      }
    }
    checkListFields(fields, name);
    return new Declared<>(new View(name, sqlTableName, derivedTableSql,
        Collections.unmodifiableMap(fields), node.position(), exploreSource,
        Collections.unmodifiableMap(userFields), Collections.unmodifiableMap(sets),
        params.string("label")), mentions);
  }

  /** Checks list measures here, as list_field can only name a dimension of the same view. */
  private static void checkListFields(Map<String, Field> fields, String view) {
    for (Field field : fields.values()) {
      if (field.listField() == null) {
        continue;
      }
      Field listed = fields.get(field.listField());
      if (listed == null || listed.isMeasure()) {
        Params.fail(field.position(), "list_field '" + field.listField() + "' of measure '"
            + field.name() + "' is not a dimension of view '" + view + "'");
      }
    }
  }

  /** Adds a field to its map; its name must be new to the view's fields and user fields. */
  private static void add(Map<String, Field> into, Map<String, Field> other, Field field,
      String view) {
    Field first = into.get(field.name());
    if (first == null) {
      first = other.get(field.name());
    }
    if (first != null) {
      Params.fail(field.position(), "duplicate field '" + field.name() + "' in view '" + view
          + "' (first declared at " + first.position() + ")");
    }
    into.put(field.name(), field);
  }
}
