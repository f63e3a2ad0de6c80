package io.looksql.catalog.rel;

import java.util.List;
import java.util.Locale;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.core.Calc;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.core.Window;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexOver;
import org.apache.calcite.rex.RexWindowBound;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Refuses, at prepare time, a final plan in which Calcite would aggregate Looker's grouped rows as
 * if they were the explore's underlying rows: the {@code COUNT(*)} counting groups bug, in an
 * aggregate or a window.
 *
 * <p>A leaf that has not absorbed a SQL GROUP BY returns one row per distinct combination of its
 * dimensions, which stands for any number of underlying rows. Over such rows only aggregates that
 * ignore duplicates give the answer the SQL asks for: MIN, MAX, DISTINCT aggregates, and in
 * windows also FIRST_VALUE, LAST_VALUE and DENSE_RANK over frames that duplicates can't shift.
 * Rows that come out of an aggregate (a folded GROUP BY, or one Calcite computes) are the groups
 * the SQL asked for, and what happens above them is ordinary SQL. Runs last, on the physical plan,
 * so that no rewrite by Calcite's own program escapes it.
 */
public final class GroupedRowsGuard {
  private GroupedRowsGuard() {
  }

  /** Returns the plan unchanged, or throws {@link QueryRefusedException}. */
  public static RelNode check(RelNode root) {
    visit(root);
    return root;
  }

  private static void visit(RelNode node) {
    for (RelNode input : node.getInputs()) {
      visit(input);
    }
    if (node.getInputs().isEmpty() || !readsLeafGroups(node.getInputs())) {
      return;
    }
    RelNode input = node.getInput(0);
    if (node instanceof Aggregate aggregate) {
      for (AggregateCall ac : aggregate.getAggCallList()) {
        if (!safeAggregate(ac.getAggregation().getKind(), ac.isDistinct())) {
          throw refused(call(ac.getAggregation(), ac.getArgList(), input), false);
        }
      }
    } else if (node instanceof Window window) {
      for (Window.Group group : window.groups) {
        for (Window.RexWinAggCall ac : group.aggCalls) {
          if (!safeWindow(ac.getKind(), ac.distinct, group.isRows, group.lowerBound,
              group.upperBound)) {
            throw refused(call(ac.getOperator(), ac.getOperands(), input), true);
          }
        }
      }
    } else {
      List<RexNode> expressions = node instanceof Project p ? p.getProjects()
          : node instanceof Calc c ? c.getProgram().getExprList()
          : node instanceof Filter f ? List.of(f.getCondition()) : List.of();
      for (RexNode e : expressions) {
        RexOver over = firstOver(e);
        if (over != null) {
          // Calcite normally turns these into a Window first; refuse rather than check twice.
          throw refused(over.getOperator().getName().toUpperCase(Locale.ROOT) + "(…)", true);
        }
      }
    }
  }

  /** Returns whether some input's rows are, or pass on unaggregated, a raw leaf's groups. */
  private static boolean readsLeafGroups(List<RelNode> inputs) {
    for (RelNode input : inputs) {
      if (input instanceof LookerQuery q) {
        if (!q.isAggregated()) {
          return true;
        }
      } else if (!(input instanceof Aggregate) && readsLeafGroups(input.getInputs())) {
        return true;
      }
    }
    return false;
  }

  private static boolean safeAggregate(SqlKind kind, boolean distinct) {
    switch (kind) {
    case MIN: case MAX: case ANY_VALUE: case SINGLE_VALUE: case GROUPING:
    case BIT_AND: case BIT_OR:
      return true;
    default:
      return distinct;
    }
  }

  private static boolean safeWindow(SqlKind kind, boolean distinct, boolean rows,
      RexWindowBound lower, RexWindowBound upper) {
    // A ROWS frame a number of rows wide holds different rows once duplicates are collapsed.
    if (rows && !(fixed(lower) && fixed(upper))) {
      return false;
    }
    switch (kind) {
    case FIRST_VALUE: case LAST_VALUE: case DENSE_RANK:
      return true;
    default:
      return safeAggregate(kind, distinct);
    }
  }

  private static boolean fixed(RexWindowBound bound) {
    return bound.isUnbounded() || bound.isCurrentRow();
  }

  private static @Nullable RexOver firstOver(RexNode e) {
    if (e instanceof RexOver over) {
      return over;
    }
    if (e instanceof RexCall call) {
      for (RexNode operand : call.getOperands()) {
        RexOver over = firstOver(operand);
        if (over != null) {
          return over;
        }
      }
    }
    return null;
  }

  private static String call(SqlOperator function, List<?> args, RelNode input) {
    // Calcite computes AVG(x) as $SUM0(x) / COUNT(x) before the guard sees it.
    boolean sum0 = function.getKind() == SqlKind.SUM0;
    StringBuilder b = new StringBuilder(sum0 ? "SUM" : function.getName().toUpperCase(Locale.ROOT))
        .append('(');
    if (args.isEmpty()) {
      b.append('*');
    }
    for (int i = 0; i < args.size(); i++) {
      Object a = args.get(i);
      int index = a instanceof Integer n ? n : a instanceof RexInputRef r ? r.getIndex() : -1;
      b.append(i > 0 ? ", " : "")
          .append(index >= 0 ? ColumnWords.of(input, index) : "an expression");
    }
    return b.append(sum0 ? ") (or an AVG, which is computed from it)" : ")").toString();
  }

  private static QueryRefusedException refused(String what, boolean window) {
    return new QueryRefusedException(what + (window ? " OVER (…)" : "")
        + " can't be computed from Looker's grouped rows: each row stands for any number of "
        + "the explore's rows, so it would count or add up groups. "
        + (window
            ? "Aggregate first (GROUP BY dimension columns, e.g. COUNT(*) AS n or AGGREGATE(m) "
                + "AS x) and apply the window to that result, e.g. SUM(n) OVER (…)"
            : "Group by dimension columns directly so that Looker computes it, and filter with "
                + "predicates Looker can express"));
  }
}
