package io.looksql.emulator.query;

import io.looksql.emulator.filter.FilterCompiler;
import io.looksql.emulator.filter.FilterContext;
import io.looksql.emulator.filter.FilterException;
import io.looksql.emulator.lookml.Field;
import io.looksql.emulator.sql.Dialect;
import io.looksql.emulator.sql.SqlBuilder;
import io.looksql.emulator.sql.SqlFragment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the SQL of the measures in one query, from their row-level inputs to their aggregates.
 * Measures of the types in {@link #COMPOSED} are SQL over other measures (or over aggregates the
 * SQL writes itself) and have no input of their own; {@link PostQuery} measures take the value
 * of the measure they name, which the statement's outer query then turns into a running total
 * or percentage over the result rows.
 */
final class MeasureSql {
  /** Measure types written as SQL over other measures or aggregates, not aggregated by Looker. */
  static final Set<String> COMPOSED = Set.of("number", "string", "date", "yesno");
  /** Measure types counted once per {@code sql_distinct_key} value in each group. */
  private static final Set<String> DISTINCT =
      Set.of("sum_distinct", "average_distinct", "median_distinct", "percentile_distinct");

  private final ExploreScope scope;
  private final DimensionSql dimensions;
  private final Dialect dialect;
  private final FilterContext filterContext;
  private final Map<ScopedField, MeasureInput> inputs = new LinkedHashMap<>();

  MeasureSql(ExploreScope scope, DimensionSql dimensions, Dialect dialect, FilterContext filterContext) {
    this.scope = scope;
    this.dimensions = dimensions;
    this.dialect = dialect;
    this.filterContext = filterContext;
  }

  /** Resolves a measure and every measure it builds on, registering their inputs. */
  void require(ScopedField measure) {
    if (inputs.containsKey(measure)) {
      return;
    }
    Field field = measure.field();
    if (COMPOSED.contains(field.type())) {
      if (field.sql() == null) {
        throw invalid("Measure " + measure.qualifiedName() + " of type " + field.type() + " has no sql");
      }
      inputs.put(measure, new MeasureInput(measure, null, false));
      Substitution.apply(field.sql(), measure.alias(), scope, target -> {
        if (target.field().isMeasure()) {
          require(target);
        } else {
          // Inside the measure's own aggregate, e.g. MAX(${created_raw}): registers its joins.
          dimensions.value(target);
        }
        return "";
      });
      return;
    }
    if (PostQuery.isPostQuery(field)) {
      inputs.put(measure, new MeasureInput(measure, null, false));
      require(PostQuery.source(measure, scope));
      return;
    }
    inputs.put(measure, input(measure));
  }

  /** Returns what relative date filters in this query are relative to. */
  FilterContext filterContext() {
    return filterContext;
  }

  /** Returns the inputs of all aggregate (non-{@code number}) measures required so far. */
  List<MeasureInput> aggregateInputs() {
    List<MeasureInput> out = new ArrayList<>();
    for (MeasureInput in : inputs.values()) {
      Field f = in.measure().field();
      if (!COMPOSED.contains(f.type()) && !PostQuery.isPostQuery(f)) {
        out.add(in);
      }
    }
    return out;
  }

  private MeasureInput input(ScopedField measure) {
    Field field = measure.field();
    ScopedField pk = primaryKey(measure);
    SqlFragment value;
    boolean distinctKey = false;
    switch (field.type()) {
    case "count":
      if (field.sql() != null) {
        SqlFragment counted = rowSql(measure);
        value = pk == null ? counted : new SqlBuilder().append("CASE WHEN (").append(counted)
            .append(") IS NOT NULL THEN ").append(dimensions.value(pk)).append(" END").build();
      } else {
        value = pk == null ? null : SqlFragment.of(dimensions.value(pk));
      }
      distinctKey = pk != null;
      break;
    case "list":
      ScopedField listed = scope.findAny(measure.alias(), field.listField());
      if (listed == null) {
        throw invalid("Measure " + measure.qualifiedName() + " lists unknown field " + field.listField());
      }
      value = SqlFragment.of(dimensions.value(listed));
      break;
    case "count_distinct": case "sum": case "average": case "min": case "max": case "median":
    case "percentile": case "sum_distinct": case "average_distinct": case "median_distinct":
    case "percentile_distinct":
      if (field.sql() == null) {
        throw invalid("Measure " + measure.qualifiedName() + " of type " + field.type() + " has no sql");
      }
      value = rowSql(measure);
      break;
    default:
      throw invalid("Measure type " + field.type() + " of " + measure.qualifiedName() + " is not supported");
    }
    SqlFragment condition = filterCondition(measure);
    if (condition != null) {
      value = new SqlBuilder().append("CASE WHEN ").append(condition).append(" THEN ")
          .append(value == null ? SqlFragment.of("1") : value).append(" END").build();
    }
    return new MeasureInput(measure, value, distinctKey);
  }

