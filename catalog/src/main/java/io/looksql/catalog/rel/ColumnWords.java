package io.looksql.catalog.rel;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.Calc;
import org.apache.calcite.rel.core.Join;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.core.SetOp;
import org.apache.calcite.rex.RexNode;

/**
 * Names a column of a plan as the user wrote it, for a refusal's message: by its name when the
 * statement gave it one, otherwise (Calcite names an expression {@code $f1}) as an expression of
 * the Looker fields it is computed from.
 */
final class ColumnWords {
  private ColumnWords() {
  }

  /** Returns the words for column {@code i} of {@code node}. */
  static String of(RelNode node, int i) {
    String name = node.getRowType().getFieldList().get(i).getName();
    if (!name.startsWith("$")) {
      return "`" + name + "`";
    }
    Set<String> fields = new LinkedHashSet<>();
    collect(node, i, fields);
    return fields.isEmpty() ? "an expression"
        : "an expression of " + fields.stream().map(f -> "`" + f + "`")
            .collect(Collectors.joining(", "));
  }

  /** Adds the Looker fields that column {@code i} of {@code node} is computed from. */
  private static void collect(RelNode node, int i, Set<String> fields) {
    if (node instanceof LookerQuery q) {
      fields.add(q.spec().columns().get(i).field());
    } else if (node instanceof Project p) {
      collect(p.getInput(), p.getProjects().get(i), fields);
    } else if (node instanceof Calc c) {
      RexNode e = c.getProgram().expandLocalRef(c.getProgram().getProjectList().get(i));
      collect(c.getInput(), e, fields);
    } else if (node instanceof Join j) {
      int left = j.getLeft().getRowType().getFieldCount();
      collect(i < left ? j.getLeft() : j.getRight(), i < left ? i : i - left, fields);
    } else if (node instanceof Aggregate a) {
      if (i < a.getGroupCount()) {
        collect(a.getInput(), a.getGroupSet().nth(i), fields);
      } else {
        a.getAggCallList().get(i - a.getGroupCount()).getArgList()
            .forEach(arg -> collect(a.getInput(), arg, fields));
      }
    } else if (node instanceof SetOp s) {
      s.getInputs().forEach(input -> collect(input, i, fields));
    } else if (node.getInputs().size() == 1
        && node.getInput(0).getRowType().getFieldCount() == node.getRowType().getFieldCount()) {
      collect(node.getInput(0), i, fields); // Filter, Sort and the like pass columns through
    }
  }

  private static void collect(RelNode input, RexNode e, Set<String> fields) {
    for (int ref : RelOptUtil.InputFinder.bits(e)) {
      collect(input, ref, fields);
    }
  }
}
