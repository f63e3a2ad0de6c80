package io.looksql.catalog.rel;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.Join;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexOver;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.rex.RexWindow;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Types the measure values that leaves compute by their values, all the way up the plan.
 *
 * <p>Calcite types {@code SUM}, {@code MIN} and {@code MAX} of a measure {@code MEASURE<T>}, and
 * only a SELECT list turns that into the value ({@code M2V}). Where the rules fold such a call
 * into a leaf (it equals the measure there), the leaf's column keeps the type the planner requires
 * of the Aggregate it replaces. Directly under a Project, {@link LookerProjectRule} takes the
 * {@code M2V}; but when the leaf is one input of a join (a derived table, a scalar sub-query that
 * became a join), the measure type reaches operators Calcite can't run on a measure ("Unable to
 * implement"), with the {@code M2V}, or a {@code CAST} to the measure type, above the join. This
 * step, run after the rules, types those columns {@code T}, re-derives the types of what reads
 * them and drops the {@code M2V}s and casts to a measure type that have become no-ops. Columns
 * still holding an unevaluated measure are left to {@link MeasureGuard}.
 */
final class MeasureValues {
  private MeasureValues() {
  }

  /** Returns the plan with every measure value that a leaf computes typed by its value. */
  static RelNode apply(RelNode node) {
    List<RelNode> inputs = new ArrayList<>();
    boolean changed = false;
    for (RelNode input : node.getInputs()) {
      inputs.add(apply(input));
      changed |= inputs.get(inputs.size() - 1) != input;
    }
    RexBuilder rex = node.getCluster().getRexBuilder();
    if (node instanceof LookerQuery leaf) {
      return valueTyped(leaf);
    } else if (node instanceof Project p) {
      List<RexNode> projects = values(rex, p.getProjects(), inputs.get(0).getRowType());
      return !changed && same(projects, p.getProjects()) ? p : p.copy(p.getTraitSet(),
          inputs.get(0), projects, RexUtil.createStructType(rex.getTypeFactory(), projects,
              p.getRowType().getFieldNames(), null));
    } else if (node instanceof Filter f) {
      List<RexNode> condition = values(rex, List.of(f.getCondition()), inputs.get(0).getRowType());
      return !changed && same(condition, List.of(f.getCondition())) ? f
          : f.copy(f.getTraitSet(), inputs.get(0), condition.get(0));
    } else if (node instanceof Join j) {
      RelDataType both = rex.getTypeFactory().createJoinType(inputs.get(0).getRowType(),
          inputs.get(1).getRowType());
      List<RexNode> condition = values(rex, List.of(j.getCondition()), both);
      return !changed && same(condition, List.of(j.getCondition())) ? j : j.copy(j.getTraitSet(),
          condition.get(0), inputs.get(0), inputs.get(1), j.getJoinType(), j.isSemiJoinDone());
    } else if (node instanceof Aggregate a && changed) {
      return aggregate(a, inputs.get(0));
    }
    // Set operations, sorts and the like derive their row type from their inputs.
    return changed ? node.copy(node.getTraitSet(), inputs) : node;
  }

