package io.looksql.emulator.query;

import io.looksql.emulator.lookml.Field;
import io.looksql.emulator.lookml.View;
import io.looksql.emulator.sql.Dialect;
import io.looksql.emulator.sql.SqlBuilder;
import io.looksql.emulator.sql.SqlFragment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes one query's SELECT statement. Measures whose view a join repeats are computed over a
 * sub-query that marks one row per primary key (symmetric aggregates), and so are queries that
 * group by SQL with bind parameters; filters on measures are applied over the aggregated rows.
 * Derived tables are named in a {@link WithClause} at the top of the statement.
 */
final class SelectWriter {
  private static final Pattern CONSTANT =
      Pattern.compile("[\\s(]*('([^']|'')*'|-?[0-9]+(\\.[0-9]+)?)[\\s)]*");
  private final ExploreScope scope;
  private final DimensionSql dimensions;
  private final MeasureSql measures;
  private final Set<String> joined = new LinkedHashSet<>();
  private final WithClause with;
  private final Dialect dialect;
  private String unrunnable;

  SelectWriter(ExploreScope scope, DimensionSql dimensions, MeasureSql measures, Dialect dialect,
      Set<String> used) {
    this.scope = scope;
    this.dimensions = dimensions;
    this.measures = measures;
    this.dialect = dialect;
    for (String alias : used) {
      joined.addAll(scope.withAncestors(alias));
    }
    List<View> read = new ArrayList<>();
    joined.forEach(alias -> read.add(scope.viewOf(alias)));
    this.with = new WithClause(read, scope);
  }

  /** Returns why the database can't run the written SQL, or null; known after {@link #write}. */
  String unrunnable() {
    return unrunnable;
  }

  SqlFragment write(List<SelectPlan.Selected> columns, List<SqlFragment> where,
      List<SelectPlan.Having> having, List<SelectPlan.Sort> orderBy, long limit) {
    FromClause fromClause = new FromClause(scope, with, dimensions, dialect, joined);
    String from = fromClause.sql();
    unrunnable = fromClause.unrunnable();
    List<SqlFragment> joinWhere = fromClause.joinConditions();
    if (!joinWhere.isEmpty()) {
      where = new ArrayList<>(where);
      where.addAll(joinWhere);
    }
    FanOut fanOut = new FanOut(scope, joined);
    Map<String, String> flags = new LinkedHashMap<>();
    Map<String, String> flagKeys = new LinkedHashMap<>();
    firstRowFlags(fanOut, flags, flagKeys);
    List<SelectPlan.Selected> dims = new ArrayList<>();
    for (SelectPlan.Selected c : columns) {
      if (!c.field().field().isMeasure()) {
        dims.add(c);
      }
    }
    List<ScopedField> outputs = new ArrayList<>();
    columns.forEach(c -> outputs.add(c.field()));
    for (SelectPlan.Having h : having) {
      outputs.addAll(h.measures());
    }
    boolean grouped = outputs.size() > dims.size() || !uniqueRows(dims, fanOut);
    SqlFragment aggregate = flags.isEmpty() && !anyParameters(dims)
        ? singleLevel(outputs, dims, from, where, grouped)
        : twoLevel(outputs, dims, from, where, flags, flagKeys);
    List<String> order = new ArrayList<>();
    boolean tierSort = false;
    for (SelectPlan.Sort sort : orderBy) {
      Field field = columns.get(sort.column()).field().field();
      // A tier's or case's labels sort as text in the wrong order; its key needs the column by name.
      String key = DimensionTypeSql.sortKey(field, "t.c_" + sort.column());
      tierSort |= key != null;
      order.add((key != null ? key : String.valueOf(sort.column() + 1)) + (sort.desc() ? " DESC" : ""));
    }
    SqlBuilder sql = new SqlBuilder().append(with.sql());
    if (having.isEmpty() && !tierSort) {
      sql.append(aggregate);
    } else {
      sql.append("SELECT ");
      for (int i = 0; i < columns.size(); i++) {
        sql.append(i == 0 ? "" : ", ").append("t.c_" + i);
      }
      List<SqlFragment> conditions = new ArrayList<>();
      int next = columns.size();
      for (SelectPlan.Having h : having) {
        List<String> measureColumns = new ArrayList<>();
        for (int i = 0; i < h.measures().size(); i++) {
          measureColumns.add("t.c_" + next++);
        }
        conditions.add(h.condition().apply(measureColumns));
      }
      sql.append(" FROM (").append(aggregate).append(") t");
      if (!conditions.isEmpty()) {
        sql.append(" WHERE ").join(" AND ", conditions);
      }
    }
    if (!order.isEmpty()) {
      sql.append(" ORDER BY ").append(String.join(", ", order));
    }
    if (limit >= 0) {
      sql.append(" LIMIT " + limit);
    }
    return PostQuery.wrap(with.sql(), columns, orderBy, sql.build());
  }

