package io.looksql.emulator.lookml;

import java.util.List;

/**
 * What an explore adds to the SQL of every query of it.
 *
 * @param sqlAlwaysWhere {@code sql_always_where} as written, or null
 * @param sqlAlwaysHaving {@code sql_always_having} as written, or null
 * @param alwaysJoin {@code always_join}: joins every query includes
 */
public record ExploreClauses(String sqlAlwaysWhere, String sqlAlwaysHaving, List<String> alwaysJoin) {
  /** No clauses. */
  public static final ExploreClauses NONE = new ExploreClauses(null, null, List.of());
}
