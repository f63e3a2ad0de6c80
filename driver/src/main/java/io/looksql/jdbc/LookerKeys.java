package io.looksql.jdbc;

import io.looksql.catalog.ExploreDefinition;
import io.looksql.catalog.FieldDefinition;
import io.looksql.catalog.LookerTable;
import java.util.regex.Pattern;
import org.apache.calcite.schema.Table;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Returns what {@code DatabaseMetaData} needs beyond Calcite's: JDBC name patterns, and an
 * explore's primary key.
 */
public final class LookerKeys {
  private LookerKeys() {
  }

  /**
   * Returns a JDBC name pattern ({@code %} any text, {@code _} any character, {@code \} escapes)
   * as a regular expression that ignores case, as identifiers do; null matches everything.
   */
  public static Pattern like(@Nullable String pattern) {
    if (pattern == null) {
      return Pattern.compile(".*", Pattern.DOTALL);
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        b.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
      } else if (c == '%') {
        b.append(".*");
      } else if (c == '_') {
        b.append('.');
      } else {
        b.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(b.toString(), Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  }

  /**
   * Returns the column that is an explore table's primary key, or null: the LookML
   * {@code primary_key} dimension of the explore's base view, when the table lists it and every
   * join is {@code many_to_one} or {@code one_to_one}, so that it is unique over the explore's
   * rows (a {@code one_to_many} join repeats it).
   */
  public static @Nullable String primaryKey(@Nullable Table table) {
    if (!(table instanceof LookerTable t)) {
      return null;
    }
    ExploreDefinition d = t.definition();
    boolean fansOut = d.joins().values().stream()
        .map(j -> j.relationship().toLowerCase(java.util.Locale.ROOT))
        .anyMatch(r -> !r.equals("many_to_one") && !r.equals("one_to_one"));
    if (fansOut) {
      return null;
    }
    for (FieldDefinition f : t.columns()) {
      if (f.primaryKey() && !f.measure() && f.name().startsWith(d.baseAlias() + ".")) {
        return f.name();
      }
    }
    return null;
  }

  /** A row of {@code getPrimaryKeys}, its fields named after the columns. */
  public static final class PrimaryKeyRow {
    /** TABLE_CAT. */
    public final @Nullable String tableCat;
    /** TABLE_SCHEM. */
    public final String tableSchem;
    /** TABLE_NAME. */
    public final String tableName;
    /** COLUMN_NAME. */
    public final String columnName;
    /** KEY_SEQ. */
    public final short keySeq;
    /** PK_NAME. */
    public final String pkName;

    /** Creates the row of a one-column key. */
    public PrimaryKeyRow(@Nullable String tableCat, String tableSchem, String tableName,
        String columnName) {
      this.tableCat = tableCat;
      this.tableSchem = tableSchem;
      this.tableName = tableName;
      this.columnName = columnName;
      this.keySeq = 1;
      this.pkName = "pk_" + tableName;
    }
  }
}
