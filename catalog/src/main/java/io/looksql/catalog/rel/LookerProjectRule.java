package io.looksql.catalog.rel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.RelFieldCollation;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;

/**
 * Narrows a {@link LookerQuery} to the columns a Project uses and evaluates the measures the
 * Project asks for ({@code M2V}); computed expressions stay in a Project above the leaf.
 *
 * <p>An aggregated or limited leaf keeps its dimensions (dropping one would change Looker's
 * grouping, or which rows the limit keeps) and a sorted leaf keeps its sort keys.
 */
final class LookerProjectRule extends RelRule<LookerRuleConfig> {
  LookerProjectRule(LookerRuleConfig config) {
    super(config);
  }

  @Override public void onMatch(RelOptRuleCall call) {
    Project project = call.rel(0);
    LookerQuery query = call.rel(1);
    LookerSpec spec = query.spec();
    List<RelDataType> inputTypes = query.getRowType().getFieldList().stream().map(f -> f.getType()).toList();

    // Which input columns are used raw, and which through M2V (as values).
    TreeSet<Integer> used = new TreeSet<>();
    Map<Integer, RelDataType> evaluated = new LinkedHashMap<>();
    boolean[] raw = new boolean[inputTypes.size()];
    for (RexNode e : project.getProjects()) {
      collect(e, spec, used, evaluated, raw);
    }
    for (int i : evaluated.keySet()) {
      if (raw[i] || spec.columns().get(i).kind() != SpecColumn.Kind.MEASURE) {
        return; // a measure used both as measure and as value: leave it to the guard
      }
    }
    for (int i = 0; i < spec.columns().size(); i++) {
      // Without a GROUP BY, a limit applies to the combinations of all the leaf's dimensions.
      boolean keep = spec.columns().get(i).kind() == SpecColumn.Kind.DIMENSION
          && (spec.aggregated() || spec.fetch() != null);
      for (RelFieldCollation s : spec.sorts()) {
        keep |= s.getFieldIndex() == i;
      }
      if (keep) {
        used.add(i);
      }
    }

    List<Integer> kept = new ArrayList<>(used);
    Map<Integer, Integer> newIndex = new LinkedHashMap<>();
    List<SpecColumn> columns = new ArrayList<>();
    RelDataTypeFactory.Builder type = query.getCluster().getTypeFactory().builder();
    for (int i : kept) {
      newIndex.put(i, columns.size());
      SpecColumn c = spec.columns().get(i);
      boolean value = evaluated.containsKey(i);
      columns.add(value ? c.withKind(SpecColumn.Kind.VALUE) : c);
      type.add(query.getRowType().getFieldList().get(i).getName(),
          value ? evaluated.get(i) : inputTypes.get(i));
    }
    boolean m2v = RexUtil.find(SqlKind.M2V).anyContain(project.getProjects());
    if (kept.size() == spec.columns().size() && evaluated.isEmpty() && !m2v) {
      if (isIdentity(project, kept.size())
          && project.getRowType().getFieldNames().equals(query.getRowType().getFieldNames())) {
        call.transformTo(query);
      }
      return; // nothing to narrow
    }
    List<RelFieldCollation> sorts = new ArrayList<>();
    for (RelFieldCollation s : spec.sorts()) {
      sorts.add(s.withFieldIndex(newIndex.get(s.getFieldIndex())));
    }
    LookerSpec newSpec = spec.withColumns(columns, sorts);
    LookerQuery leaf = query.with(newSpec, type.build());

    List<RexNode> rewritten = new ArrayList<>();
    RexShuttle remap = new RexShuttle() {
      @Override public RexNode visitInputRef(RexInputRef ref) {
        int i = newIndex.get(ref.getIndex());
        return new RexInputRef(i, leaf.getRowType().getFieldList().get(i).getType());
      }

      @Override public RexNode visitCall(RexCall c) {
        if (c.getKind() == SqlKind.M2V && c.getOperands().get(0) instanceof RexInputRef ref) {
          return query.getCluster().getRexBuilder().ensureType(c.getType(), visitInputRef(ref),
              true);
        }
        return super.visitCall(c);
      }
    };
    for (RexNode e : project.getProjects()) {
      rewritten.add(e.accept(remap));
    }
    call.transformTo(call.builder().push(leaf)
        .project(rewritten, project.getRowType().getFieldNames(), false)
        .build());
  }

  private static void collect(RexNode e, LookerSpec spec, TreeSet<Integer> used,
      Map<Integer, RelDataType> evaluated, boolean[] raw) {
    e.accept(new RexShuttle() {
      @Override public RexNode visitInputRef(RexInputRef ref) {
        used.add(ref.getIndex());
        raw[ref.getIndex()] = true;
        return ref;
      }

      @Override public RexNode visitCall(RexCall c) {
        if (c.getKind() == SqlKind.M2V && c.getOperands().get(0) instanceof RexInputRef ref) {
          if (spec.columns().get(ref.getIndex()).kind() == SpecColumn.Kind.VALUE) {
            // Already the measure's value for the leaf's grouping (a naked measure that an
            // aggregate query folded, used again in ORDER BY): the value itself.
            return visitInputRef(ref);
          }
          used.add(ref.getIndex());
          evaluated.put(ref.getIndex(), c.getType());
          return c;
        }
        return super.visitCall(c);
      }
    });
  }

  private static boolean isIdentity(Project project, int inputCount) {
    List<RexNode> projects = project.getProjects();
    if (projects.size() != inputCount) {
      return false;
    }
    for (int i = 0; i < projects.size(); i++) {
      if (!(projects.get(i) instanceof RexInputRef ref) || ref.getIndex() != i) {
        return false;
      }
    }
    return true;
  }
}
