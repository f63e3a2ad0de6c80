package io.looksql.jdbc;

import io.looksql.catalog.Additivity;
import io.looksql.catalog.ExploreDefinition;
import io.looksql.catalog.FieldDefinition;
import io.looksql.catalog.LookerTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.calcite.avatica.MetaImpl;
import org.apache.calcite.jdbc.CalciteMetaColumnFactory;
import org.apache.calcite.jdbc.CalciteMetaColumnFactoryImpl;
import org.apache.calcite.jdbc.CalciteMetaImpl;
import org.apache.calcite.schema.Table;
import org.checkerframework.checker.nullness.qual.Nullable;

/** Makes {@link LookerMetaColumn}s: {@code getColumns} with Looker's field metadata. */
final class LookerColumnFactory implements CalciteMetaColumnFactory {
  static final LookerColumnFactory INSTANCE = new LookerColumnFactory();

  /** The JDBC columns, then Looker's. */
  private static final List<String> COLUMNS = columns();

  /** How long the definition read for a table's columns is used for its next columns. */
  private static final long REUSE_NANOS = 1_000_000_000L;

  /**
   * The explore of the table whose columns were made last. Calcite asks for a table's columns one
   * after the other; reading its definition once per table, not once per column, keeps a
   * {@code getColumns} of 20,000 columns from doing 40,000 explore-cache look-ups. It is reused
   * for a second at most, so a definition Looker changed shows as soon as the cache fetches it.
   */
  private volatile Explore last;

  /** A table and what its columns need of its definition, read at a time. */
  private record Explore(LookerTable table, ExploreDefinition definition,
      Map<String, FieldDefinition> fields, long readAt) {
  }

  private LookerColumnFactory() {
  }

  @Override public MetaImpl.MetaColumn createColumn(Table table, String tableCat,
      String tableSchem, String tableName, String columnName, int dataType, String typeName,
      Integer columnSize, @Nullable Integer decimalDigits, int numPrecRadix, int nullable,
      Integer charOctetLength, int ordinalPosition, String isNullable) {
    MetaImpl.MetaColumn c = CalciteMetaColumnFactoryImpl.INSTANCE.createColumn(table, tableCat,
        tableSchem, tableName, columnName, dataType, typeName,
        TextSizes.columnSize(dataType, columnSize), decimalDigits, numPrecRadix, nullable,
        TextSizes.columnSize(dataType, charOctetLength), ordinalPosition, isNullable);
    Explore explore = table instanceof LookerTable t ? explore(t) : null;
    FieldDefinition f = explore == null ? null : explore.fields().get(columnName);
    if (f == null) {
      return new LookerMetaColumn(c, null, null, null, null, null, null, null);
    }
    return new LookerMetaColumn(c, f.description(), f.label(), f.category(), f.type(),
        f.hidden(), f.valueFormatName(), Additivity.isAdditive(explore.definition(), f));
  }

  private Explore explore(LookerTable table) {
    Explore e = last;
    long now = System.nanoTime();
    if (e == null || e.table() != table || now - e.readAt() > REUSE_NANOS) {
      e = new Explore(table, table.definition(), table.fieldsByName(), now);
      last = e;
    }
    return e;
  }

  private static List<String> columns() {
    List<String> names = new ArrayList<>(CalciteMetaImpl.COLUMN_COLUMNS);
    names.addAll(List.of("FIELD_LABEL", "FIELD_CATEGORY", "FIELD_DESCRIPTION", "LOOKER_TYPE",
        "HIDDEN", "VALUE_FORMAT", "IS_ADDITIVE"));
    return List.copyOf(names);
  }

  @Override public List<String> getColumnNames() {
    return COLUMNS;
  }

  @Override public Class<? extends MetaImpl.MetaColumn> getMetaColumnClass() {
    return LookerMetaColumn.class;
  }
}
