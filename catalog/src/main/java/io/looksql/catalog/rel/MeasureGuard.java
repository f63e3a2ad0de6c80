package io.looksql.catalog.rel;

import java.util.List;
import java.util.Locale;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Refuses, at prepare time, plans that would give a wrong answer with a measure: measures the
 * rules could not fold into a Looker query, measures re-aggregated where that changes their value,
 * measures as GROUP BY keys. Runs after the Looker rules, on the logical plan, before Calcite's
 * measure phase would fail on them; {@link GroupedRowsGuard} checks the rest on the final plan.
 */
public final class MeasureGuard {
  private MeasureGuard() {
  }

  /** Returns the plan unchanged, or throws {@link QueryRefusedException}. */
  public static RelNode check(RelNode root) {
    visit(root);
    return root;
  }

  private static void visit(RelNode node) {
    // Inputs first: the innermost problem is the one the user can fix.
    for (RelNode input : node.getInputs()) {
      visit(input);
    }
    if (node instanceof Aggregate aggregate) {
      checkAggregate(aggregate);
    }
    checkExpressions(node);
    if (node instanceof LookerQuery q && q.spec().columns().isEmpty()) {
      // Also reached when Calcite has trimmed away every column a sub-query selected.
      throw new QueryRefusedException("A query over explore " + q.lookerTable().explore()
          + " must use at least one of its columns (a dimension, a measure or an aggregate): "
          + "Looker returns grouped rows, never the explore's underlying rows, so rows without "
          + "columns can't be counted; use COUNT(*) directly over the explore");
    }
  }

  private static void checkAggregate(Aggregate aggregate) {
    RelDataType input = aggregate.getInput().getRowType();
    for (int key : aggregate.getGroupSet()) {
      if (isMeasure(input.getFieldList().get(key).getType())) {
        String m = name(input, key);
        if (aggregate.getAggCallList().isEmpty()) {
          // The DISTINCT of a SELECT without GROUP BY (see the driver's ExploreSelectConverter).
          throw new QueryRefusedException("Measure " + m + " is selected without GROUP BY in a "
              + "SELECT that Looker can't answer in one query (a join, a window, or a condition "
              + "that stays in Calcite), so its value would depend on how Calcite groups "
              + "Looker's rows. Compute it in a sub-query grouped by dimension columns (SELECT d, "
              + "AGGREGATE(" + m + ") AS x … GROUP BY d) and use x outside it");
        }
        throw new QueryRefusedException("Measure " + m
            + " can't be a GROUP BY key; group by dimensions and aggregate measures with AGGREGATE");
      }
    }
    for (AggregateCall ac : aggregate.getAggCallList()) {
      List<Integer> args = ac.getArgList();
      String fn = ac.getAggregation().getName().toUpperCase(Locale.ROOT);
      if (ac.getAggregation().getKind() == SqlKind.AGG_M2V) {
        throw new QueryRefusedException("AGGREGATE(" + name(input, args.get(0)) + ") can't be "
            + "computed in one Looker query here: group only by dimension columns (not by "
            + "expressions) and filter with predicates Looker can express; or compute the "
            + "measure in a sub-query grouped by dimensions and work on its result");
      }
      if (args.size() == 1 && isMeasure(input.getFieldList().get(args.get(0)).getType())) {
        String m = name(input, args.get(0));
        throw new QueryRefusedException(fn + "(" + m + ") would re-aggregate the measure " + m
            + ", which is not the same as the measure; write AGGREGATE(" + m + ")");
      }
    }
  }

  private static void checkExpressions(RelNode node) {
    node.accept(new RexShuttle() {
      @Override public RexNode visitCall(RexCall call) {
        if (call.getKind() == SqlKind.M2V || call.getKind() == SqlKind.V2M) {
          // Named as the user wrote it, never by Calcite's internal M2V($n).
          String m = call.getOperands().get(0) instanceof RexInputRef ref
              && node.getInputs().size() == 1
              ? name(node.getInput(0).getRowType(), ref.getIndex()) : "a measure";
          throw new QueryRefusedException("Measure " + m + " can't be used here (in ORDER BY or "
              + "an expression of a query without GROUP BY): its value depends on the grouping. "
              + "Select it (SELECT dimensions, " + m + " … GROUP BY dimensions) and sort on it "
              + "there, or compute AGGREGATE(" + m + ") AS x in a sub-query grouped by "
              + "dimensions and use x outside it");
        }
        return super.visitCall(call);
      }
    });
  }

  private static boolean isMeasure(RelDataType type) {
    return type.getSqlTypeName() == SqlTypeName.MEASURE;
  }

  private static String name(RelDataType row, int i) {
    return "`" + row.getFieldList().get(i).getName() + "`";
  }
}
