package io.looksql.catalog.rel;

import io.looksql.catalog.lang.ExpressionTemplate;
import io.looksql.catalog.lang.ExpressionTranslator;
import io.looksql.catalog.lang.FieldFilter;
import io.looksql.catalog.lang.FilterFamily;
import io.looksql.catalog.lang.LookerFilterTranslator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Folds a Filter into a {@link LookerQuery}: on a leaf that has not been aggregated, predicates on
 * dimensions are WHERE filters; on an aggregated leaf, predicates on measure values are HAVING
 * filters (Looker applies measure filters after grouping). What the filter grammars can't say
 * goes into the {@code filter_expression} when Looker's expression language can say it: on
 * dimensions only, or on measures only, as Looker requires. The rest stays in a Filter above the
 * leaf.
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
    ExpressionTranslator dimensions = new ExpressionTranslator(query.getCluster().getRexBuilder(),
        i -> spec.columns().get(i).kind() == SpecColumn.Kind.DIMENSION
            ? spec.columns().get(i).field() : null);
    ExpressionTranslator measures = new ExpressionTranslator(query.getCluster().getRexBuilder(),
        i -> spec.aggregated() && spec.columns().get(i).kind() == SpecColumn.Kind.VALUE
            && !custom.contains(spec.columns().get(i).field())
            ? spec.columns().get(i).field() : null);
    LookerSpec.FilterExpressionSpec expression = spec.filterExpression();
    List<RexNode> residual = new ArrayList<>();
    for (RexNode conjunct : result.residual()) {
      LookerSpec.FilterExpressionSpec e = and(expression, dimensions.translate(conjunct), false);
      if (e == null) {
        e = and(expression, measures.translate(conjunct), true);
      }
      if (e == null) {
        residual.add(conjunct);
      } else {
        expression = e;
      }
    }
    if (result.filters().equals(spec.filters()) && expression == spec.filterExpression()) {
      return;
    }
    LookerQuery leaf = query.with(spec.withFilters(result.filters(), expression),
        query.getRowType());
    call.transformTo(call.builder().push(leaf)
        .filter(RexUtil.composeConjunction(query.getCluster().getRexBuilder(), residual))
        .build());
  }

  /** Returns the expression ANDed with a conjunct of one kind, or null if Looker can't say it. */
  private static LookerSpec.@Nullable FilterExpressionSpec and(
      LookerSpec.@Nullable FilterExpressionSpec expression,
      @Nullable ExpressionTemplate conjunct, boolean onMeasures) {
    if (conjunct == null) {
      return null;
    }
    if (expression == null) {
      return new LookerSpec.FilterExpressionSpec(conjunct, onMeasures);
    }
    return expression.onMeasures() == onMeasures
        ? new LookerSpec.FilterExpressionSpec(expression.expression().and(conjunct), onMeasures)
        : null;
  }
}
