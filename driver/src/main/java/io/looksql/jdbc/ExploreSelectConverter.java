package io.looksql.jdbc;

import io.looksql.catalog.LookerTable;
import java.util.List;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.prepare.Prepare;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlSelectKeyword;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlValidatorNamespace;
import org.apache.calcite.sql.validate.SqlValidatorTable;
import org.apache.calcite.sql2rel.SqlRexConvertletTable;
import org.apache.calcite.sql2rel.SqlToRelConverter;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Calcite's SQL-to-relational converter, except that a SELECT that reads an explore in its FROM
 * clause and does not aggregate is converted as a SELECT DISTINCT.
 *
 * <p>That is what such a SELECT returns (Looker groups by what it selects), and writing it into
 * the plan keeps it when the SELECT is a sub-query, a CTE or a derived table: otherwise Calcite
 * would drop the columns an outer {@code COUNT(*)} does not read, and count the explore's rows
 * instead of the rows the sub-query returns.
 */
final class ExploreSelectConverter extends SqlToRelConverter {
  private final SqlValidator sqlValidator;

  ExploreSelectConverter(RelOptTable.ViewExpander viewExpander, SqlValidator validator,
      Prepare.CatalogReader catalogReader, RelOptCluster cluster,
      SqlRexConvertletTable convertletTable, Config config) {
    super(viewExpander, validator, catalogReader, cluster, convertletTable, config);
    this.sqlValidator = validator;
  }

  @Override protected void convertSelectImpl(Blackboard bb, Blackboard measureBb,
      SqlSelect select) {
    if (!select.isDistinct() && !sqlValidator.isAggregate(select) && readsExplore(select.getFrom())) {
      // Validation is done; the converter is the only reader of the keyword from here on.
      select.setOperand(0, new SqlNodeList(
          List.of(SqlSelectKeyword.DISTINCT.symbol(SqlParserPos.ZERO)), SqlParserPos.ZERO));
    }
    super.convertSelectImpl(bb, measureBb, select);
  }

  /** Returns whether a FROM clause (or a join in it) names an explore table itself. */
  private boolean readsExplore(@Nullable SqlNode from) {
    if (from == null) {
      return false;
    }
    if (from instanceof SqlJoin join) {
      return readsExplore(join.getLeft()) || readsExplore(join.getRight());
    }
    if (from.getKind() == SqlKind.AS) {
      return readsExplore(((SqlCall) from).operand(0));
    }
    if (from.getKind() != SqlKind.IDENTIFIER) {
      return false;
    }
    SqlValidatorNamespace ns = sqlValidator.getNamespace(from);
    SqlValidatorTable table = ns == null ? null : ns.getTable();
    return table != null && table.unwrap(LookerTable.class) != null;
  }
}
