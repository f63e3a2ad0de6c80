package io.looksql.emulator.lookml;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builder of an {@link Explore} and its joins from an {@code explore: name { ... }} block. */
final class ExploreBuilder {
  private static final List<String> RELATIONSHIPS = names(Relationship.values());
  private static final List<String> JOIN_TYPES = names(JoinType.values());

  private ExploreBuilder() {
  }

  /** Returns the explore declared by a node; its views and references are checked later. */
  static Declared<Explore> build(Node node) {
    Mentions mentions = new Mentions();
    Value.Block block = Params.named(node);
    String name = block.name();
    Params params = new Params(block.body(), "explore '" + name + "'");
    String viewName = params.string("view_name");
    String from = params.string("from");
    String alias = viewName != null ? viewName : name;
    List<Join> joins = new ArrayList<>();
    for (Node join : params.all("join")) {
      joins.add(join(join, mentions));
    }
    mentions.addExploreWideSql(params.sqlBlock("sql_always_where"));
    mentions.addExploreWideSql(params.sqlBlock("sql_always_having"));
    Explore explore = new Explore(name, alias, from != null ? from : alias,
        params.string("label"), params.string("description"), params.bool("hidden", false),
        fields(params), List.copyOf(joins), node.position(),
        ExploreFilterParams.accessFilters(params, name),
        ExploreFilterParams.alwaysFilter(params, name),
        ExploreFilterParams.conditionallyFilter(params, name),
        params.strings("required_access_grants"), ExploreOptions.of(params));
    return new Declared<>(explore, mentions);
  }

  private static Join join(Node node, Mentions mentions) {
    Value.Block block = Params.named(node);
    String name = block.name();
    Params params = new Params(block.body(), "join '" + name + "'");
    if (params.single("foreign_key") != null && params.single("sql_on") != null) {
      Params.fail(params.valuePosition("foreign_key", node.position()),
          "join '" + name + "' has both 'foreign_key' and 'sql_on'; use one");
    }
    String from = params.string("from");
    String relationship = FieldBuilder.choice(
        params, "relationship", "many_to_one", RELATIONSHIPS, "relationship");
    String type = FieldBuilder.choice(params, "type", "left_outer", JOIN_TYPES, "join type");
    mentions.addSql(params.sqlBlock("sql_on"));
    mentions.addSql(params.sqlBlock("sql_where"));
    return new Join(name, from != null ? from : name, params.sql("sql_on"),
        Relationship.valueOf(relationship.toUpperCase(Locale.ROOT)),
        JoinType.valueOf(type.toUpperCase(Locale.ROOT)), fields(params),
        node.position(), params.strings("required_access_grants"), JoinOptions.of(params));
  }

  /** Returns a fields list as written; {@code fields: []} (no field at all) is {@link FieldsList#NONE}. */
  private static List<String> fields(Params params) {
    List<String> fields = params.strings("fields");
    return fields.isEmpty() && params.single("fields") != null ? FieldsList.NONE : fields;
  }

  private static List<String> names(Enum<?>[] values) {
    List<String> names = new ArrayList<>();
    for (Enum<?> value : values) {
      names.add(value.name().toLowerCase(Locale.ROOT));
    }
    return List.copyOf(names);
  }
}
