package io.looksql.emulator.query;

import io.looksql.emulator.filter.FilterCompiler;
import io.looksql.emulator.filter.FilterContext;
import io.looksql.emulator.filter.FilterException;
import io.looksql.emulator.filter.FilterType;
import io.looksql.emulator.lookml.Field;
import io.looksql.emulator.sql.Dialect;
import io.looksql.emulator.sql.SqlFragment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The parts of one query's SELECT as they are gathered: fields, filters and sorts. */
final class SelectPlan {
  private final ExploreScope scope;
  private final DimensionSql dimensions;
  private final MeasureSql measures;
  private final CustomDimensions customDimensions;
  private final Dialect dialect;
  private String unrunnable;
  private final Map<String, Selected> selected = new LinkedHashMap<>();
  private final List<SqlFragment> where = new ArrayList<>();
  private final List<Having> having = new ArrayList<>();
  private final List<Sort> orderBy = new ArrayList<>();

  SelectPlan(ExploreScope scope, DimensionSql dimensions, MeasureSql measures,
      CustomDimensions customDimensions, Dialect dialect) {
    this.scope = scope;
    this.dimensions = dimensions;
    this.measures = measures;
    this.customDimensions = customDimensions;
    this.dialect = dialect;
  }

  ExploreScope scope() {
    return scope;
  }

  boolean hasField(String name) {
    return selected.containsKey(name);
  }

  boolean isEmpty() {
    return selected.isEmpty();
  }

  /** Adds a field to the result columns. */
  void select(String name, ScopedField field, boolean dynamic) {
    SqlFragment sql = null;
    if (field.field().isMeasure()) {
      measures.require(field);
    } else if (customDimensions.contains(field)) {
      sql = customDimensions.value(field, dimensions);
    } else {
      sql = SqlFragment.of(dimensions.value(field));
    }
    selected.put(name, new Selected(name, field, sql, dynamic));
  }

  /** Returns whether the field is a custom dimension of this query. */
  boolean isCustomDimension(ScopedField field) {
    return customDimensions.contains(field);
  }

  /** Returns the condition of a Looker filter expression on a custom dimension. */
  SqlFragment customDimensionFilter(ScopedField field, String expression, FilterContext context) {
    return customDimensions.filter(field, expression, dimensions, context);
  }

  /** Adds a condition on dimensions (SQL {@code WHERE}). */
  void where(SqlFragment condition) {
    where.add(condition);
  }

  /** Adds a filter on a measure (SQL {@code HAVING}). */
  void having(ScopedField measure, FilterType type, String expression) {
    having(List.of(measure), columns -> {
      try {
        return FilterCompiler.compile(type, expression, columns.get(0), measures.filterContext());
      } catch (FilterException e) {
        throw QueryException.invalid("filters", "invalid",
            "Filter on " + measure.qualifiedName() + ": " + e.getMessage());
      }
    });
  }

  /**
   * Adds a condition on measures, applied to the aggregated rows; {@code condition} is given the
   * columns that hold the measures' values, in order.
   */
  void having(List<ScopedField> measures, Function<List<String>, SqlFragment> condition) {
    for (ScopedField m : measures) {
      if (PostQuery.isPostQuery(m.field())) {
        throw QueryException.invalid("filters", "invalid", "Can't filter on " + m.qualifiedName()
            + ": a " + m.field().type() + " measure is computed after the query, over its rows");
      }
    }
    measures.forEach(this.measures::require);
    having.add(new Having(List.copyOf(measures), condition));
  }

