package io.looksql.emulator.query;

import io.looksql.emulator.lookml.View;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The derived tables one statement reads, written as Looker writes them: once each, as
 * {@code WITH view AS (sql)} at the top of the statement, and read by the view's name in FROM and
 * JOIN. Besides matching Looker's SQL, this keeps H2 fast: a derived table written as a sub-query
 * in a JOIN is evaluated again in full for every row it is joined to when the same SELECT has a
 * window function (the symmetric-aggregate flag) and results are read lazily, while a common
 * table expression is looked up with the join condition.
 *
 * <p>A derived table whose name appears in SQL that the statement reads rows from (its own or
 * another derived table's SQL, a table name) stays a sub-query: the name would hide a table, and
 * H2 answers {@code WITH t AS (SELECT ... FROM t WHERE ...) SELECT ... FROM t} from the table
 * {@code t}, as if there were no {@code WITH}. Field and {@code sql_on} SQL is not searched: it
 * names views by their aliases (which are these names), so a sub-select there that reads a table
 * named like a derived view would read the derived view instead; the sample project has none.
 */
final class WithClause {
  private final Map<String, View> named = new LinkedHashMap<>();
  private final ExploreScope scope;

  /** Plans the derived tables of a statement that reads the given views. */
  WithClause(Collection<View> read, ExploreScope scope) {
    this.scope = scope;
    List<String> sources = new ArrayList<>();
    read.forEach(view -> sources.add(Substitution.tableSql(view, scope)));
    for (View view : read) {
      if (ExploreScope.isDerived(view) && !mentioned(view.name(), sources)) {
        named.put(view.name(), view);
      }
    }
  }

  /** Returns what FROM or JOIN reads a view's rows from: a table, a name of this clause, or SQL. */
  String source(View view) {
    if (named.containsKey(view.name())) {
      return view.name();
    }
    return Substitution.tableSql(view, scope);
  }

  /** Returns the clause with a trailing space, or an empty string when there is nothing to name. */
  String sql() {
    if (named.isEmpty()) {
      return "";
    }
    StringBuilder sql = new StringBuilder("WITH ");
    for (View view : named.values()) {
      sql.append(sql.length() == 5 ? "" : ", ").append(view.name()).append(" AS (")
          .append(Substitution.derivedSql(view, scope)).append(')');
    }
    return sql.append(' ').toString();
  }

  private static boolean mentioned(String name, List<String> sources) {
    Pattern word = Pattern.compile("(?<![A-Za-z0-9_$])" + Pattern.quote(name) + "(?![A-Za-z0-9_$])",
        Pattern.CASE_INSENSITIVE);
    for (String sql : sources) {
      if (word.matcher(sql).find()) {
        return true;
      }
    }
    return false;
  }
}
