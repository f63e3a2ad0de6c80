package io.looksql.emulator.query;

import io.looksql.emulator.lookml.ExploreSource;
import io.looksql.emulator.lookml.Project;
import io.looksql.emulator.lookml.View;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles native derived tables ({@code derived_table: { explore_source: ... }}) for one query:
 * the source explore's query, with its {@code column}s as the fields, its own filters, sorts and
 * limit, and the outer query's filters that {@code bind_filters} (or {@code bind_all_filters})
 * pass on; then the columns renamed and the {@code derived_column}s computed over them.
 */
final class NativeDerivedTables {
  private static final int MAX_DEPTH = 8;

  private final QueryCompiler compiler;
  private final Project project;
  private final String model;
  private final Map<String, String> outerFilters;
  private final QueryContext context;
  private final int depth;

  NativeDerivedTables(QueryCompiler compiler, Project project, String model,
      Map<String, String> outerFilters, QueryContext context, int depth) {
    this.compiler = compiler;
    this.project = project;
    this.model = model;
    this.outerFilters = outerFilters;
    this.context = context;
    this.depth = depth;
  }

  /** Returns the SELECT a native derived table's rows come from, its values written as literals. */
  String sql(View view) {
    ExploreSource source = view.exploreSource();
    if (depth >= MAX_DEPTH) {
      throw QueryException.invalid("view", "invalid", "Native derived table '" + view.name()
          + "' is built from explores that refer to each other in a cycle");
    }
    List<String> names = new ArrayList<>(source.columns().keySet());
    List<String> fields = new ArrayList<>(source.columns().values());
    Map<String, String> filters = new LinkedHashMap<>(source.filters());
    for (ExploreSource.BindFilter bind : source.bindFilters()) {
      String value = outerFilters.get(bind.fromField());
      if (value != null) {
        filters.put(bind.toField(), value);
      }
    }
    if (source.bindAllFilters()) {
      outerFilters.forEach(filters::putIfAbsent);
    }
    WriteQuery query = new WriteQuery(model, source.explore(), fields, null, null, filters, null,
        source.sorts().isEmpty() ? List.of("__UNSORTED__") : sorts(source),
        source.limit() == null ? "-1" : String.valueOf(source.limit()), null, null, null, null,
        null, null, null, null, null, null);
    CompiledQuery compiled;
    try {
      compiled = compiler.compile(project, query, null, context, depth + 1);
    } catch (QueryException e) {
      throw QueryException.invalid("view", "invalid", "Native derived table '" + view.name()
          + "' (explore_source " + source.explore() + "): " + e.getMessage());
    }
    StringBuilder columns = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      columns.append(i == 0 ? "" : ", ").append("q.c_").append(i).append(" AS ").append(names.get(i));
    }
    String renamed = "SELECT " + columns + " FROM (" + compiled.sqlWithLiterals() + ") q";
    if (source.derivedColumns().isEmpty()) {
      return renamed;
    }
    StringBuilder derived = new StringBuilder("SELECT t.*");
    source.derivedColumns().forEach((name, sql) -> derived.append(", ").append(sql).append(" AS ").append(name));
    return derived.append(" FROM (").append(renamed).append(") t").toString();
  }

  /** Returns the source query's sorts, each naming an explore field: a column's name stands for its field. */
  private static List<String> sorts(ExploreSource source) {
    List<String> sorts = new ArrayList<>();
    for (String sort : source.sorts()) {
      String[] words = sort.trim().split("\\s+", 2);
      String field = source.columns().getOrDefault(words[0], words[0]);
      sorts.add(words.length > 1 ? field + " " + words[1] : field);
    }
    return sorts;
  }
}
