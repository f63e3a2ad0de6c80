package io.looksql.catalog.rel;

import java.util.List;
import org.apache.calcite.plan.hep.HepMatchOrder;
import org.apache.calcite.plan.hep.HepPlanner;
import org.apache.calcite.plan.hep.HepProgram;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.Join;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.core.RelFactories;
import org.apache.calcite.rel.core.Sort;
import org.apache.calcite.rel.rules.CoreRules;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.tools.RelBuilder;

/**
 * Keeps a top-level SELECT of dimensions distinct when its WHERE stays in Calcite, or when it
 * reads a join of explores.
 *
 * <p>Such a SELECT returns the distinct combinations of its dimensions (Looker groups by what it
 * selects). With a predicate Looker can't take, the Project can't reach the leaf, so the leaf
 * would ask for every field of the explore and Calcite would filter and project rows of the
 * explore's finest grain: the same combination many times. This step puts a DISTINCT above the
 * Project and pushes the Project below the Filter, so the leaf asks only for the columns the
 * SELECT and the WHERE read, and Calcite removes the duplicates that projecting away the
 * WHERE-only columns leaves. A SELECT of dimensions over a join of explores (each side a
 * SELECT of dimensions) is treated the same way, the Project pushed into both sides.
 */
final class ResidualFilterDistinct {
  private static final HepProgram NARROW = HepProgram.builder()
      .addMatchOrder(HepMatchOrder.BOTTOM_UP)
      .addRuleInstance(CoreRules.PROJECT_FILTER_TRANSPOSE)
      .addRuleInstance(CoreRules.PROJECT_JOIN_TRANSPOSE)
      .addRuleCollection(LookerRules.RULES)
      .build();

  private ResidualFilterDistinct() {
  }

  /** Returns the plan, rewritten if its top is a SELECT of dimensions over a residual filter. */
  static RelNode apply(RelNode root) {
    Sort sort = root instanceof Sort s ? s : null;
    RelNode top = sort != null ? sort.getInput() : root;
    if (!(top instanceof Project project)) {
      return root;
    }
    boolean residualFilter = project.getInput() instanceof Filter filter
        && filter.getInput() instanceof LookerQuery leaf && !leaf.spec().aggregated();
    if (!residualFilter && !(project.getInput() instanceof Join join && dimensionsOnly(join))) {
      return root;
    }
    for (RexNode e : project.getProjects()) {
      if (!(e instanceof RexInputRef) || e.getType().getSqlTypeName() == SqlTypeName.MEASURE) {
        return root;
      }
    }
    if (residualFilter) {
      LookerQuery leaf = (LookerQuery) project.getInput().getInput(0);
      for (RexNode e : project.getProjects()) {
        if (leaf.spec().columns().get(((RexInputRef) e).getIndex()).kind() != SpecColumn.Kind.DIMENSION) {
          return root;
        }
      }
    }
    RelBuilder builder = RelFactories.LOGICAL_BUILDER.create(root.getCluster(), null);
    RelNode distinct = builder.push(project).distinct().build();
    HepPlanner planner = new HepPlanner(NARROW);
    planner.setRoot(distinct);
    RelNode narrowed = planner.findBestExp();
    return sort == null ? narrowed : sort.copy(sort.getTraitSet(), List.of(narrowed));
  }

  /**
   * Returns whether a plan reads only Looker leaves that return dimensions ungrouped by SQL,
   * through joins, filters and projections of columns.
   */
  private static boolean dimensionsOnly(RelNode node) {
    if (node instanceof LookerQuery leaf) {
      if (leaf.spec().aggregated()) {
        return false;
      }
      // Unevaluated measures of a raw scan are fine: the SELECT above reads no measure, so
      // pushing its projection down drops them.
      for (SpecColumn c : leaf.spec().columns()) {
        if (c.kind() == SpecColumn.Kind.VALUE) {
          return false;
        }
      }
      return true;
    }
    if (node instanceof Project p) {
      for (RexNode e : p.getProjects()) {
        if (!(e instanceof RexInputRef)) {
          return false;
        }
      }
    } else if (!(node instanceof Join || node instanceof Filter)) {
      return false;
    }
    for (RelNode input : node.getInputs()) {
      if (!dimensionsOnly(input)) {
        return false;
      }
    }
    return true;
  }
}
