package io.looksql.catalog.rel;

import io.looksql.catalog.FieldDefinition;
import io.looksql.catalog.LookerTable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.RelFieldCollation;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.Calc;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.core.Sort;
import org.apache.calcite.rel.core.TableScan;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexOver;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.util.ImmutableBitSet;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Refuses, at prepare time, a statement whose Looker query would not compute a post-query measure
 * ({@code running_total}, {@code percent_of_total}, {@code percent_of_previous}) over the rows the
 * statement means. Looker computes them over the rows it returns, after its filters, sort and
 * limit, so the statement's answer is Looker's only when one Looker query carries all of the
 * statement's grouping, filters, sort and limit: the statement is one SELECT over the explore
 * (no join, set operation, window, sub-query or derived table whose rows an outer query could
 * filter or sort, which Calcite may push into the Looker query), and in the final plan nothing
 * but projections sits above the leaf (no filter, sort, limit or offset, or aggregate left to
 * Calcite). Looker can neither filter nor sort by these measures.
 */
public final class PostQueryGuard {
  private PostQueryGuard() {
  }

  /**
   * Returns the statement's logical plan unchanged, before any rule, or throws
   * {@link QueryRefusedException} if it uses a post-query measure and is more than one SELECT over
   * one explore.
   */
  public static RelNode checkStatement(RelNode root) {
    String measure = firstPostQueryMeasure(root);
    if (measure != null) {
      String shape = shapeProblem(root, false, false);
      if (shape != null) {
        throw refused(measure, "the statement " + shape + ", so its Looker query can't carry "
            + "exactly the rows it means");
      }
    }
    return root;
  }

  /** Returns the final plan unchanged, or throws {@link QueryRefusedException}. */
  public static RelNode check(RelNode root) {
    visit(root, null);
    return root;
  }

  /**
   * Visits a node; {@code above} names what Calcite does above it to the rows, or is null while
   * only projections separate it from the statement's result.
   */
  private static void visit(RelNode node, @Nullable String above) {
    if (node instanceof LookerQuery q) {
      check(q, above);
      return;
    }
    boolean passesRows = node instanceof Project
        || node instanceof Calc c && c.getProgram().getCondition() == null;
    String next = above != null ? above : passesRows ? null : node.getRelTypeName();
    for (RelNode input : node.getInputs()) {
      visit(input, next);
    }
  }

  /**
   * Returns what makes a logical plan more than one SELECT over one explore, or null: below the
   * root only projections, at most one sort (on top), filters and at most one aggregate.
   */
  private static @Nullable String shapeProblem(RelNode node, boolean belowSortOrFilter,
      boolean belowAggregate) {
    if (node instanceof TableScan || node instanceof LookerQuery) {
      return null;
    }
    if (hasSubQueryOrWindow(node)) {
      return "has a sub-query or window";
    }
    if (node instanceof Sort sort) {
      if (belowAggregate || belowSortOrFilter) {
        return "sorts or limits rows that an outer query works on again";
      }
      if (sort.offset != null) {
        return "has an OFFSET (Looker has none)";
      }
      return shapeProblem(sort.getInput(), true, false);
    }
    if (node instanceof Aggregate aggregate) {
      if (belowAggregate) {
        return "aggregates twice";
      }
      return shapeProblem(aggregate.getInput(), belowSortOrFilter, true);
    }
    if (node instanceof Filter filter) {
      if (!belowAggregate && hasAggregate(filter.getInput())) {
        // HAVING, or an outer WHERE over grouped rows: Looker can only filter before it computes.
        return "filters its groups (HAVING, or WHERE over a derived table)";
      }
      return shapeProblem(filter.getInput(), true, belowAggregate);
    }
    if (node instanceof Project project) {
      return shapeProblem(project.getInput(), belowSortOrFilter, belowAggregate);
    }
    return "has a " + node.getRelTypeName().replace("Logical", "").toLowerCase(Locale.ROOT)
        + " (more than one SELECT over one explore)";
  }

  private static boolean hasAggregate(RelNode node) {
    return node instanceof Aggregate
        || node.getInputs().stream().anyMatch(PostQueryGuard::hasAggregate);
  }

  private static boolean hasSubQueryOrWindow(RelNode node) {
    List<RexNode> expressions = node instanceof Project p ? p.getProjects()
        : node instanceof Filter f ? List.of(f.getCondition()) : List.of();
    for (RexNode e : expressions) {
      if (RexUtil.SubQueryFinder.find(e) != null || RexOver.containsOver(e)) {
        return true;
      }
    }
    return false;
  }

  /** Returns the first post-query measure the plan uses, quoted with its type, or null. */
  private static @Nullable String firstPostQueryMeasure(RelNode node) {
    for (RelNode input : node.getInputs()) {
      LookerTable table = input.getTable() == null ? null
          : input.getTable().unwrap(LookerTable.class);
      if (table != null) {
        ImmutableBitSet used = used(node);
        for (int i : used) {
          FieldDefinition f = table.fieldsByName().get(input.getRowType().getFieldNames().get(i));
          if (f != null && f.postQuery()) {
            return "`" + f.name() + "` (type " + f.type() + ")";
          }
        }
      }
      String found = firstPostQueryMeasure(input);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /**
   * Returns the input columns a projection, filter or aggregate reads; none for other nodes,
   * whose use of a measure the final plan's check sees (a join or set operation above its leaf).
   */
  private static ImmutableBitSet used(RelNode node) {
    if (node instanceof Project p) {
      return RelOptUtil.InputFinder.bits(p.getProjects(), null);
    }
    if (node instanceof Filter f) {
      return RelOptUtil.InputFinder.bits(f.getCondition());
    }
    if (node instanceof Aggregate a) {
      ImmutableBitSet.Builder b = a.getGroupSet().rebuild();
      a.getAggCallList().forEach(ac -> b.addAll(ac.getArgList()));
      return b.build();
    }
    return ImmutableBitSet.of();
  }

  private static void check(LookerQuery q, @Nullable String above) {
    Map<String, FieldDefinition> byName = q.lookerTable().fieldsByName();
    LookerSpec spec = q.spec();
    for (SpecColumn c : spec.columns()) {
      FieldDefinition f = byName.get(c.field());
      if (f == null || !f.postQuery()) {
        continue;
      }
      String name = "`" + f.name() + "` (type " + f.type() + ")";
      if (spec.filters().containsKey(f.name())) {
        throw refused(name, "Looker can't filter by it");
      }
      for (RelFieldCollation s : spec.sorts()) {
        if (spec.columns().get(s.getFieldIndex()).field().equals(f.name())) {
          throw refused(name, "Looker can't sort by it");
        }
      }
      if (above != null) {
        throw refused(name, "the statement works on its rows again in Calcite ("
            + above.replace("Enumerable", "") + ": a filter, sort, limit or offset, aggregate, "
            + "join or set operation Looker doesn't do), which would change it");
      }
    }
  }

  private static QueryRefusedException refused(String measure, String why) {
    return new QueryRefusedException("Measure " + measure + " is computed by Looker over the "
        + "rows it returns, after its filters, sort and limit, but " + why + "; select it over "
        + "the explore alone, grouped by dimensions, with WHERE, ORDER BY and LIMIT that Looker "
        + "can do, and compute the rest in an outer query over its result");
  }
}