  private SqlFragment rowSql(ScopedField measure) {
    return SqlFragment.of(Substitution.apply(measure.field().sql(), measure.alias(), scope, target -> {
      if (target.field().isMeasure()) {
        throw invalid("Measure " + measure.qualifiedName() + " of type " + measure.field().type()
            + " can't aggregate measure " + target.qualifiedName() + "; use type: number");
      }
      return target.field().type().equals("yesno") ? dimensions.condition(target) : dimensions.value(target);
    }));
  }

  private SqlFragment filterCondition(ScopedField measure) {
    List<SqlFragment> conditions = new ArrayList<>();
    for (Map.Entry<String, String> e : measure.field().filters().entrySet()) {
      String name = e.getKey();
      int dot = name.indexOf('.');
      ScopedField target = dot < 0 ? scope.findAny(measure.alias(), name)
          : scope.findAny(name.substring(0, dot), name.substring(dot + 1));
      if (target == null || target.field().isMeasure()) {
        throw invalid("Measure " + measure.qualifiedName() + " filters on unknown dimension " + name);
      }
      try {
        conditions.add(FilterCompiler.compile(dimensions.filterType(target), e.getValue(),
            dimensions.filterColumn(target), filterContext));
      } catch (FilterException ex) {
        throw invalid("Measure " + measure.qualifiedName() + ": " + ex.getMessage());
      }
    }
    return conditions.isEmpty() ? null : new SqlBuilder().join(" AND ", conditions).build();
  }

  /** Returns the measure view's primary key, or null. */
  ScopedField primaryKey(ScopedField measure) {
    Field pk = measure.view().primaryKey();
    return pk == null ? null : new ScopedField(measure.alias(), measure.view(), pk);
  }

  /**
   * Returns the aggregate SQL of a measure.
   *
   * @param layout where each input's value is found and which views need symmetric aggregates
   */
  SqlFragment aggregate(ScopedField measure, Layout layout) {
    Field field = measure.field();
    if (COMPOSED.contains(field.type())) {
      SqlFragment sql = Substitution.applyFragments(field.sql(), measure.alias(), scope,
          target -> target.field().isMeasure() ? aggregate(target, layout)
              : dimensionInAggregate(measure, target, layout));
      return field.type().equals("yesno")
          ? new SqlBuilder().append("CASE WHEN ").append(sql).append(" THEN 'Yes' ELSE 'No' END").build()
          : sql;
    }
    if (PostQuery.isPostQuery(field)) {
      // The outer query of the statement turns this value into the post-query result.
      return aggregate(PostQuery.source(measure, scope), layout);
    }
    MeasureInput in = inputs.get(measure);
    SqlFragment v = in.value() == null ? null : layout.value(in);
    String flag = layout.firstRowFlag(DISTINCT.contains(field.type())
        ? distinctFlagKey(measure) : measure.alias());
    SqlBuilder sql = new SqlBuilder();
    switch (field.type()) {
    case "count":
      if (v == null) {
        return SqlFragment.of("COUNT(*)");
      }
      return sql.append(in.distinctKey() ? "COUNT(DISTINCT " : "COUNT(").append(v).append(")").build();
    case "count_distinct":
      return sql.append("COUNT(DISTINCT ").append(v).append(")").build();
    case "sum":
      // Looker writes COALESCE(SUM(x), 0): a sum over no rows, or only NULLs, is 0, not NULL.
      return sql.append("COALESCE(SUM(").append(onFirstRow(v, flag)).append("), 0)").build();
    case "average":
      return sql.append("AVG(CAST(").append(onFirstRow(v, flag)).append(" AS DOUBLE PRECISION))").build();
    case "min":
      return sql.append("MIN(").append(v).append(")").build();
    case "max":
      return sql.append("MAX(").append(v).append(")").build();
    case "list":
      return new SqlFragment(dialect.listAggregate(v.sql()), v.params());
    case "sum_distinct":
      return sql.append("COALESCE(SUM(").append(onFirstRow(v, flag)).append("), 0)").build();
    case "average_distinct":
      return sql.append("AVG(CAST(").append(onFirstRow(v, flag)).append(" AS DOUBLE PRECISION))").build();
    case "median": case "median_distinct":
      return percentile(onFirstRow(v, flag), 50);
    case "percentile": case "percentile_distinct":
      return percentile(onFirstRow(v, flag), field.details().percentile());
    default:
      throw invalid("Measure type " + field.type() + " is not supported");
    }
  }

