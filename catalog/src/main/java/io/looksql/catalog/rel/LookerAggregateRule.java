package io.looksql.catalog.rel;

import io.looksql.catalog.Additivity;
import io.looksql.catalog.CustomMeasure;
import io.looksql.catalog.ExploreDefinition;
import io.looksql.catalog.FieldDefinition;
import io.looksql.catalog.lang.ExpressionTemplate;
import io.looksql.catalog.lang.ExpressionTranslator;
import io.looksql.catalog.lang.FilterFamily;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexOver;
import org.apache.calcite.sql.SqlKind;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Folds a GROUP BY into a {@link LookerQuery}: group keys must be dimensions; each aggregate
 * becomes a Looker field. {@code AGGREGATE(m)} is the measure itself; {@code SUM}, {@code MIN} or
 * {@code MAX} of a measure only where it equals the measure; {@code COUNT(*)},
 * {@code COUNT(d)}, {@code COUNT(DISTINCT d)} and {@code SUM/AVG/MIN/MAX(d)} of a dimension become
 * custom measures.
 * Keys that are expressions Looker's expression language can say become custom dimensions.
 * Otherwise {@link AggregateRollup} tries to let Looker group more finely and roll the groups up
 * in Calcite; anything else leaves the Aggregate to Calcite, where the guards check it.
 */
final class LookerAggregateRule extends RelRule<LookerRuleConfig> {
  LookerAggregateRule(LookerRuleConfig config) {
    super(config);
  }

  @Override public void onMatch(RelOptRuleCall call) {
    Aggregate aggregate = call.rel(0);
    Project project = null;
    Filter filter = null;
    for (int i = 1; i < call.rels.length - 1; i++) {
      if (call.rel(i) instanceof Project p) {
        project = p;
      } else {
        filter = (Filter) call.rel(i);
      }
    }
    LookerQuery query = call.rel(call.rels.length - 1);
    LookerSpec spec = query.spec();
    if (spec.aggregated() || spec.hasSortOrLimit()
        || aggregate.getGroupType() != Aggregate.Group.SIMPLE
        || project != null && RexOver.containsOver(project.getProjects(), null)) {
      // A window in the Project is computed over the explore's rows, before any grouping.
      return;
    }
    if (filter == null) {
      RelNode folded = fold(aggregate, project, query);
      if (folded != null) {
        call.transformTo(folded);
        return;
      }
    }
    RelNode rolledUp = AggregateRollup.rollUp(aggregate, project, filter, query, call.builder());
    if (rolledUp != null) {
      call.transformTo(rolledUp);
    }
  }

  /**
   * Returns the leaf with the whole Aggregate folded in (under a Project that keeps SQL's NULL
   * for sums of dimensions, see {@link NullSums}), or null.
   */
  private static @Nullable RelNode fold(Aggregate aggregate, @Nullable Project project,
      LookerQuery query) {
    LookerSpec spec = query.spec();
    List<SpecColumn> columns = new ArrayList<>();
    List<CustomMeasure> custom = new ArrayList<>(spec.customMeasures());
    List<LookerSpec.CustomDimensionSpec> dimensions = new ArrayList<>(spec.customDimensions());
    ExpressionTranslator expressions = project == null ? null : new ExpressionTranslator(
        query.getCluster().getRexBuilder(),
        i -> spec.columns().get(i).kind() == SpecColumn.Kind.DIMENSION
            ? spec.columns().get(i).field() : null);
    for (int key : aggregate.getGroupSet()) {
      SpecColumn c = column(project, spec, key);
      if (c == null && project != null && aggregate.getAggCallList().isEmpty()) {
        c = measureValue(project.getProjects().get(key), spec);
      }
      if (c == null && expressions != null) {
        // GROUP BY an expression Looker can compute: a custom dimension keeps measures exact.
        ExpressionTemplate e = expressions.translate(project.getProjects().get(key));
        c = e == null ? null : new SpecColumn(LookerSpec.addDimension(dimensions, e),
            SpecColumn.Kind.DIMENSION, FilterFamily.NONE);
      }
      if (c == null) {
        return null;
      }
      if (c.kind() != SpecColumn.Kind.DIMENSION) {
        // Only a DISTINCT (no aggregate calls, as a non-aggregate SELECT of an explore is
        // planned) may name a measure: its value is that of the dimensions' group, so Looker's
        // grouped rows are already distinct.
        if (!aggregate.getAggCallList().isEmpty()) {
          return null;
        }
        c = c.withKind(SpecColumn.Kind.VALUE);
      }
      columns.add(c);
    }
    // Output column of each SUM(d) that Looker coalesces -> the count of d's non-NULL values.
    Map<Integer, String> counts = new LinkedHashMap<>();
    // Alias whose rows a call aggregates as SQL does -> the call, checked once the joins are known.
    Map<String, String> overRows = new LinkedHashMap<>();
    for (AggregateCall ac : aggregate.getAggCallList()) {
      SpecColumn c = translate(ac, project, query, custom, overRows);
      if (c == null) {
        return null;
      }
      String summed = NullSums.summedDimension(ac, c, custom);
      if (summed != null) {
        counts.put(columns.size(), NullSums.addCount(custom, summed));
      }
      columns.add(c);
    }
    LookerSpec folded = spec.withAggregate(columns, custom, dimensions);
    Set<String> joins = QueryJoins.of(folded, query.lookerTable());
    overRows.forEach((alias, what) ->
        QueryJoins.requireUnrepeated(query.lookerTable().definition(), alias, joins, what));
    return counts.isEmpty() ? query.with(folded, aggregate.getRowType())
        : NullSums.fold(query, folded, aggregate.getRowType(), counts);
  }