  /** Sets the sort: Looker's sort strings, or its default sort when there are none. */
  void sort(List<String> sorts) {
    if (sorts.size() == 1 && sorts.get(0).equals("__UNSORTED__")) {
      return;
    }
    if (sorts.isEmpty()) {
      defaultSort();
      return;
    }
    List<String> names = new ArrayList<>(selected.keySet());
    for (String sort : sorts) {
      String[] words = sort.trim().split("\\s+");
      int position = names.indexOf(words[0]);
      boolean desc = words.length > 1 && words[1].toLowerCase(Locale.ROOT).equals("desc");
      boolean valid = words.length <= 3 && (words.length < 2 || desc
          || words[1].toLowerCase(Locale.ROOT).equals("asc"));
      if (position < 0 || !valid) {
        throw QueryException.invalid("sorts", "invalid", position < 0
            ? "Sort field \"" + words[0] + "\" is not one of the query's fields"
            : "Sort \"" + sort + "\" is not of the form \"view.field [asc|desc]\"");
      }
      Field field = selected.get(words[0]).field().field();
      if (PostQuery.isPostQuery(field)) {
        throw QueryException.invalid("sorts", "invalid", "Can't sort on " + words[0] + ": a "
            + field.type() + " measure is computed after the query, over its sorted rows");
      }
      orderBy.add(new Sort(position, desc));
    }
  }

  private void defaultSort() {
    List<Selected> columns = new ArrayList<>(selected.values());
    for (int i = 0; i < columns.size(); i++) {
      Field f = columns.get(i).field.field();
      if (!f.isMeasure() && QueryCompiler.isTemporal(f)) {
        orderBy.add(new Sort(i, true));
        return;
      }
    }
    for (int i = 0; i < columns.size(); i++) {
      Field f = columns.get(i).field.field();
      if (f.isMeasure() && !PostQuery.isPostQuery(f)) {
        orderBy.add(new Sort(i, true));
        return;
      }
    }
    orderBy.add(new Sort(0, false));
  }

  /** Returns the result columns, in order. */
  List<ResultField> resultFields() {
    List<ResultField> out = new ArrayList<>();
    for (Selected s : selected.values()) {
      Field f = s.field.field();
      ValueKind kind = f.isMeasure() ? measureKind(scope, s.field) : DimensionSql.kind(f);
      out.add(new ResultField(s.name, s.field.alias(), f, kind, s.dynamic));
    }
    return out;
  }

  /** Returns how a measure's values are read and written. */
  static ValueKind measureKind(ExploreScope scope, ScopedField measure) {
    Field f = measure.field();
    switch (f.type()) {
    case "count": case "count_distinct":
      return ValueKind.INTEGER;
    case "list": case "string": case "yesno":
      return ValueKind.STRING;
    case "date":
      return ValueKind.DATE;
    case "min": case "max":
      String sql = f.sql() == null ? "" : f.sql().trim();
      if (sql.matches("\\$\\{[A-Za-z0-9_]+}")) {
        ScopedField target = scope.findAny(measure.alias(), sql.substring(2, sql.length() - 1));
        if (target != null && !target.field().isMeasure()) {
          return DimensionSql.kind(target.field());
        }
      }
      return ValueKind.NUMBER;
    default:
      return ValueKind.NUMBER;
    }
  }

  /** Returns the SQL statement. */
  SqlFragment write(long limit) {
    Set<String> joined = new LinkedHashSet<>(dimensions.aliasesUsed());
    joined.add(scope.baseAlias());
    joined.addAll(scope.explore().options().alwaysJoin());
    for (MeasureInput in : measures.aggregateInputs()) {
      joined.add(in.measure().alias());
    }
    SelectWriter writer = new SelectWriter(scope, dimensions, measures, dialect, joined);
    SqlFragment sql = writer.write(new ArrayList<>(selected.values()), where, having, orderBy, limit);
    unrunnable = writer.unrunnable();
    return sql;
  }

  /** Returns why the database can't run the written SQL, or null; known after {@link #write}. */
  String unrunnable() {
    return unrunnable;
  }

  /** A sort of the result: by the column at {@code column} (from 0), descending or not. */
  record Sort(int column, boolean desc) {
  }

  /** A selected field: its name in the result, the field, and for dimensions its SQL. */
  record Selected(String name, ScopedField field, SqlFragment dimensionSql, boolean dynamic) {
  }

  /** A condition on measures: the measures, and the condition given the columns holding them. */
  record Having(List<ScopedField> measures, Function<List<String>, SqlFragment> condition) {
  }
}
