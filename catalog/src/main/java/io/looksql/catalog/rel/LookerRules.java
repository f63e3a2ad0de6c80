package io.looksql.catalog.rel;

import java.util.List;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.core.Sort;
import org.apache.calcite.rel.core.TableScan;
import org.apache.calcite.rex.RexInputRef;

/**
 * The rules that fold SQL operators into a {@link LookerQuery}. Run them as one Hep rule
 * collection, bottom-up to a fixpoint, before Calcite's standard program: measure columns can
 * only be planned once they have been folded.
 */
public final class LookerRules {
  /** Turns the scan of an explore table into a leaf (see {@link LookerScanRule}). */
  public static final RelOptRule SCAN = LookerRuleConfig.of("LookerScanRule",
      b0 -> b0.operand(TableScan.class).predicate(LookerScanRule::isExploreScan).noInputs(),
      LookerScanRule::new).toRule();

  /** Folds a Project (column selection, measure evaluation) into the leaf. */
  public static final RelOptRule PROJECT = LookerRuleConfig.of("LookerProjectRule",
      b0 -> b0.operand(Project.class).oneInput(b1 -> b1.operand(LookerQuery.class).noInputs()),
      LookerProjectRule::new).toRule();

  /** Folds WHERE and HAVING predicates into the leaf's filters. */
  public static final RelOptRule FILTER = LookerRuleConfig.of("LookerFilterRule",
      b0 -> b0.operand(Filter.class).oneInput(b1 -> b1.operand(LookerQuery.class).noInputs()),
      LookerFilterRule::new).toRule();

  /** Folds GROUP BY dimensions and aggregates into the leaf. */
  public static final RelOptRule AGGREGATE = LookerRuleConfig.of("LookerAggregateRule",
      b0 -> b0.operand(Aggregate.class).oneInput(b1 -> b1.operand(LookerQuery.class).noInputs()),
      LookerAggregateRule::new).toRule();

  /** Folds an Aggregate over a Project of plain columns (e.g. {@code COUNT(*)}). */
  public static final RelOptRule AGGREGATE_PROJECT = LookerRuleConfig.of(
      "LookerAggregateRule:project",
      b0 -> b0.operand(Aggregate.class).oneInput(b1 -> b1.operand(Project.class)
          .oneInput(b2 -> b2.operand(LookerQuery.class).noInputs())),
      LookerAggregateRule::new).toRule();

  /** Rolls up an Aggregate over a Filter Looker can't apply (see {@link AggregateRollup}). */
  public static final RelOptRule AGGREGATE_FILTER = LookerRuleConfig.of(
      "LookerAggregateRule:filter",
      b0 -> b0.operand(Aggregate.class).oneInput(b1 -> b1.operand(Filter.class)
          .oneInput(b2 -> b2.operand(LookerQuery.class).noInputs())),
      LookerAggregateRule::new).toRule();

  /** Rolls up an Aggregate over a Project over a Filter Looker can't apply. */
  public static final RelOptRule AGGREGATE_PROJECT_FILTER = LookerRuleConfig.of(
      "LookerAggregateRule:project-filter",
      b0 -> b0.operand(Aggregate.class).oneInput(b1 -> b1.operand(Project.class)
          .oneInput(b2 -> b2.operand(Filter.class)
              .oneInput(b3 -> b3.operand(LookerQuery.class).noInputs()))),
      LookerAggregateRule::new).toRule();

  /** Folds ORDER BY and LIMIT into the leaf. */
  public static final RelOptRule SORT = LookerRuleConfig.of("LookerSortRule",
      b0 -> b0.operand(Sort.class).oneInput(b1 -> b1.operand(LookerQuery.class).noInputs()),
      LookerSortRule::new).toRule();

  /**
   * Folds ORDER BY and LIMIT through a Project of columns (or of sums whose NULL it restores,
   * {@link NullSums}) into the leaf.
   */
  public static final RelOptRule SORT_PROJECT = LookerRuleConfig.of("LookerSortRule:project",
      b0 -> b0.operand(Sort.class).oneInput(b1 -> b1.operand(Project.class)
          .predicate(p -> p.getProjects().stream()
              .allMatch(e -> e instanceof RexInputRef || NullSums.isRestoredSum(e)))
          .oneInput(b2 -> b2.operand(LookerQuery.class).noInputs())),
      LookerSortRule::new).toRule();

  /** All rules, for one {@code HepProgramBuilder.addRuleCollection}. */
  public static final List<RelOptRule> RULES =
      List.of(SCAN, PROJECT, FILTER, AGGREGATE, AGGREGATE_PROJECT, AGGREGATE_FILTER,
          AGGREGATE_PROJECT_FILTER, SORT, SORT_PROJECT);

  private LookerRules() {
  }
}
