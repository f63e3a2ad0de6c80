package io.looksql.catalog.rel;

import java.util.Set;
import java.util.stream.Collectors;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rex.RexUtil;

/**
 * Folds a Filter into a {@link LookerQuery}: on a leaf that has not been aggregated, predicates on
 * dimensions are WHERE filters; on an aggregated leaf, predicates on measure values are HAVING
 * filters (Looker applies measure filters after grouping). What the filter grammars can't say
 * stays in a Filter above the leaf.
 */
final class LookerFilterRule extends RelRule<LookerRuleConfig> {
  LookerFilterRule(LookerRuleConfig config) {
    super(config);
  }

  @Override public void onMatch(RelOptRuleCall call) {
    Filter filter = call.rel(0);
    LookerQuery query = call.rel(1);
    LookerSpec spec = query.spec();
    if (spec.hasSortOrLimit()) {
      return; // a filter after a limit is not a Looker filter
    }
    Set<String> custom = spec.customMeasures().stream().map(m -> m.name())
        .collect(Collectors.toSet());
    LookerFilterTranslator translator = new LookerFilterTranslator(
        query.getCluster().getRexBuilder(), i -> {
          SpecColumn c = spec.columns().get(i);
          boolean filterable = c.kind() == SpecColumn.Kind.DIMENSION
              || spec.aggregated() && c.kind() == SpecColumn.Kind.VALUE
                  && !custom.contains(c.field());
          return filterable && c.family() != FilterFamily.NONE
              ? FieldFilter.empty(c.field(), c.family()) : null;
        });
    LookerFilterTranslator.Result result = translator.translate(filter.getCondition(),
        spec.filters());
    if (result.filters().equals(spec.filters())) {
      return;
    }
    LookerQuery leaf = query.with(spec.withFilters(result.filters()), query.getRowType());
    call.transformTo(call.builder().push(leaf)
        .filter(RexUtil.composeConjunction(query.getCluster().getRexBuilder(), result.residual()))
        .build());
  }
}
