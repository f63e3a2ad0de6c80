package io.looksql.emulator.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.looksql.emulator.lookml.Explore;
import io.looksql.emulator.lookml.Join;
import io.looksql.emulator.lookml.Model;
import io.looksql.emulator.lookml.View;
import io.looksql.emulator.sql.Dialect;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Maps an explore to OpenAPI {@code LookmlModelExplore}, fields and joins included. */
final class ExploreMetadata {
  private final String projectName;
  private final Dialect dialect;

  ExploreMetadata(String projectName, Dialect dialect) {
    this.projectName = projectName;
    this.dialect = dialect;
  }

  /** Returns the explore's label: its {@code label}, else its name title-cased. */
  static String label(Explore e) {
    return e.label() != null ? e.label() : Labels.title(e.name());
  }

  /**
   * Returns the explore's metadata as a user sees it.
   *
   * @param granted whether the user holds all the access grants of a
   *     {@code required_access_grants} list: joins and fields they lack are left out
   */
  ObjectNode of(Model model, Explore explore, Predicate<List<String>> granted) {
    List<Join> joinsSeen = explore.joins().stream()
        .filter(j -> granted.test(j.requiredAccessGrants())).toList();
    View base = model.views().get(explore.viewName());
    ObjectNode n = Json.object();
    n.put("id", model.name() + "::" + explore.name());
    n.put("name", explore.name());
    n.put("description", explore.description());
    n.put("label", label(explore));
    n.put("title", label(explore));
    List<String> scopes = new ArrayList<>();
    scopes.add(explore.alias());
    joinsSeen.forEach(j -> scopes.add(j.name()));
    n.set("scopes", Json.strings(scopes));
    n.put("can_total", false);
    n.put("can_develop", false);
    n.put("can_see_lookml", true);
    n.putNull("lookml_link");
    n.put("can_save", true);
    n.put("can_explain", false);
    n.put("can_pivot_in_db", false);
    n.put("can_subtotal", false);
    n.put("has_timezone_support", true);
    n.put("supports_cost_estimate", false);
    n.put("connection_name", model.connection());
    n.put("dialect_name", dialect.name());
    n.put("null_sort_treatment", "low");
    n.set("files", Json.strings(files(model, explore)));
    n.put("source_file", explore.position() == null ? model.sourceFile() : explore.position().file());
    n.put("project_name", projectName);
    n.put("model_name", model.name());
    n.put("view_name", explore.viewName());
    n.put("hidden", explore.hidden());
    n.put("sql_table_name", base == null ? null : base.sqlTableName());
    ExploreFilterMetadata.put(n, explore);
    n.putArray("aliases");
    n.putArray("index_fields");
    n.set("sets", sets(model, explore));
    n.set("tags", Json.strings(explore.options().tags()));
    n.putArray("errors");
    n.set("fields", fields(model, explore, granted));
    ArrayNode joins = n.putArray("joins");
    for (Join j : joinsSeen) {
      joins.add(join(model, j));
    }
    n.put("group_label", explore.options().groupLabel() != null ? explore.options().groupLabel()
        : LookmlModelRoutes.modelLabel(model));
    n.putArray("supported_measure_types");
    n.putArray("always_join");
    return n;
  }

  private ObjectNode fields(Model model, Explore explore, Predicate<List<String>> granted) {
    FieldMetadata metadata = new FieldMetadata(projectName, explore);
    ObjectNode set = Json.object();
    ArrayNode dimensions = set.putArray("dimensions");
    ArrayNode measures = set.putArray("measures");
    ArrayNode filters = set.putArray("filters");
    ArrayNode parameters = set.putArray("parameters");
    for (ExploreFields.Entry e : ExploreFields.of(model, explore, granted)) {
      ArrayNode list = switch (e.field().category()) {
        case MEASURE -> measures;
        case FILTER -> filters;
        case PARAMETER -> parameters;
        default -> dimensions;
      };
      list.add(metadata.of(e.alias(), e.field(), false));
    }
    return set;
  }

  /** Returns OpenAPI {@code LookmlModelExploreJoins}. */
  private static ObjectNode join(Model model, Join j) {
    View view = model.views().get(j.viewName());
    ObjectNode n = Json.object();
    n.put("name", j.name());
    n.putArray("dependent_fields");
    n.set("fields", j.fields() == null || j.fields().isEmpty() ? null : Json.strings(j.fields()));
    n.putNull("foreign_key");
    n.put("from", j.viewName());
    n.put("outer_only", false);
    n.put("relationship", j.relationship().lookml());
    n.putArray("required_joins");
    n.putNull("sql_foreign_key");
    n.put("sql_on", j.sqlOn());
    n.put("sql_table_name", view == null ? null : view.sqlTableName());
    n.put("type", j.type().lookml());
    n.put("view_label", j.options().viewLabel() != null ? j.options().viewLabel()
        : Labels.title(j.name()));
    return n;
  }

  /** Returns OpenAPI {@code LookmlModelExploreSet}s: each set of each view, by alias. */
  private static ArrayNode sets(Model model, Explore explore) {
    ArrayNode sets = Json.array();
    addSets(sets, model.views().get(explore.viewName()), explore.alias());
    for (Join j : explore.joins()) {
      addSets(sets, model.views().get(j.viewName()), j.name());
    }
    return sets;
  }

  private static void addSets(ArrayNode sets, View view, String alias) {
    if (view == null) {
      return;
    }
    view.sets().forEach((name, fields) -> {
      List<String> qualified = new ArrayList<>();
      fields.forEach(f -> qualified.add(f.contains(".") ? f : alias + "." + f));
      ObjectNode set = sets.addObject();
      set.put("name", alias + "." + name);
      set.set("value", Json.strings(qualified));
    });
  }

  private static List<String> files(Model model, Explore explore) {
    Set<String> files = new LinkedHashSet<>();
    if (model.sourceFile() != null) {
      files.add(model.sourceFile());
    }
    addViewFile(files, model.views().get(explore.viewName()));
    for (Join j : explore.joins()) {
      addViewFile(files, model.views().get(j.viewName()));
    }
    return new ArrayList<>(files);
  }

  private static void addViewFile(Set<String> files, View view) {
    if (view != null && view.position() != null) {
      files.add(view.position().file());
    }
  }
}