  private static boolean same(List<RexNode> a, List<RexNode> b) {
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != b.get(i)) {
        return false;
      }
    }
    return true;
  }

  /** Returns the leaf with its computed measure columns typed by their values. */
  private static LookerQuery valueTyped(LookerQuery leaf) {
    if (!leaf.spec().aggregated()) {
      return leaf; // a measure column of an unaggregated leaf is not evaluated yet
    }
    List<SpecColumn> columns = new ArrayList<>();
    RelDataTypeFactory.Builder type = leaf.getCluster().getTypeFactory().builder();
    boolean changed = false;
    for (int i = 0; i < leaf.spec().columns().size(); i++) {
      SpecColumn c = leaf.spec().columns().get(i);
      RelDataTypeField f = leaf.getRowType().getFieldList().get(i);
      boolean measure = measure(f.getType());
      // In an aggregated leaf, Looker evaluates a measure column for the leaf's groups.
      columns.add(measure ? c.withKind(SpecColumn.Kind.VALUE) : c);
      type.add(f.getName(), measure ? f.getType().getMeasureElementType() : f.getType());
      changed |= measure;
    }
    return changed
        ? leaf.with(leaf.spec().withColumns(columns, leaf.spec().sorts()), type.build())
        : leaf;
  }

  private static boolean measure(RelDataType type) {
    return type.getSqlTypeName() == SqlTypeName.MEASURE;
  }

  private static Aggregate aggregate(Aggregate a, RelNode input) {
    List<AggregateCall> calls = new ArrayList<>();
    boolean emptyGroup = a.getGroupSets().stream().anyMatch(g -> g.isEmpty());
    for (AggregateCall ac : a.getAggCallList()) {
      boolean retyped = ac.getArgList().stream().anyMatch(i -> !input.getRowType()
          .getFieldList().get(i).getType().equals(
              a.getInput().getRowType().getFieldList().get(i).getType()));
      // A null type makes Calcite infer the call's type from its (new) argument types.
      calls.add(!retyped ? ac : AggregateCall.create(ac.getParserPosition(), ac.getAggregation(),
          ac.isDistinct(), ac.isApproximate(), ac.ignoreNulls(), ac.rexList, ac.getArgList(),
          ac.filterArg, ac.distinctKeys, ac.collation, emptyGroup, input, null, ac.getName()));
    }
    return a.copy(a.getTraitSet(), input, a.getGroupSet(), a.getGroupSets(), calls);
  }

  /**
   * Returns expressions over an input whose measure values may have been retyped, with their types
   * re-derived and without the no-op {@code M2V}s and casts to a measure type.
   */
  private static List<RexNode> values(RexBuilder rex, List<RexNode> exprs, RelDataType input) {
    RexShuttle shuttle = new RexShuttle() {
      @Override public RexNode visitInputRef(RexInputRef ref) {
        RelDataType t = input.getFieldList().get(ref.getIndex()).getType();
        return t.equals(ref.getType()) ? ref : new RexInputRef(ref.getIndex(), t);
      }

      @Override public RexNode visitLiteral(RexLiteral literal) {
        return measure(literal.getType()) && literal.isNull()
            ? rex.makeNullLiteral(literal.getType().getMeasureElementType()) : literal;
      }

      @Override public RexNode visitOver(RexOver over) {
        RexOver o = (RexOver) super.visitOver(over); // operands and window retyped
        if (!measure(o.getType()) || o.getOperands().stream().anyMatch(e -> measure(e.getType()))) {
          return o;
        }
        RexWindow w = o.getWindow();
        return rex.makeOver(o.getParserPosition(), o.getType().getMeasureElementType(),
            o.getAggOperator(), o.getOperands(), w.partitionKeys, w.orderKeys, w.getLowerBound(),
            w.getUpperBound(), w.getExclude(), w.isRows(), true, false, o.isDistinct(),
            o.ignoreNulls());
      }

      @Override public RexNode visitCall(RexCall call) {
        boolean[] changed = {false};
        List<RexNode> operands = visitList(call.getOperands(), changed);
        boolean values = operands.stream().noneMatch(o -> measure(o.getType()));
        if (call.getKind() == SqlKind.V2M) {
          return call; // a value made a measure: MeasureGuard's to judge
        }
        if (call.getKind() == SqlKind.M2V && values) {
          return operands.get(0); // already the value
        }
        RelDataType type = call.getType();
        if (measure(type) && values && !operands.isEmpty()) {
          // An operation on values gives a value: a cast that only aligned a value with the
          // measure type Calcite had derived, arithmetic or a window over the values.
          if (call.getKind() == SqlKind.CAST) {
            return rex.ensureType(type.getMeasureElementType(), operands.get(0), false);
          }
          type = type.getMeasureElementType();
        }
        return changed[0] || type != call.getType() ? call.clone(type, operands) : call;
      }
    };
    return shuttle.apply(exprs);
  }
}
