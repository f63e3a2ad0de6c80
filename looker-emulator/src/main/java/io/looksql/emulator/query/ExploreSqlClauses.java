package io.looksql.emulator.query;

import io.looksql.emulator.lookml.Explore;
import io.looksql.emulator.sql.SqlFragment;
import java.util.ArrayList;
import java.util.List;

/** Applies an explore's {@code sql_always_where} and {@code sql_always_having} to a query. */
final class ExploreSqlClauses {
  private ExploreSqlClauses() {
  }

  /** Adds the explore's clauses to the plan: a WHERE condition, and a condition on measures. */
  static void apply(Explore explore, ExploreScope scope, SelectPlan plan, DimensionSql dimensions) {
    String where = explore.options().sqlAlwaysWhere();
    if (where != null) {
      plan.where(SqlFragment.of("(" + Substitution.apply(where, scope.baseAlias(), scope, f -> {
        if (f.field().isMeasure()) {
          throw QueryException.invalid("view", "invalid", "sql_always_where of explore '"
              + explore.name() + "' refers to measure " + f.qualifiedName()
              + "; use sql_always_having");
        }
        return f.field().type().equals("yesno") ? dimensions.condition(f) : dimensions.value(f);
      }) + ")"));
    }
    String having = explore.options().sqlAlwaysHaving();
    if (having != null) {
      List<ScopedField> measures = new ArrayList<>();
      Substitution.apply(having, scope.baseAlias(), scope, f -> {
        if (!f.field().isMeasure()) {
          throw QueryException.invalid("view", "invalid", "sql_always_having of explore '"
              + explore.name() + "' refers to dimension " + f.qualifiedName()
              + "; use sql_always_where");
        }
        if (!measures.contains(f)) {
          measures.add(f);
        }
        return "";
      });
      plan.having(measures, columns -> SqlFragment.of("(" + Substitution.apply(having,
          scope.baseAlias(), scope, f -> columns.get(measures.indexOf(f))) + ")"));
    }
  }
}
