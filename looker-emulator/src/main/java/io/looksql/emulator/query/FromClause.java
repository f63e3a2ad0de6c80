package io.looksql.emulator.query;

import io.looksql.emulator.lookml.Join;
import io.looksql.emulator.lookml.JoinType;
import io.looksql.emulator.lookml.View;
import io.looksql.emulator.sql.Dialect;
import io.looksql.emulator.sql.SqlFragment;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The FROM clause of one statement: the base view and the joins it needs, each joined on its
 * {@code sql_on} or {@code foreign_key}, and the {@code sql_where} conditions those joins add.
 */
final class FromClause {
  private final ExploreScope scope;
  private final WithClause with;
  private final DimensionSql dimensions;
  private final Dialect dialect;
  private final Set<String> joined;
  private String unrunnable;

  FromClause(ExploreScope scope, WithClause with, DimensionSql dimensions, Dialect dialect,
      Set<String> joined) {
    this.scope = scope;
    this.with = with;
    this.dimensions = dimensions;
    this.dialect = dialect;
    this.joined = joined;
  }

  /** Returns why the database can't run the joins written, or null; known after {@link #sql}. */
  String unrunnable() {
    return unrunnable;
  }

  /** Returns the FROM clause: the base view and the joins the query needs, dependencies first. */
  String sql() {
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
  List<SqlFragment> joinConditions() {
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
