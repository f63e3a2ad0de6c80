package io.looksql.catalog.rel;

import io.looksql.catalog.CustomMeasure;
import io.looksql.catalog.LookerTypes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Keeps SQL's NULL for a {@code SUM(d)} pushed as a custom sum. Looker writes a sum measure as
 * {@code COALESCE(SUM(x), 0)}, so over no rows, or only NULLs, it answers 0 where SQL's
 * {@code SUM} is NULL. A custom count of {@code d} (its non-NULL values) goes along, and
 * {@code CASE WHEN count = 0 THEN NULL ELSE sum END} runs in Calcite above the leaf.
 * ({@code SUM0}, Calcite's sum that is 0 over nothing, needs no help; a LookML sum measure is
 * Looker's own and is 0 as Looker says.)
 */
final class NullSums {
  private NullSums() {
  }

  /**
   * Returns the dimension a SQL {@code SUM} pushed as a custom sum adds up, when SQL's answer can
   * be NULL where Looker's is 0; else null.
   *
   * @param column the leaf column the call became
   */
  static @Nullable String summedDimension(AggregateCall call, SpecColumn column,
      List<CustomMeasure> custom) {
    // A sum that is NOT NULL in SQL has a non-NULL value in every group: COALESCE changes nothing.
    if (call.getAggregation().getKind() != SqlKind.SUM || !call.getType().isNullable()
        || column.kind() != SpecColumn.Kind.VALUE) {
      return null;
    }
    for (CustomMeasure m : custom) {
      if (m.name().equals(column.field()) && m.type().equals("sum")) {
        return m.basedOn();
      }
    }
    return null;
  }

  /** Adds (or reuses) the custom count of a dimension's non-NULL values; returns its name. */
  static String addCount(List<CustomMeasure> custom, String dimension) {
    return LookerSpec.addCustom(custom, dimension, "count");
  }

  /**
   * Returns a folded leaf with the counts as more columns, under the Project that restores NULL.
   *
   * @param spec the folded spec, one column per output column of {@code rowType}
   * @param counts output column of each sum to restore -> the count of its dimension
   */
  static RelNode fold(LookerQuery query, LookerSpec spec, RelDataType rowType,
      Map<Integer, String> counts) {
    RelDataTypeFactory types = query.getCluster().getTypeFactory();
    RelDataTypeFactory.Builder type = types.builder().addAll(rowType.getFieldList());
    List<SpecColumn> columns = new ArrayList<>(spec.columns());
    List<String> countNames = new ArrayList<>(new LinkedHashSet<>(counts.values()));
    for (String name : countNames) {
      columns.add(LookerAggregateRule.value(name));
      type.add(name, LookerTypes.sqlType(types, SqlTypeName.BIGINT));
    }
    LookerQuery leaf = query.with(spec.withColumns(columns, spec.sorts()), type.build());
    RexBuilder rex = query.getCluster().getRexBuilder();
    List<RexNode> projects = new ArrayList<>();
    for (RelDataTypeField f : rowType.getFieldList()) {
      RexNode ref = rex.makeInputRef(leaf, f.getIndex());
      String count = counts.get(f.getIndex());
      projects.add(count == null ? ref : restoreNull(rex, ref, rex.makeInputRef(leaf,
          rowType.getFieldCount() + countNames.indexOf(count)), f.getType()));
    }
    return LogicalProject.create(leaf, List.of(), projects, rowType.getFieldNames(), Set.of());
  }

  /** Returns whether an expression is one {@link #restoreNull} wrote over input columns. */
  static boolean isRestoredSum(RexNode e) {
    if (!(e instanceof RexCall c) || c.getKind() != SqlKind.CASE || c.getOperands().size() != 3
        || !(c.getOperands().get(0) instanceof RexCall none) || none.getKind() != SqlKind.EQUALS) {
      return false;
    }
    return none.getOperands().get(0) instanceof RexInputRef
        && RexLiteral.isNullLiteral(c.getOperands().get(1))
        && c.getOperands().get(2) instanceof RexInputRef;
  }

  /** Returns {@code CASE WHEN count = 0 THEN NULL ELSE sum END}, of the SQL sum's type. */
  static RexNode restoreNull(RexBuilder rex, RexNode sum, RexNode count, RelDataType type) {
    RelDataType nullable = rex.getTypeFactory().createTypeWithNullability(type, true);
    RexNode none = rex.makeCall(SqlStdOperatorTable.EQUALS, count,
        rex.makeZeroLiteral(count.getType()));
    return rex.makeCall(nullable, SqlStdOperatorTable.CASE,
        List.of(none, rex.makeNullLiteral(nullable), rex.ensureType(nullable, sum, true)));
  }
}
