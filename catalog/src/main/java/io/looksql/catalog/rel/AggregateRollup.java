package io.looksql.catalog.rel;

import io.looksql.catalog.Additivity;
import io.looksql.catalog.CustomMeasure;
import io.looksql.catalog.ExploreDefinition;
import io.looksql.catalog.FieldDefinition;
import io.looksql.catalog.LookerTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.sql.SqlAggFunction;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.tools.RelBuilder;
import org.apache.calcite.util.ImmutableBitSet;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Finishes in Calcite a GROUP BY that Looker can't do in one query (keys or a filter that Looker's
 * languages can't say), when that is still exact: Looker groups by every dimension the keys and
 * the filter use, and Calcite filters those groups and rolls them up to the SQL's keys.
 *
 * <p>Only what re-aggregates exactly is rolled up: sums and counts at the explore's grain (by SUM),
 * min and max (by MIN and MAX), and DISTINCT aggregates or MIN/MAX of a dimension (the dimension
 * joins Looker's grouping). A non-additive measure or aggregate is refused here, with a message
 * that names it and says what to write instead.
 */
final class AggregateRollup {
  private AggregateRollup() {
  }

  /**
   * One rolled-up aggregate: the function Calcite applies over a value Looker computes, or over a
   * dimension of the finer grouping.
   *
   * @param valueField the Looker field of the value, or null
   * @param leafColumn the dimension's column in the scanned leaf, when {@code valueField} is null
   * @param countField the custom count that restores SQL's NULL for a custom sum (see
   *     {@link NullSums}), or null
   */
  private record Outer(SqlAggFunction function, boolean distinct, @Nullable String valueField,
      int leafColumn, @Nullable String countField) {
  }

  /** Returns the rolled-up plan, null where it does not apply, or throws a refusal. */
  static @Nullable RelNode rollUp(Aggregate aggregate, @Nullable Project project,
      @Nullable Filter filter, LookerQuery query, RelBuilder builder) {
    LookerSpec spec = query.spec();
    List<RexNode> inputs = project != null ? project.getProjects()
        : identity(query.getRowType());
    TreeSet<Integer> dims = new TreeSet<>();
    for (int key : aggregate.getGroupSet()) {
      if (!addDimensions(inputs.get(key), spec, dims)) {
        return null;
      }
    }
    if (filter != null && !addDimensions(filter.getCondition(), spec, dims)) {
      return null;
    }
    ExploreDefinition explore = query.lookerTable().definition();
    Map<String, FieldDefinition> byName = query.lookerTable().fieldsByName();
    List<CustomMeasure> custom = new ArrayList<>(spec.customMeasures());
    Map<String, RelDataType> values = new LinkedHashMap<>();
    List<Outer> outers = new ArrayList<>();
    RelDataTypeFactory types = query.getCluster().getTypeFactory();
    // Views whose sums and counts are rolled up, checked once the query's joins are known.
    Map<String, String> atGrain = new LinkedHashMap<>();
    for (AggregateCall ac : aggregate.getAggCallList()) {
      if (ac.hasFilter() || ac.isApproximate() || !ac.collation.getFieldCollations().isEmpty()
          || ac.getArgList().size() > 1) {
        return null;
      }
      SqlKind kind = ac.getAggregation().getKind();
      if (ac.getArgList().isEmpty()) {
        if (kind != SqlKind.COUNT || ac.isDistinct()) {
          return null;
        }
        FieldDefinition key = QueryJoins.primaryKeyForCount(explore);
        atGrain.putIfAbsent(explore.baseAlias(), "COUNT(*)");
        String name = LookerSpec.addCustom(custom, key.name(), "count");
        values.put(name, LookerTypes.sqlType(types, SqlTypeName.BIGINT));
        outers.add(new Outer(SqlStdOperatorTable.SUM0, false, name, -1, null));
        continue;
      }
      if (!(inputs.get(ac.getArgList().get(0)) instanceof RexInputRef ref)) {
        return null;
      }
      int i = ref.getIndex();
      SpecColumn c = spec.columns().get(i);
      String arg = "`" + c.field() + "`";
      if (c.kind() == SpecColumn.Kind.MEASURE) {
        FieldDefinition m = byName.get(c.field());
        Additivity.Rollup r = Additivity.rollup(m);
        boolean same = kind == SqlKind.AGG_M2V
            || LookerAggregateRule.aggregatesToMeasure(kind, explore, m);
        if (!same || ac.isDistinct()) {
          return null; // the measure guard explains
        }
        if (r == Additivity.Rollup.NONE) {
          throw refused("AGGREGATE(" + arg + ")", "measure " + arg + " (type " + m.type()
              + ") is not additive", "group by dimension columns and filter with predicates "
              + "Looker can express, or compute it per dimension in a sub-query");
        }
        if (r == Additivity.Rollup.SUM) {
          atGrain.putIfAbsent(m.view(), "AGGREGATE(" + arg + ")");
        }
        values.put(c.field(), query.getRowType().getFieldList().get(i).getType()
            .getMeasureElementType());
        // Looker's sums and counts are 0 over no rows, so over no groups too (SUM0).
        outers.add(new Outer(r == Additivity.Rollup.SUM ? SqlStdOperatorTable.SUM0
            : r == Additivity.Rollup.MIN ? SqlStdOperatorTable.MIN : SqlStdOperatorTable.MAX,
            false, c.field(), -1, null));
        continue;
      }
      if (c.kind() != SpecColumn.Kind.DIMENSION) {
        return null;
      }
      if (ac.isDistinct() || kind == SqlKind.MIN || kind == SqlKind.MAX) {
        // Duplicates can't change these: the dimension joins Looker's grouping.
        dims.add(i);
        outers.add(new Outer(ac.getAggregation(), ac.isDistinct(), null, i, null));
        continue;
      }
      String view = byName.get(c.field()).view();
      String what = ac.getAggregation().getName() + "(" + arg + ")";
      String type;
      if (kind == SqlKind.COUNT) {
        type = "count";
      } else if ((kind == SqlKind.SUM || kind == SqlKind.SUM0) && c.family().numeric()) {
        type = "sum";
      } else if (kind == SqlKind.AVG) {
        throw refused(what, "an average of averages is not the average",
            "write SUM(" + arg + ") / COUNT(" + arg + ")");
      } else {
        return null;
      }
      atGrain.putIfAbsent(view, what);
      String name = LookerSpec.addCustom(custom, c.field(), type);
      values.put(name, LookerTypes.sqlType(types,
          type.equals("count") ? SqlTypeName.BIGINT : SqlTypeName.DOUBLE));
      // Each finer group's sum is NULL again where it has no value, so SUM over them is SQL's.
      String count = NullSums.summedDimension(ac, LookerAggregateRule.value(name), custom) == null
          ? null : NullSums.addCount(custom, c.field());
      if (count != null) {
        values.put(count, LookerTypes.sqlType(types, SqlTypeName.BIGINT));
      }
      outers.add(new Outer(kind == SqlKind.SUM ? SqlStdOperatorTable.SUM
          : SqlStdOperatorTable.SUM0, false, name, -1, count));
    }
    List<SpecColumn> leafColumns = new ArrayList<>();
    dims.forEach(i -> leafColumns.add(spec.columns().get(i)));
    values.keySet().forEach(v -> leafColumns.add(LookerAggregateRule.value(v)));
    Set<String> joins = QueryJoins.of(
        spec.withAggregate(leafColumns, custom, spec.customDimensions()), query.lookerTable());
    atGrain.forEach((view, what) -> {
      String why = Additivity.whyRepeated(explore, view, joins);
      if (why != null) {
        throw refused(what, "the query's joins repeat rows of " + view + " (" + why
            + "), so counts and sums of them don't add up across groups", "group by dimension "
            + "columns and filter with predicates Looker can express");
      }
    });
    return build(aggregate, inputs, filter, query, builder, dims, values, custom, outers);
  }

  private static RelNode build(Aggregate aggregate, List<RexNode> inputs, @Nullable Filter filter,
      LookerQuery query, RelBuilder b, TreeSet<Integer> dims, Map<String, RelDataType> values,
      List<CustomMeasure> custom, List<Outer> outers) {
    LookerSpec spec = query.spec();
    List<SpecColumn> columns = new ArrayList<>();
    Map<Integer, Integer> position = new LinkedHashMap<>();
    RelDataTypeFactory.Builder type = query.getCluster().getTypeFactory().builder();
    for (int i : dims) {
      position.put(i, columns.size());
      columns.add(spec.columns().get(i));
      type.add(query.getRowType().getFieldList().get(i));
    }
    List<String> valueNames = new ArrayList<>(values.keySet());
    for (String name : valueNames) {
      columns.add(LookerAggregateRule.value(name));
      type.add(name, values.get(name));
    }
    LookerQuery leaf = query.with(
        spec.withAggregate(columns, custom, spec.customDimensions()), type.build());
    RexShuttle remap = new RexShuttle() {
      @Override public RexNode visitInputRef(RexInputRef ref) {
        return b.field(position.get(ref.getIndex()));
      }
    };
    b.push(leaf);
    if (filter != null) {
      b.filter(filter.getCondition().accept(remap));
    }
    List<RexNode> projects = new ArrayList<>();
    for (int key : aggregate.getGroupSet()) {
      projects.add(inputs.get(key).accept(remap));
    }
    for (Outer o : outers) {
      RexNode value = b.field(o.valueField() != null
          ? dims.size() + valueNames.indexOf(o.valueField()) : position.get(o.leafColumn()));
      projects.add(o.countField() == null ? value : NullSums.restoreNull(b.getRexBuilder(), value,
          b.field(dims.size() + valueNames.indexOf(o.countField())), value.getType()));
    }
    b.project(projects);
    // The projected row is the keys, then the argument of each call in order.
    int keys = aggregate.getGroupCount();
    List<RelBuilder.AggCall> calls = new ArrayList<>();
    for (int k = 0; k < outers.size(); k++) {
      Outer o = outers.get(k);
      calls.add(b.aggregateCall(o.function(), b.field(keys + k)).distinct(o.distinct()));
    }
    b.aggregate(b.groupKey(ImmutableBitSet.range(keys)), calls);
    return b.convert(aggregate.getRowType(), false).build();
  }

  private static List<RexNode> identity(RelDataType rowType) {
    List<RexNode> refs = new ArrayList<>();
    for (int i = 0; i < rowType.getFieldCount(); i++) {
      refs.add(RexInputRef.of(i, rowType));
    }
    return refs;
  }

  /** Adds the leaf columns an expression uses; false if one is not a dimension. */
  private static boolean addDimensions(RexNode e, LookerSpec spec, TreeSet<Integer> dims) {
    for (int i : RelOptUtil.InputFinder.bits(e)) {
      if (spec.columns().get(i).kind() != SpecColumn.Kind.DIMENSION) {
        return false;
      }
      dims.add(i);
    }
    return true;
  }

  private static QueryRefusedException refused(String what, String why, String instead) {
    return new QueryRefusedException(what + " can't be computed: Looker can't group or filter "
        + "by these expressions itself, and rolling its finer groups up is exact only for "
        + "additive quantities, but " + why + "; " + instead);
  }
}
