package io.looksql.emulator.lookml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builder of a {@link View} from a {@code view: name { ... }} declaration. */
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
    Value.Block derived = params.block("derived_table");
    if (derived != null) {
      if (sqlTableName != null) {
        Params.fail(derived.position(),
            "view '" + name + "' has both sql_table_name and derived_table");
      }
      Value.Sql sql = new Params(derived.body(), "derived_table of view '" + name + "'")
          .sqlBlock("sql");
      if (sql == null) {
        Params.fail(derived.position(),
            "expected 'sql' in derived_table of view '" + name + "', found none");
      }
      mentions.addSql(sql);
      derivedTableSql = sql.text();
    } else if (sqlTableName == null) {
      // Looker reads a view with neither from the table named like the view.
      sqlTableName = name;
    }
    Map<String, Field> fields = fields(block.body(), name, mentions);
    checkListFields(fields, name);
    return new Declared<>(
        new View(name, sqlTableName, derivedTableSql, fields, node.position()), mentions);
  }

  private static Map<String, Field> fields(List<Node> body, String view, Mentions mentions) {
    Map<String, Field> fields = new LinkedHashMap<>();
    for (Node node : body) {
      if (node.key() == null) {
        continue;
      }
      switch (node.key()) {
      case "dimension":
        add(fields, FieldBuilder.dimension(node, mentions), view);
        break;
      case "dimension_group":
        for (Field field : FieldBuilder.dimensionGroup(node, mentions)) {
          add(fields, field, view);
        }
        break;
      case "measure":
        add(fields, FieldBuilder.measure(node, mentions), view);
        break;
      case "filter":
        add(fields, FieldDetailsBuilder.filterOnly(node, mentions, Category.FILTER), view);
        break;
      case "parameter":
        add(fields, FieldDetailsBuilder.filterOnly(node, mentions, Category.PARAMETER), view);
        break;
      default:
        // ignore: set and the other view parameters the emulator doesn't use
        break;
      }
    }
    return Collections.unmodifiableMap(fields);
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

  private static void add(Map<String, Field> fields, Field field, String view) {
    Field first = fields.putIfAbsent(field.name(), field);
    if (first != null) {
      Params.fail(field.position(), "duplicate field '" + field.name() + "' in view '" + view
          + "' (first declared at " + first.position() + ")");
    }
  }
}
