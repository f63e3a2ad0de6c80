package io.looksql.catalog.rel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.calcite.plan.RelOptLattice;
import org.apache.calcite.plan.RelOptMaterialization;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.plan.hep.HepMatchOrder;
import org.apache.calcite.plan.hep.HepProgram;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rel.metadata.DefaultRelMetadataProvider;
import org.apache.calcite.rel.rules.CoreRules;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.tools.Program;
import org.apache.calcite.tools.Programs;

/**
 * Programs a Calcite preparing statement runs for LookSQL: the Looker pre-pass and guard, before
 * Calcite's standard program.
 */
public final class LookerPrograms {
  /**
   * Moves predicates above and in joins down to the join's inputs, so that they reach the leaves
   * and become Looker filters: a WHERE over a join, a join condition on one side, and what a join
   * implies for one side from the other ({@code p.category = v.c} with {@code v} a VALUES of
   * {@code 'Jeans'} filters {@code p} on {@code 'Jeans'}, once the casts over the VALUES are
   * computed into it).
   */
  private static final HepProgram PUSH_FILTERS = HepProgram.builder()
      .addMatchOrder(HepMatchOrder.TOP_DOWN)
      .addRuleInstance(CoreRules.PROJECT_VALUES_MERGE)
      .addRuleInstance(CoreRules.FILTER_INTO_JOIN)
      .addRuleInstance(CoreRules.JOIN_CONDITION_PUSH)
      .addRuleInstance(CoreRules.JOIN_PUSH_TRANSITIVE_PREDICATES)
      .build();

  private LookerPrograms() {
  }

  /**
   * Returns the pre-pass: sub-queries turned into joins, predicates pushed below joins
   * ({@link #PUSH_FILTERS}), the Looker rules as one rule collection,
   * bottom-up to a fixpoint (run one rule at a time, a Filter above an Aggregate would never be
   * pushed), measure values typed as values ({@link MeasureValues}), then the guard.
   *
   * <p>Sub-queries go first because a planner never enters the plan inside a {@code RexSubQuery}:
   * their leaves would reach Calcite's measure phase unfolded, and the guard would not see them.
   * Once they are joins (and decorrelated), their leaves fold like any other.
   */
  public static Program prePass() {
    HepProgram hep = HepProgram.builder()
        .addMatchOrder(HepMatchOrder.BOTTOM_UP)
        .addRuleCollection(LookerRules.RULES)
        .build();
    Program guard = (planner, rel, traits, materializations, lattices) ->
        logicalRoot(MeasureGuard.check(MeasureValues.apply(rel)));
    Program statement = (planner, rel, traits, materializations, lattices) ->
        PostQueryGuard.checkStatement(rel);
    return Programs.sequence(statement, Programs.subQuery(DefaultRelMetadataProvider.INSTANCE),
        Programs.decorrelate(),
        Programs.of(PUSH_FILTERS, true, DefaultRelMetadataProvider.INSTANCE),
        Programs.of(hep, true, DefaultRelMetadataProvider.INSTANCE), guard);
  }

  /**
   * Returns the plan with a logical root. When the whole statement became one leaf that already
   * has the required traits, Calcite's Volcano step would register the same root twice.
   */
  private static RelNode logicalRoot(RelNode rel) {
    if (!(rel instanceof LookerQuery)) {
      return rel;
    }
    List<RexNode> refs = new ArrayList<>();
    for (int i = 0; i < rel.getRowType().getFieldCount(); i++) {
      refs.add(RexInputRef.of(i, rel.getRowType()));
    }
    return LogicalProject.create(rel, List.of(), refs, rel.getRowType().getFieldNames(), Set.of());
  }

  /**
   * Returns the pre-pass, Calcite's standard program without the rules that rewrite a distinct
   * INTERSECT or EXCEPT, then {@link GroupedRowsGuard} and {@link PostQueryGuard} on the final
   * plan.
   */
  public static Program standard() {
    Program groupedRows = (planner, rel, traits, materializations, lattices) ->
        PostQueryGuard.check(GroupedRowsGuard.check(rel));
    return Programs.sequence(prePass(), LookerPrograms::keepSetOperators, Programs.standard(),
        groupedRows);
  }

  /**
   * Keeps INTERSECT and EXCEPT (distinct) as set operators. Calcite's rules would rewrite them as
   * COUNT(*) over a UNION ALL of their inputs, and over a leaf's grouped rows the guard can't
   * tell that count, only compared to decide membership, from one that counts the groups as if
   * they were the explore's rows. The set operators ignore duplicates, so they are right over
   * grouped rows.
   */
  private static RelNode keepSetOperators(RelOptPlanner planner, RelNode rel,
      RelTraitSet traits, List<RelOptMaterialization> materializations,
      List<RelOptLattice> lattices) {
    planner.removeRule(CoreRules.INTERSECT_TO_DISTINCT);
    planner.removeRule(CoreRules.MINUS_TO_DISTINCT);
    return rel;
  }
}
