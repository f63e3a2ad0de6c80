package io.looksql.jdbc;

import org.apache.calcite.avatica.MetaImpl;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A row of {@code DatabaseMetaData.getColumns}: the JDBC columns, {@code REMARKS} filled with the
 * field's description, and Looker's own columns. Public because Avatica reads the fields by
 * reflection.
 */
public final class LookerMetaColumn extends MetaImpl.MetaColumn {
  /** The field's description (hides the JDBC column that is always null otherwise). */
  public final @Nullable String remarks;
  /** The field's label. */
  public final @Nullable String fieldLabel;
  /** {@code dimension} or {@code measure}. */
  public final @Nullable String fieldCategory;
  /** The field's description. */
  public final @Nullable String fieldDescription;
  /** The field's Looker type, e.g. {@code string}, {@code date_month}, {@code count_distinct}. */
  public final @Nullable String lookerType;
  /** Whether the field is hidden in Looker. */
  public final @Nullable Boolean hidden;
  /** The field's {@code value_format_name}. */
  public final @Nullable String valueFormat;
  /** For a measure, whether re-aggregating it over groups gives the measure; null otherwise. */
  public final @Nullable Boolean isAdditive;

  LookerMetaColumn(MetaImpl.MetaColumn c, @Nullable String description, @Nullable String label,
      @Nullable String category, @Nullable String lookerType, @Nullable Boolean hidden,
      @Nullable String valueFormat, @Nullable Boolean isAdditive) {
    super(c.tableCat, c.tableSchem, c.tableName, c.columnName, c.dataType, c.typeName,
        c.columnSize, c.decimalDigits, c.numPrecRadix, c.nullable, c.charOctetLength,
        c.ordinalPosition, c.isNullable);
    this.remarks = description;
    this.fieldLabel = label;
    this.fieldCategory = category;
    this.fieldDescription = description;
    this.lookerType = lookerType;
    this.hidden = hidden;
    this.valueFormat = valueFormat;
    this.isAdditive = isAdditive;
  }
}