  /**
   * Returns the Looker column of one aggregate call, or null; a call Looker computes over a view's
   * rows (COUNT(*), SUM/AVG/COUNT of a dimension) is added to {@code overRows} under its alias.
   */
  private static @Nullable SpecColumn translate(AggregateCall ac, @Nullable Project project,
      LookerQuery query, List<CustomMeasure> custom, Map<String, String> overRows) {
    if (ac.hasFilter() || ac.isApproximate() || !ac.collation.getFieldCollations().isEmpty()) {
      return null;
    }
    List<Integer> args = ac.getArgList();
    LookerSpec spec = query.spec();
    ExploreDefinition explore = query.lookerTable().definition();
    if (args.isEmpty()) {
      if (ac.getAggregation().getKind() != SqlKind.COUNT || ac.isDistinct()) {
        return null;
      }
      FieldDefinition key = QueryJoins.primaryKeyForCount(explore);
      overRows.putIfAbsent(explore.baseAlias(), "COUNT(*)");
      return value(LookerSpec.addCustom(custom, key.name(), "count"));
    }
    SpecColumn arg = args.size() == 1 ? column(project, spec, args.get(0)) : null;
    if (arg == null) {
      return null;
    }
    switch (ac.getAggregation().getKind()) {
    case AGG_M2V:
      return arg.kind() == SpecColumn.Kind.MEASURE ? value(arg.field()) : null;
    case SUM:
    case SUM0:
    case MIN:
    case MAX:
    case AVG:
    case COUNT:
      break;
    default:
      return null;
    }
    if (arg.kind() == SpecColumn.Kind.MEASURE) {
      FieldDefinition m = query.lookerTable().fieldsByName().get(arg.field());
      // The call's type is still MEASURE<T>; MeasureValues types the column by its value.
      return aggregatesToMeasure(ac.getAggregation().getKind(), explore, m) && !ac.isDistinct()
          ? arg : null;
    }
    if (arg.kind() != SpecColumn.Kind.DIMENSION) {
      return null;
    }
    String type;
    switch (ac.getAggregation().getKind()) {
    case COUNT:
      // A custom count based on a dimension counts the view's rows where it is not null.
      type = ac.isDistinct() ? "count_distinct" : "count";
      break;
    case SUM:
    case SUM0:
      type = "sum";
      break;
    case AVG:
      type = "average";
      break;
    case MIN:
      type = "min";
      break;
    default:
      type = "max";
      break;
    }
    boolean counts = type.startsWith("count");
    if (ac.isDistinct() && !counts || !counts && !arg.family().numeric()) {
      return null;
    }
    if (type.equals("sum") || type.equals("average") || type.equals("count")) {
      // Looker computes a custom sum, average or count over the view's distinct rows (symmetric
      // aggregates): SQL's value only where the query's joins don't repeat them.
      FieldDefinition f = query.lookerTable().fieldsByName().get(arg.field());
      overRows.putIfAbsent(f.view(), ac.getAggregation().getName() + "(`" + arg.field() + "`)");
    }
    return value(LookerSpec.addCustom(custom, arg.field(), type));
  }

  /**
   * Returns whether SQL's SUM, MIN or MAX of a measure is the measure itself: by the measure's
   * additivity in every query of the explore (what {@code IS_ADDITIVE} reports), whichever joins
   * this query makes.
   */
  static boolean aggregatesToMeasure(SqlKind kind, ExploreDefinition explore,
      FieldDefinition measure) {
    Additivity.Rollup rollup = Additivity.rollup(explore, measure);
    return switch (kind) {
      case SUM, SUM0 -> rollup == Additivity.Rollup.SUM;
      case MIN -> rollup == Additivity.Rollup.MIN;
      case MAX -> rollup == Additivity.Rollup.MAX;
      default -> false;
    };
  }

  static SpecColumn value(String field) {
    return new SpecColumn(field, SpecColumn.Kind.VALUE, FilterFamily.NUMBER);
  }

  /** Returns the value of a leaf's measure that a Project evaluates ({@code M2V}), or null. */
  private static @Nullable SpecColumn measureValue(RexNode e, LookerSpec spec) {
    if (e.getKind() == SqlKind.M2V && ((RexCall) e).getOperands().get(0) instanceof RexInputRef r
        && spec.columns().get(r.getIndex()).kind() != SpecColumn.Kind.DIMENSION) {
      return spec.columns().get(r.getIndex()).withKind(SpecColumn.Kind.VALUE);
    }
    return null;
  }

  /** Returns the leaf column behind an Aggregate input, looking through a Project of columns. */
  static @Nullable SpecColumn column(@Nullable Project project, LookerSpec spec, int i) {
    if (project == null) {
      return spec.columns().get(i);
    }
    RexNode e = project.getProjects().get(i);
    return e instanceof RexInputRef ref ? spec.columns().get(ref.getIndex()) : null;
  }
}
