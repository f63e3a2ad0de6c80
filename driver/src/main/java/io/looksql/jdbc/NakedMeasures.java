package io.looksql.jdbc;

import io.looksql.catalog.FieldDefinition;
import io.looksql.catalog.LookerTable;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlLibraryOperators;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.apache.calcite.sql.validate.SqlValidatorCatalogReader;
import org.apache.calcite.sql.validate.SqlValidatorTable;
import org.apache.calcite.util.Util;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Writes a measure selected without AGGREGATE in an aggregate SELECT of one explore
 * ({@code SELECT d, m … GROUP BY d}) as {@code AGGREGATE(m) AS m}, which is what it means.
 *
 * <p>Calcite would keep such a column typed as a measure in the SELECT's rows, and an outer query
 * that aggregates them ({@code SUM(t.m)} over the sub-query) would fail to plan; written as
 * {@code AGGREGATE}, the column is the measure's value for each group, as the SELECT returns it.
 */
final class NakedMeasures {
  private NakedMeasures() {
  }

  /** Rewrites the SELECT list of {@code select} in place, if it aggregates one explore. */
  static void rewrite(SqlSelect select, SqlValidatorCatalogReader catalog) {
    LookerTable explore = explore(select.getFrom(), catalog);
    if (explore == null || !aggregates(select)) {
      return;
    }
    SqlNodeList items = select.getSelectList();
    for (int i = 0; i < items.size(); i++) {
      SqlNode item = items.get(i);
      SqlNode expr = item.getKind() == SqlKind.AS ? ((SqlCall) item).operand(0) : item;
      if (!(expr instanceof SqlIdentifier id) || id.isStar()) {
        continue;
      }
      FieldDefinition f = explore.fieldsByName().get(Util.last(id.names));
      if (f == null || !f.measure()) {
        continue;
      }
      SqlParserPos pos = id.getParserPosition();
      SqlNode aggregate = SqlLibraryOperators.AGGREGATE.createCall(pos, id);
      SqlNode alias = item.getKind() == SqlKind.AS ? ((SqlCall) item).operand(1)
          : new SqlIdentifier(Util.last(id.names), pos);
      items.set(i, SqlStdOperatorTable.AS.createCall(pos, aggregate, alias));
    }
  }

  /** Returns the explore a FROM clause names (alone, aliased or not), or null. */
  private static @Nullable LookerTable explore(@Nullable SqlNode from,
      SqlValidatorCatalogReader catalog) {
    SqlNode table = from != null && from.getKind() == SqlKind.AS ? ((SqlCall) from).operand(0)
        : from;
    if (!(table instanceof SqlIdentifier id)) {
      return null;
    }
    SqlValidatorTable t = catalog.getTable(id.names);
    return t == null ? null : t.unwrap(LookerTable.class);
  }

  /** Returns whether a SELECT groups, or calls an aggregate function in its SELECT list. */
  private static boolean aggregates(SqlSelect select) {
    if (select.getGroup() != null && !select.getGroup().isEmpty()) {
      return true;
    }
    boolean[] found = {false};
    select.getSelectList().accept(new SqlBasicVisitor<Void>() {
      @Override public Void visit(SqlCall call) {
        if (call.getKind() == SqlKind.SELECT || call.getKind() == SqlKind.OVER) {
          return null; // a sub-query's or a window's aggregates don't make this SELECT one
        }
        found[0] |= call.getOperator().isAggregator();
        return super.visit(call);
      }
    });
    return found[0];
  }
}
