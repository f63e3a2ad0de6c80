package io.looksql.catalog.rel;

import io.looksql.catalog.DefaultFilter;
import io.looksql.catalog.FieldDefinition;
import io.looksql.catalog.LookerRequest;
import io.looksql.catalog.LookerTable;
import io.looksql.catalog.lang.FilterFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.JavaRowFormat;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.AbstractRelNode;
import org.apache.calcite.rel.RelCollations;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Leaf that runs one Looker query. It starts as a scan of an explore (every field a column) and
 * the rules in {@link LookerRules} fold projections, filters, one aggregate, sorts and a limit
 * into it, as Calcite's Druid adapter does with its single accumulating node.
 */
public final class LookerQuery extends AbstractRelNode implements EnumerableRel {
  private final RelOptTable table;
  private final LookerTable lookerTable;
  private final LookerSpec spec;
  private final RelDataType outputType;

  private LookerQuery(RelOptCluster cluster, RelTraitSet traits, RelOptTable table,
      LookerTable lookerTable, LookerSpec spec, RelDataType rowType) {
    super(cluster, traits);
    this.table = table;
    this.lookerTable = lookerTable;
    this.spec = spec;
    this.outputType = rowType;
  }

  /** Creates a LookerQuery that scans every column of an explore table. */
  public static LookerQuery scan(RelOptCluster cluster, RelOptTable table, LookerTable lookerTable) {
    RelDataType rowType = table.getRowType();
    Map<String, FieldDefinition> byName = lookerTable.fieldsByName();
    List<SpecColumn> columns = new ArrayList<>();
    for (RelDataTypeField f : rowType.getFieldList()) {
      FieldDefinition def = byName.get(f.getName());
      SqlTypeName sqlType = f.getType().getSqlTypeName() == SqlTypeName.MEASURE
          ? f.getType().getMeasureElementType().getSqlTypeName()
          : f.getType().getSqlTypeName();
      columns.add(new SpecColumn(def.name(),
          def.measure() ? SpecColumn.Kind.MEASURE : SpecColumn.Kind.DIMENSION,
          FilterFamily.of(def.type(), sqlType, def.measure())));
    }
    LookerSpec spec = LookerSpec.scan(columns);
    return new LookerQuery(cluster, cluster.traitSetOf(EnumerableConvention.INSTANCE), table,
        lookerTable, spec, rowType);
  }

  /** Returns a copy with another spec and row type; sorts become the collation trait. */
  LookerQuery with(LookerSpec newSpec, RelDataType rowType) {
    RelTraitSet traits = getTraitSet();
    if (!newSpec.sorts().isEmpty()) {
      traits = traits.replace(RelCollations.of(newSpec.sorts()));
    }
    return new LookerQuery(getCluster(), traits, table, lookerTable, newSpec, rowType);
  }

  /** Returns the spec. */
  LookerSpec spec() {
    return spec;
  }

  /** Returns the explore table. */
  public LookerTable lookerTable() {
    return lookerTable;
  }

  /** Returns whether a SQL aggregate has been folded in (rows are then the SQL's groups). */
  public boolean isAggregated() {
    return spec.aggregated();
  }

  /** Returns the Looker request, with {@code ?} parameters shown as {@code ?0}, {@code ?1}, …. */
  public LookerRequest request() {
    return LookerExecution.request(lookerTable, spec);
  }

  @Override public RelOptTable getTable() {
    return table;
  }

  @Override protected RelDataType deriveRowType() {
    return outputType;
  }

  @Override public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new LookerQuery(getCluster(), traitSet, table, lookerTable, spec, outputType);
  }

  @Override public RelWriter explainTerms(RelWriter pw) {
    if (spec.columns().isEmpty()) {
      return super.explainTerms(pw).item("table", table.getQualifiedName())
          .item("query", "(no fields)");
    }
    LookerRequest request = request();
    List<DefaultFilter> defaults =
        DefaultFilters.applied(lookerTable.definition(), request.filters().keySet());
    return super.explainTerms(pw)
        .item("table", table.getQualifiedName())
        .item("query", request.toJson())
        .itemIf("defaultFilters", DefaultFilters.explain(defaults), !defaults.isEmpty());
  }

  @Override public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    // Each folded operator makes the leaf cheaper, so the planner prefers the most-pushed plan.
    double factor = 1d;
    factor *= spec.aggregated() ? 0.1 : 1;
    factor *= spec.filters().isEmpty() ? 1 : 0.5;
    factor *= spec.hasSortOrLimit() ? 0.5 : 1;
    factor *= 0.5 + 0.5 * spec.columns().size() / Math.max(1, table.getRowType().getFieldCount());
    return planner.getCostFactory().makeCost(100 * factor, 100 * factor, 0);
  }

  @Override public double estimateRowCount(RelMetadataQuery mq) {
    return spec.fetch() != null ? spec.fetch() : spec.aggregated() ? 100 : 1000;
  }

  @Override public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    // One-column rows are values (SCALAR), as every Enumerable operator above (Limit, Union,
    // Minus…) derives them; Object[] rows there would surface as the value itself.
    PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(),
        JavaRowFormat.ARRAY);
    boolean scalar = physType.getFormat() == JavaRowFormat.SCALAR;
    LookerExecution execution = new LookerExecution(lookerTable, spec, getRowType());
    Expression stashed = implementor.stash(execution, LookerExecution.class);
    BlockBuilder b = new BlockBuilder();
    b.add(Expressions.return_(null, Expressions.call(stashed, scalar ? "runScalar" : "run",
        implementor.getRootExpression())));
    return implementor.result(physType, b.toBlock());
  }
}
