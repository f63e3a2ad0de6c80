package io.looksql.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.calcite.plan.Contexts;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptPredicateList;
import org.apache.calcite.plan.RelOptSchema;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.CorrelationId;
import org.apache.calcite.rel.core.RelFactories;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexSimplify;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.tools.RelBuilder;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A RelBuilder that keeps a Filter whose condition simplifies to FALSE ({@code x = 'a' AND
 * x = 'b'}, {@code n >= 3 AND n < 3}) as a Filter of the original condition, instead of
 * replacing it and its input by an empty VALUES. Used when Calcite trims unused fields: an empty
 * VALUES would take the explore's leaf away, and a measure over it could not be computed, while
 * Looker answers the contradiction exactly (an aggregate without GROUP BY over no rows still has
 * a row: counts are 0).
 */
final class FilterKeepingRelBuilder extends RelBuilder {
  private final Config config;

  FilterKeepingRelBuilder(RelOptCluster cluster, @Nullable RelOptSchema schema) {
    this(Config.DEFAULT, cluster, schema);
  }

  private FilterKeepingRelBuilder(Config config, RelOptCluster cluster,
      @Nullable RelOptSchema schema) {
    super(Contexts.of(RelFactories.DEFAULT_STRUCT, config), cluster, schema);
    this.config = config;
  }

  @Override public RelBuilder transform(UnaryOperator<Config> transform) {
    return new FilterKeepingRelBuilder(transform.apply(config), cluster, relOptSchema);
  }

  @Override public RelBuilder filter(Iterable<CorrelationId> variablesSet,
      Iterable<? extends RexNode> predicates) {
    List<RexNode> list = new ArrayList<>();
    predicates.forEach(list::add);
    RexNode simplified = config.simplify()
        ? new RexSimplify(cluster.getRexBuilder(), RelOptPredicateList.EMPTY, RexUtil.EXECUTOR)
            .simplifyFilterPredicates(list)
        : RexUtil.composeConjunction(cluster.getRexBuilder(), list);
    if (simplified != null && !simplified.isAlwaysFalse() || variablesSet.iterator().hasNext()) {
      return super.filter(variablesSet, list);
    }
    RelNode input = build();
    push(LogicalFilter.create(input, RexUtil.composeConjunction(cluster.getRexBuilder(), list)));
    return this;
  }
}
