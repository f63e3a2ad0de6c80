package io.looksql.emulator.query;

import io.looksql.emulator.lookml.View;
import io.looksql.emulator.sql.SqlBuilder;
import io.looksql.emulator.sql.SqlFragment;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces LookML's {@code ${...}} references in a piece of SQL: {@code ${TABLE}}, {@code ${field}},
 * {@code ${view.field}} and {@code ${view.SQL_TABLE_NAME}}.
 */
final class Substitution {
  private static final Pattern REFERENCE =
      Pattern.compile("\\$\\{\\s*([A-Za-z0-9_]+)(?:\\.([A-Za-z0-9_]+))?\\s*}");

  private Substitution() {
  }

  /**
   * Returns {@code sql} written for the view under {@code alias}, with each field reference
   * replaced by what {@code resolve} gives for it (a parenthesised SQL expression).
   */
  static String apply(String sql, String alias, ExploreScope scope,
      Function<ScopedField, String> resolve) {
    return applyFragments(sql, alias, scope, f -> SqlFragment.of(resolve.apply(f))).sql();
  }

  /** Returns {@code sql} with references replaced by fragments that may carry parameters. */
  static SqlFragment applyFragments(String sql, String alias, ExploreScope scope,
      Function<ScopedField, SqlFragment> resolve) {
    sql = scope.render(sql, alias);
    Matcher m = REFERENCE.matcher(sql);
    SqlBuilder out = new SqlBuilder();
    int last = 0;
    while (m.find()) {
      out.append(sql.substring(last, m.start()));
      out.append(replacement(m, alias, scope, resolve));
      last = m.end();
    }
    return out.append(sql.substring(last)).build();
  }

  private static SqlFragment replacement(Matcher m, String alias, ExploreScope scope,
      Function<ScopedField, SqlFragment> resolve) {
    String first = m.group(1);
    String second = m.group(2);
    if (second == null && first.equals("TABLE")) {
      return SqlFragment.of(alias);
    }
    if (second != null && second.equals("SQL_TABLE_NAME")) {
      View view = scope.viewOf(first) != null ? scope.viewOf(first) : scope.model().views().get(first);
      if (view == null) {
        throw unknown(m.group(), alias);
      }
      return SqlFragment.of(tableSql(view, scope));
    }
    String targetAlias = second == null ? alias : first;
    String name = second == null ? first : second;
    ScopedField target = scope.findAny(targetAlias, name);
    if (target == null) {
      throw unknown(m.group(), alias);
    }
    return new SqlBuilder().append("(").append(resolve.apply(target)).append(")").build();
  }

  /**
   * Returns what a view's rows are read from, its Liquid rendered for the query: its table
   * name, or its derived table in parentheses.
   */
  static String tableSql(View view, ExploreScope scope) {
    if (view.sqlTableName() != null) {
      return scope.render(view.sqlTableName(), null);
    }
    if (ExploreScope.isDerived(view)) {
      return "(" + derivedSql(view, scope) + ")";
    }
    return view.name();
  }

  /** Returns a derived table's SQL, its Liquid rendered for the query. */
  static String derivedSql(View view, ExploreScope scope) {
    return scope.derivedSql(view);
  }

  private static QueryException unknown(String reference, String alias) {
    return QueryException.invalid("fields", "invalid",
        "Reference " + reference + " in view '" + alias + "' names no field of this explore");
  }
}
