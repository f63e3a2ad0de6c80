package io.looksql.jdbc;

import io.looksql.catalog.rel.QueryRefusedException;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.prepare.CalciteSqlValidator;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.apache.calcite.sql.validate.SqlValidatorScope;
import org.apache.calcite.util.Util;

/**
 * Calcite's validator, with the functions BI tools write rewritten first ({@link ToolFunctions}),
 * except that it refuses a measure column of an explore in a WHERE or ON
 * condition, with a message that says what to write instead.
 *
 * <p>Such a condition applies to the explore's rows, before they are grouped, and a measure has
 * a value only per group; Calcite's planner would recurse on it until the stack overflows. A
 * column that a sub-query computes from a measure ({@code AGGREGATE(m) AS x}, or {@code m}
 * selected in its aggregate query) is a value, and filtering on it is ordinary SQL.
 */
final class LookerSqlValidator extends CalciteSqlValidator {
  LookerSqlValidator(SqlOperatorTable operators, CalciteCatalogReader catalogReader,
      JavaTypeFactory typeFactory, Config config) {
    super(operators, catalogReader, typeFactory, config);
  }

  /** Whether the statement's tool functions have been rewritten (Calcite recurses in here). */
  private boolean rewritten;

  @Override protected SqlNode performUnconditionalRewrites(SqlNode node, boolean underFrom) {
    if (!rewritten && node != null) {
      rewritten = true;
      node = ExistenceProbe.rewrite(ToolFunctions.rewrite(node));
    }
    SqlNode result = super.performUnconditionalRewrites(node, underFrom);
    if (result instanceof SqlSelect select) {
      NakedMeasures.rewrite(select, getCatalogReader());
    }
    return result;
  }

  @Override protected void validateWhereOrOn(SqlValidatorScope scope, SqlNode condition,
      String clause) {
    super.validateWhereOrOn(scope, condition, clause);
    condition.accept(new SqlBasicVisitor<Void>() {
      @Override public Void visit(SqlCall call) {
        // A sub-query's own clauses are validated, and checked, in its own scope.
        return call.getKind().belongsTo(SqlKind.QUERY) ? null : super.visit(call);
      }

      @Override public Void visit(SqlIdentifier id) {
        if (scope.isMeasureRef(id)) {
          throw refused(Util.last(id.names), clause);
        }
        return null;
      }
    });
  }

  private static QueryRefusedException refused(String measure, String clause) {
    String m = "`" + measure + "`";
    return new QueryRefusedException("Measure " + m + " can't be used in " + clause + ", which "
        + "applies to the explore's rows before they are grouped: a measure has a value only per "
        + "group. Filter on it with HAVING AGGREGATE(" + m + ") in a query grouped by dimension "
        + "columns, or compute AGGREGATE(" + m + ") AS x in a sub-query and use x outside it");
  }
}
