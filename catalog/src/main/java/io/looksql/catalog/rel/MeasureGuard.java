package io.looksql.catalog.rel;

import java.util.List;
import java.util.Locale;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Refuses, at prepare time, plans that would give a wrong answer: measures the rules could not
 * fold into a Looker query, and aggregates that Calcite would compute over Looker's grouped rows
 * as if they were the explore's underlying rows (the {@code COUNT(*)} counting groups bug).
 *
 * <p>Runs after the Looker rules, on the logical plan.
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
      throw new QueryRefusedException("A query over explore " + q.lookerTable().explore()
          + " must use at least one of its columns (a dimension, a measure or an aggregate)");
    }
  }

  private static void checkAggregate(Aggregate aggregate) {
    RelDataType input = aggregate.getInput().getRowType();
    for (int key : aggregate.getGroupSet()) {
      if (isMeasure(input.getFieldList().get(key).getType())) {
        throw new QueryRefusedException("Measure " + name(input, key)
            + " can't be a GROUP BY key; group by dimensions and aggregate measures with AGGREGATE");
      }
    }
    boolean raw = reachesRawLeaf(aggregate.getInput());
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
      if (raw && !safeOverGroups(ac)) {
        String what = args.isEmpty() ? fn + "(*)" : fn + "(" + name(input, args.get(0)) + ")";
        throw new QueryRefusedException(what + " can't be computed from Looker's grouped rows "
            + "(it would count or add up groups, not the explore's rows): group by dimension "
            + "columns directly so that Looker computes it, and filter with predicates Looker "
            + "can express");
      }
    }
  }

  /** MIN, MAX and DISTINCT aggregates are the same over distinct groups as over the rows. */
  private static boolean safeOverGroups(AggregateCall ac) {
    switch (ac.getAggregation().getKind()) {
    case MIN: case MAX: case ANY_VALUE: case SINGLE_VALUE: case GROUPING:
      return true;
    default:
      return ac.isDistinct();
    }
  }

  /** Returns whether rows that stand for the explore's rows, but are Looker's groups, reach here. */
  private static boolean reachesRawLeaf(RelNode node) {
    if (node instanceof LookerQuery q) {
      return !q.isAggregated();
    }
    if (node instanceof Aggregate) {
      return false;
    }
    for (RelNode input : node.getInputs()) {
      if (reachesRawLeaf(input)) {
        return true;
      }
    }
    return false;
  }

  private static void checkExpressions(RelNode node) {
    node.accept(new RexShuttle() {
      @Override public RexNode visitCall(RexCall call) {
        if (call.getKind() == SqlKind.M2V || call.getKind() == SqlKind.V2M) {
          throw new QueryRefusedException("A measure can't be used here; use AGGREGATE(measure) "
              + "with GROUP BY dimension columns, or select it with dimensions only ("
              + call + ")");
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
