package io.looksql.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.impl.AbstractTable;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Table that stands for a Looker explore: a column per visible field, {@code MEASURE<T>} for
 * measures. Its rows are the explore's underlying rows; a query over it becomes one Looker query
 * (the planner's rules in {@code io.looksql.catalog.rel} turn its scan into that query).
 */
public final class LookerTable extends AbstractTable {
  private final LookerCatalog catalog;
  private final String model;
  private final ExploreSummary summary;
  private volatile @Nullable Columns columns;

  /** Creates a LookerTable; it fetches nothing until its fields are needed. */
  LookerTable(LookerCatalog catalog, String model, ExploreSummary summary) {
    this.catalog = catalog;
    this.model = model;
    this.summary = summary;
  }

  /** Returns the LookML model name. */
  public String model() {
    return model;
  }

  /** Returns the explore name. */
  public String explore() {
    return summary.name();
  }

  /** Returns the explore as listed with its model (label, description, hidden). */
  public ExploreSummary summary() {
    return summary;
  }

  /** Returns the catalog the table belongs to. */
  public LookerCatalog catalog() {
    return catalog;
  }

  /** Returns the explore's definition (fetched on first use, then cached). */
  public ExploreDefinition definition() {
    return catalog.explore(model, summary.name());
  }

  /** Returns the fields that are columns, in column order. */
  public List<FieldDefinition> columns() {
    return columnsOf(definition()).fields;
  }

  /** Returns every field of the explore by name, hidden ones included. */
  public Map<String, FieldDefinition> fieldsByName() {
    return columnsOf(definition()).byName;
  }

  @Override public RelDataType getRowType(RelDataTypeFactory typeFactory) {
    Columns c = columnsOf(definition());
    RelDataTypeFactory.Builder b = typeFactory.builder();
    for (FieldDefinition f : c.fields) {
      b.add(f.name(), LookerTypes.columnType(typeFactory, f, c.byName));
    }
    return b.build();
  }

  private Columns columnsOf(ExploreDefinition definition) {
    Columns c = columns;
    if (c == null || c.definition != definition) {
      c = new Columns(definition, catalog.showHidden());
      columns = c;
    }
    return c;
  }

  /** Visible fields of one version of the explore's definition. */
  private static final class Columns {
    final ExploreDefinition definition;
    final List<FieldDefinition> fields;
    final Map<String, FieldDefinition> byName = new LinkedHashMap<>();

    Columns(ExploreDefinition definition, boolean showHidden) {
      this.definition = definition;
      // Filter-only fields and parameters have no value of their own in a row: not columns.
      this.fields = definition.fields().stream()
          .filter(f -> (showHidden || !f.hidden()) && !f.filterOnly()).toList();
      definition.fields().forEach(f -> byName.put(f.name(), f));
    }
  }
}