  private SqlFragment singleLevel(List<ScopedField> outputs, List<SelectPlan.Selected> dims,
      String from, List<SqlFragment> where, boolean grouped) {
    MeasureSql.Layout inline = new MeasureSql.Layout() {
      @Override public SqlFragment value(MeasureInput input) {
        return input.value();
      }

      @Override public String firstRowFlag(String alias) {
        return null;
      }

      @Override public boolean rowsInline() {
        return true;
      }
    };
    SqlBuilder sql = new SqlBuilder().append("SELECT ");
    int d = 0;
    for (int i = 0; i < outputs.size(); i++) {
      ScopedField f = outputs.get(i);
      sql.append(i == 0 ? "" : ", ");
      sql.append(f.field().isMeasure() ? measures.aggregate(f, inline) : dims.get(d++).dimensionSql());
      sql.append(" AS c_" + i);
    }
    sql.append(" FROM ").append(from);
    appendWhere(sql, where);
    List<SqlFragment> groupBy = new ArrayList<>();
    for (SelectPlan.Selected dim : dims) {
      // A constant does not change the groups, and PostgreSQL refuses one in GROUP BY.
      if (!CONSTANT.matcher(dim.dimensionSql().sql()).matches()) {
        groupBy.add(dim.dimensionSql());
      }
    }
    if (grouped && !groupBy.isEmpty()) {
      sql.append(" GROUP BY ").join(", ", groupBy);
    }
    if (grouped && groupBy.isEmpty() && !dims.isEmpty() && outputs.size() == dims.size()) {
      // Only constants: one row, as GROUP BY would give.
      return new SqlBuilder().append("SELECT DISTINCT").append(
          new SqlFragment(sql.build().sql().substring("SELECT".length()), sql.build().params())).build();
    }
    return sql.build();
  }