  private SqlFragment percentile(SqlFragment v, int percent) {
    return new SqlFragment(dialect.percentile(v.sql(), percent / 100.0), v.params());
  }

  /** Returns a dimension that a composed measure's SQL aggregates itself, e.g. {@code MAX(${created_raw})}. */
  private SqlFragment dimensionInAggregate(ScopedField measure, ScopedField dimension, Layout layout) {
    if (!layout.rowsInline()) {
      throw invalid("Measure " + measure.qualifiedName() + " of type " + measure.field().type()
          + " aggregates dimension " + dimension.qualifiedName() + " in its own SQL, which can't be"
          + " combined with this query's symmetric aggregates or distinct measures");
    }
    return SqlFragment.of(dimension.field().type().equals("yesno")
        ? dimensions.condition(dimension) : dimensions.value(dimension));
  }

  /** Returns whether a measure counts each value once per distinct key ({@code sum_distinct} ...). */
  static boolean isDistinct(Field measure) {
    return DISTINCT.contains(measure.type());
  }

  /** Returns the name of the first-row flag of a distinct measure: its distinct key's SQL. */
  String distinctFlagKey(ScopedField measure) {
    return "distinct " + distinctKeySql(measure);
  }

  /** Returns the SQL of a distinct measure's {@code sql_distinct_key}, else of its view's primary key. */
  String distinctKeySql(ScopedField measure) {
    String key = measure.field().details().sqlDistinctKey();
    if (key != null) {
      return Substitution.apply(key, measure.alias(), scope, target -> dimensions.value(target));
    }
    ScopedField pk = primaryKey(measure);
    if (pk == null) {
      throw invalid("Measure " + measure.qualifiedName() + " of type " + measure.field().type()
          + " needs a sql_distinct_key (or a primary_key in view '" + measure.view().name() + "')");
    }
    return dimensions.value(pk);
  }

  private static SqlFragment onFirstRow(SqlFragment v, String flag) {
    if (flag == null) {
      return v;
    }
    return new SqlBuilder().append("CASE WHEN " + flag + " = 1 THEN ").append(v).append(" END").build();
  }

  /** Returns whether a measure's value changes when its view's rows are repeated by a join. */
  static boolean sensitiveToFanOut(Field measure) {
    switch (measure.type()) {
    case "sum": case "average": case "count": case "median": case "percentile":
      return true;
    default:
      return false;
    }
  }

  private static QueryException invalid(String message) {
    return QueryException.invalid("fields", "invalid", message);
  }

  /** Where a query's SQL finds measure inputs: in the rows themselves, or in a sub-query. */
  interface Layout {
    /** Returns SQL for the input's value. */
    SqlFragment value(MeasureInput input);

    /**
     * Returns SQL for a flag that is 1 on one row per primary key of the alias, or per distinct
     * key ({@link #distinctFlagKey}), or null if there is none (the alias is not repeated).
     */
    String firstRowFlag(String alias);

    /** Returns whether the values are the joined rows' own, so that dimensions can be read there. */
    boolean rowsInline();
  }
}
