package io.looksql.catalog.rel;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.RelFieldCollation;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.core.Sort;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Folds ORDER BY and LIMIT into a {@link LookerQuery} as {@code sorts} and {@code limit}. With an
 * OFFSET, Looker gets {@code limit = offset + fetch} and Calcite skips the first rows.
 *
 * <p>Looker sorts NULLs low (first ascending, last descending), as the driver's default null
 * collation does; a sort that asks otherwise is not pushed, since with a limit it would keep
 * different rows.
 */
final class LookerSortRule extends RelRule<LookerRuleConfig> {
  LookerSortRule(LookerRuleConfig config) {
    super(config);
  }

  @Override public void onMatch(RelOptRuleCall call) {
    Sort sort = call.rel(0);
    Project project = call.rels.length == 3 ? call.rel(1) : null;
    LookerQuery query = call.rel(call.rels.length - 1);
    LookerSpec spec = query.spec();
    if (spec.hasSortOrLimit()) {
      return;
    }
    List<RelFieldCollation> collations = new ArrayList<>();
    for (RelFieldCollation c : sort.getCollation().getFieldCollations()) {
      int i = c.getFieldIndex();
      if (project != null) {
        // Through a Project of columns (e.g. a measure selected and sorted on: c1, c1).
        if (!(project.getProjects().get(i) instanceof RexInputRef ref)) {
          return;
        }
        i = ref.getIndex();
      }
      SpecColumn column = spec.columns().get(i);
      if (column.kind() == SpecColumn.Kind.MEASURE || !nullsLow(c)) {
        return;
      }
      collations.add(c.withFieldIndex(i));
    }
    Long fetch = literal(sort.fetch);
    Long offset = literal(sort.offset);
    if (sort.fetch != null && fetch == null || sort.offset != null && offset == null) {
      return; // LIMIT ? is bound too late to be sent
    }
    Long limit = fetch == null ? null : fetch + (offset == null ? 0 : offset);
    RelNode leaf = query.with(spec.withSort(collations, limit), query.getRowType());
    if (project != null) {
      leaf = project.copy(project.getTraitSet(), List.of(leaf));
    }
    if (offset == null || offset == 0) {
      call.transformTo(leaf);
    } else {
      call.transformTo(sort.copy(sort.getTraitSet(), leaf, sort.getCollation(), sort.offset,
          sort.fetch));
    }
  }

  private static boolean nullsLow(RelFieldCollation c) {
    RelFieldCollation.NullDirection n = c.nullDirection;
    return c.direction.isDescending()
        ? n == RelFieldCollation.NullDirection.LAST
        : n == RelFieldCollation.NullDirection.FIRST;
  }

  private static @Nullable Long literal(@Nullable RexNode node) {
    return node instanceof RexLiteral lit ? lit.getValueAs(Long.class) : null;
  }
}