  private SqlFragment twoLevel(List<ScopedField> outputs, List<SelectPlan.Selected> dims,
      String from, List<SqlFragment> where, Map<String, String> flags,
      Map<String, String> flagKeys) {
    List<MeasureInput> inputs = measures.aggregateInputs();
    Map<MeasureInput, Integer> index = new LinkedHashMap<>();
    List<SqlFragment> parts = new ArrayList<>();
    for (int i = 0; i < dims.size(); i++) {
      parts.add(new SqlBuilder().append(dims.get(i).dimensionSql()).append(" AS d_" + i).build());
    }
    for (MeasureInput in : inputs) {
      if (in.value() != null) {
        parts.add(new SqlBuilder().append(in.value()).append(" AS m_" + index.size()).build());
        index.put(in, index.size());
      }
    }
    for (Map.Entry<String, String> flag : flags.entrySet()) {
      String pk = flagKeys.get(flag.getKey());
      // One row per primary key (within each group) carries the flag, so sums count it once.
      SqlBuilder partition = new SqlBuilder();
      for (SelectPlan.Selected dim : dims) {
        partition.append(dim.dimensionSql()).append(", ");
      }
      parts.add(new SqlBuilder().append("CASE WHEN ROW_NUMBER() OVER (PARTITION BY ")
          .append(partition.build()).append(pk + " ORDER BY " + pk + ") = 1 THEN 1 END AS "
              + flag.getValue().substring(2)).build());
    }
    SqlBuilder inner = new SqlBuilder().append("SELECT ").join(", ", parts);
    inner.append(" FROM ").append(from);
    appendWhere(inner, where);
    MeasureSql.Layout layout = new MeasureSql.Layout() {
      @Override public SqlFragment value(MeasureInput input) {
        return SqlFragment.of("q.m_" + index.get(input));
      }

      @Override public String firstRowFlag(String alias) {
        return flags.get(alias);
      }

      @Override public boolean rowsInline() {
        return false;
      }
    };
    SqlBuilder sql = new SqlBuilder().append("SELECT ");
    int d = 0;
    for (int i = 0; i < outputs.size(); i++) {
      ScopedField f = outputs.get(i);
      sql.append(i == 0 ? "" : ", ");
      sql.append(f.field().isMeasure() ? measures.aggregate(f, layout) : SqlFragment.of("q.d_" + d++));
      sql.append(" AS c_" + i);
    }
    sql.append(" FROM (").append(inner.build()).append(") q");
    if (!dims.isEmpty()) {
      sql.append(" GROUP BY ");
      for (int i = 0; i < dims.size(); i++) {
        sql.append(i == 0 ? "" : ", ").append("q.d_" + i);
      }
    }
    return sql.build();
  }

  /**
   * Collects the first-row flags the measures need, each under its key (an alias whose sums and
   * averages must be symmetric, or a distinct measure's {@link MeasureSql#distinctFlagKey}): the
   * flag's column in {@code flags}, the SQL it numbers rows by in {@code keys}; fails for a
   * measure that needs a primary key its view lacks.
   */
  private void firstRowFlags(FanOut fanOut, Map<String, String> flags, Map<String, String> keys) {
    for (MeasureInput in : measures.aggregateInputs()) {
      ScopedField m = in.measure();
      String key;
      String keySql;
      if (MeasureSql.isDistinct(m.field())) {
        key = measures.distinctFlagKey(m);
        keySql = measures.distinctKeySql(m);
      } else if (MeasureSql.sensitiveToFanOut(m.field()) && fanOut.repeats(m.alias())) {
        if (measures.primaryKey(m) == null) {
          throw QueryException.invalid("fields", "invalid", "Measure " + m.qualifiedName()
              + " can't be computed with this query's joins: view '" + m.view().name()
              + "' needs a primary_key for symmetric aggregates");
        }
        if (m.field().type().equals("count")) {
          continue;
        }
        key = m.alias();
        keySql = dimensions.value(measures.primaryKey(m));
      } else {
        continue;
      }
      if (!flags.containsKey(key)) {
        flags.put(key, "q.f_" + flags.size());
        keys.put(key, keySql);
      }
    }
  }

  /**
   * Returns whether some dimension's SQL carries bind parameters (a custom dimension with
   * literals): such SQL can't be repeated in GROUP BY, since the database can't tell that two
   * parameters are equal, so the query groups by a sub-query's column instead.
   */
  private static boolean anyParameters(List<SelectPlan.Selected> dims) {
    for (SelectPlan.Selected d : dims) {
      if (!d.dimensionSql().params().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether the dimensions include the base view's primary key and no join repeats rows. */
  private boolean uniqueRows(List<SelectPlan.Selected> dims, FanOut fanOut) {
    for (SelectPlan.Selected d : dims) {
      ScopedField f = d.field();
      if (f.alias().equals(scope.baseAlias()) && f.field().primaryKey() && !d.dynamic()
          && !fanOut.repeats(scope.baseAlias())) {
        return true;
      }
    }
    return false;
  }

  private static void appendWhere(SqlBuilder sql, List<SqlFragment> where) {
    if (!where.isEmpty()) {
      sql.append(" WHERE ").join(" AND ", where);
    }
  }
}
