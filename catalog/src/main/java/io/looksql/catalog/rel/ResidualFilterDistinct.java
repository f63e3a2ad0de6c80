package io.looksql.catalog.rel;

import java.util.List;
import org.apache.calcite.plan.hep.HepMatchOrder;
import org.apache.calcite.plan.hep.HepPlanner;
import org.apache.calcite.plan.hep.HepProgram;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.core.RelFactories;
import org.apache.calcite.rel.core.Sort;
import org.apache.calcite.rel.rules.CoreRules;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.tools.RelBuilder;

/**
 * Keeps a top-level SELECT of dimensions distinct when its WHERE stays in Calcite.
 *
 * <p>Such a SELECT returns the distinct combinations of its dimensions (Looker groups by what it
 * selects). With a predicate Looker can't take, the Project can't reach the leaf, so the leaf
 * would ask for every field of the explore and Calcite would filter and project rows of the
 * explore's finest grain: the same combination many times. This step puts a DISTINCT above the
 * Project and pushes the Project below the Filter, so the leaf asks only for the columns the
 * SELECT and the WHERE read, and Calcite removes the duplicates that projecting away the
 * WHERE-only columns leaves.
 */
final class ResidualFilterDistinct {
  private static final HepProgram NARROW = HepProgram.builder()
      .addMatchOrder(HepMatchOrder.BOTTOM_UP)
      .addRuleInstance(CoreRules.PROJECT_FILTER_TRANSPOSE)
      .addRuleCollection(LookerRules.RULES)
      .build();

  private ResidualFilterDistinct() {
  }

  /** Returns the plan, rewritten if its top is a SELECT of dimensions over a residual filter. */
  static RelNode apply(RelNode root) {
    Sort sort = root instanceof Sort s ? s : null;
    RelNode top = sort != null ? sort.getInput() : root;
    if (!(top instanceof Project project) || !(project.getInput() instanceof Filter filter)
        || !(filter.getInput() instanceof LookerQuery leaf) || leaf.spec().aggregated()) {
      return root;
    }
    for (RexNode e : project.getProjects()) {
      if (!(e instanceof RexInputRef ref)
          || leaf.spec().columns().get(ref.getIndex()).kind() != SpecColumn.Kind.DIMENSION) {
        return root;
      }
    }
    RelBuilder builder = RelFactories.LOGICAL_BUILDER.create(root.getCluster(), null);
    RelNode distinct = builder.push(project).distinct().build();
    HepPlanner planner = new HepPlanner(NARROW);
    planner.setRoot(distinct);
    RelNode narrowed = planner.findBestExp();
    return sort == null ? narrowed : sort.copy(sort.getTraitSet(), List.of(narrowed));
  }
}
