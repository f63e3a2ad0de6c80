package io.looksql.jdbc;

import io.looksql.catalog.Additivity;
import io.looksql.catalog.FieldDefinition;
import io.looksql.catalog.LookerTable;
import java.util.ArrayList;
import java.util.List;
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
    FieldDefinition f = table instanceof LookerTable t ? t.fieldsByName().get(columnName) : null;
    if (f == null) {
      return new LookerMetaColumn(c, null, null, null, null, null, null, null);
    }
    LookerTable t = (LookerTable) table;
    return new LookerMetaColumn(c, f.description(), f.label(), f.category(), f.type(),
        f.hidden(), f.valueFormatName(), Additivity.isAdditive(t.definition(), f));
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
