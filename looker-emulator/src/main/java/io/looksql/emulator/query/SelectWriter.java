package io.looksql.emulator.query;

import io.looksql.emulator.lookml.Field;
import io.looksql.emulator.lookml.Join;
import io.looksql.emulator.lookml.JoinType;
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
    String from = from();
    List<SqlFragment> joinWhere = joinConditions();
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
    return postQuery(columns, orderBy, sql.build());
  }

  /**
   * Returns the statement with its post-query measures computed over its rows, in their order:
   * each row is numbered by the statement's sort, and the post-query columns are window
   * functions over that numbering.
   */
  private SqlFragment postQuery(List<SelectPlan.Selected> columns, List<SelectPlan.Sort> orderBy,
      SqlFragment statement) {
    boolean any = false;
    for (SelectPlan.Selected c : columns) {
      any |= PostQuery.isPostQuery(c.field().field());
    }
    if (!any) {
      return statement;
    }
    List<String> order = new ArrayList<>();
    for (SelectPlan.Sort sort : orderBy) {
      Field field = columns.get(sort.column()).field().field();
      String column = "x.c_" + sort.column();
      String key = DimensionTypeSql.sortKey(field, column);
      order.add((key != null ? key : column) + (sort.desc() ? " DESC" : ""));
    }
    SqlBuilder sql = new SqlBuilder().append(with.sql()).append("SELECT ");
    for (int i = 0; i < columns.size(); i++) {
      Field field = columns.get(i).field().field();
      sql.append(i == 0 ? "" : ", ").append((PostQuery.isPostQuery(field)
          ? PostQuery.outer(field, "p.c_" + i, "p.row_order") : "p.c_" + i) + " AS c_" + i);
    }
    String body = statement.sql().substring(with.sql().length());
    return sql.append(" FROM (SELECT x.*, ROW_NUMBER() OVER (" + (order.isEmpty() ? ""
            : "ORDER BY " + String.join(", ", order)) + ") AS row_order FROM (")
        .append(new SqlFragment(body, statement.params())).append(") x) p ORDER BY p.row_order")
        .build();
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

  /** Returns the FROM clause: the base view and the joins the query needs, dependencies first. */
  private String from() {
    StringBuilder sql = new StringBuilder(with.source(scope.viewOf(scope.baseAlias())))
        .append(" AS ").append(scope.baseAlias());
    Set<String> written = new LinkedHashSet<>(List.of(scope.baseAlias()));
    boolean progress = true;
    while (progress) {
      progress = false;
      for (Join join : scope.explore().joins()) {
        if (joined.contains(join.name()) && !written.contains(join.name())
            && written.containsAll(scope.parentsOf(join.name()))) {
          sql.append(' ').append(join(join));
          written.add(join.name());
          progress = true;
        }
      }
    }
    if (!written.containsAll(joined)) {
      throw QueryException.invalid("view", "invalid",
          "Joins of explore '" + scope.explore().name() + "' depend on each other in a cycle");
    }
    return sql.toString();
  }

  private String join(Join join) {
    String table = with.source(scope.viewOf(join.name())) + " AS " + join.name();
    String foreignKey = join.options().foreignKey();
    if (join.type() == JoinType.CROSS || join.sqlOn() == null && foreignKey == null) {
      return "CROSS JOIN " + table;
    }
    if (join.type() == JoinType.FULL_OUTER && !dialect.supportsFullOuterJoin()) {
      // Written all the same, so that the sql result format shows it; running it is refused.
      unrunnable = "Join '" + join.name() + "' of explore '" + scope.explore().name()
          + "' is a full_outer join, which the " + dialect.name()
          + " database can't run (it has no FULL OUTER JOIN)";
    }
    String on;
    if (join.sqlOn() != null) {
      on = Substitution.apply(join.sqlOn(), join.name(), scope,
          f -> f.field().type().equals("yesno") ? dimensions.condition(f) : dimensions.value(f));
    } else {
      on = foreignKeyCondition(join, foreignKey);
    }
    return join.type().sql() + " " + table + " ON " + on;
  }

  /** Returns {@code foreign_key}'s join condition: the dimension equals the joined view's primary key. */
  private String foreignKeyCondition(Join join, String foreignKey) {
    int dot = foreignKey.indexOf('.');
    ScopedField key = dot < 0 ? scope.findAny(scope.baseAlias(), foreignKey)
        : scope.findAny(foreignKey.substring(0, dot), foreignKey.substring(dot + 1));
    View joined = scope.viewOf(join.name());
    if (key == null || joined.primaryKey() == null) {
      throw QueryException.invalid("view", "invalid", "Join '" + join.name() + "' of explore '"
          + scope.explore().name() + "' has foreign_key " + foreignKey + ", which needs "
          + (key == null ? "a dimension of that name" : "a primary_key in view '" + joined.name() + "'"));
    }
    ScopedField primaryKey = new ScopedField(join.name(), joined, joined.primaryKey());
    return dimensions.value(key) + " = " + dimensions.value(primaryKey);
  }

  /** Returns the {@code sql_where} conditions of the joins the statement includes. */
  private List<SqlFragment> joinConditions() {
    List<SqlFragment> out = new ArrayList<>();
    for (Join join : scope.explore().joins()) {
      if (joined.contains(join.name()) && join.options().sqlWhere() != null) {
        out.add(SqlFragment.of("(" + Substitution.apply(join.options().sqlWhere(), join.name(),
            scope, f -> f.field().type().equals("yesno") ? dimensions.condition(f)
                : dimensions.value(f)) + ")"));
      }
    }
    return out;
  }
}
