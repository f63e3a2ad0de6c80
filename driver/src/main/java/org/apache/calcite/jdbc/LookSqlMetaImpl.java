package org.apache.calcite.jdbc;

import io.looksql.jdbc.LookerKeys;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.avatica.ColumnMetaData;
import org.apache.calcite.avatica.MetaImpl;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.lookup.LikePattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * LookSQL's metadata: Calcite's, with Looker's columns in {@code getColumns} and, before
 * {@code getColumns} reads explores one by one, the matching explores fetched concurrently; name
 * patterns as JDBC defines them ({@code _} a wildcard) and, since identifiers are, case
 * insensitive; primary keys from LookML ({@link LookerKeys}); and {@code SYSTEM TABLE} among the
 * table types. In Calcite's package because {@link CalciteMetaImpl}'s constructor takes a
 * package-private type.
 */
public final class LookSqlMetaImpl extends CalciteMetaImpl {
  private static final List<String> PRIMARY_KEY_COLUMNS = List.of("TABLE_CAT", "TABLE_SCHEM",
      "TABLE_NAME", "COLUMN_NAME", "KEY_SEQ", "PK_NAME");
  private static final List<String> TABLE_TYPE_COLUMNS = List.of("TABLE_TYPE");

  private final BiConsumer<String, String> prefetch;

  private LookSqlMetaImpl(CalciteConnectionImpl connection, CalciteMetaColumnFactory columns,
      BiConsumer<String, String> prefetch) {
    super(connection, CalciteMetaTableFactoryImpl.INSTANCE, columns);
    this.prefetch = prefetch;
  }

  /**
   * Creates the metadata of a connection.
   *
   * @param columns the factory of {@code getColumns} rows
   * @param prefetch fetches the tables matching a schema and a table LIKE pattern (null: any)
   */
  public static CalciteMetaImpl create(AvaticaConnection connection,
      CalciteMetaColumnFactory columns, BiConsumer<String, String> prefetch) {
    return new LookSqlMetaImpl((CalciteConnectionImpl) connection, columns, prefetch);
  }

  @Override public MetaResultSet getSchemas(ConnectionHandle ch, String catalog,
      MetaImpl.Pat schemaPattern) {
    Pattern schemas = LookerKeys.like(schemaPattern.s);
    return filtered(super.getSchemas(ch, catalog, MetaImpl.Pat.of(null)),
        row -> row instanceof MetaSchema s && schemas.matcher(s.tableSchem).matches());
  }

  @SuppressWarnings("unchecked")
  @Override public MetaResultSet getTables(ConnectionHandle ch, String catalog,
      MetaImpl.Pat schemaPattern, MetaImpl.Pat tableNamePattern, List<String> typeList) {
    Pattern schemas = LookerKeys.like(schemaPattern.s);
    Pattern tables = LookerKeys.like(tableNamePattern.s);
    MetaResultSet all = filtered(super.getTables(ch, catalog, MetaImpl.Pat.of(null),
        MetaImpl.Pat.of(null), typeList), row -> row instanceof MetaTable t
        && schemas.matcher(t.tableSchem).matches() && tables.matcher(t.tableName).matches());
    // JDBC orders tables by type, schema and name.
    ((List<Object>) all.firstFrame.rows).sort(Comparator.comparing((Object r) ->
        ((MetaTable) r).tableType).thenComparing(r -> ((MetaTable) r).tableSchem)
        .thenComparing(r -> ((MetaTable) r).tableName));
    return all;
  }

  @Override public MetaResultSet getColumns(ConnectionHandle ch, String catalog,
      MetaImpl.Pat schemaPattern, MetaImpl.Pat tableNamePattern,
      MetaImpl.Pat columnNamePattern) {
    prefetch.accept(schemaPattern.s, tableNamePattern.s);
    Pattern schemas = LookerKeys.like(schemaPattern.s);
    Pattern tables = LookerKeys.like(tableNamePattern.s);
    Pattern columns = LookerKeys.like(columnNamePattern.s);
    // Calcite reads the columns of every table its (case-sensitive) patterns match: it is given
    // the one schema and table the patterns match, when there is one, so that it reads no more.
    MetaImpl.Pat schema = MetaImpl.Pat.of(only(schemaNames(), schemas));
    MetaImpl.Pat table = MetaImpl.Pat.of(schema.s == null ? null
        : only(tableNames(schema.s), tables));
    return filtered(super.getColumns(ch, catalog, schema, table, MetaImpl.Pat.of(null)),
        row -> row instanceof MetaColumn c && schemas.matcher(c.tableSchem).matches()
            && tables.matcher(c.tableName).matches()
            && columns.matcher(c.columnName).matches());
  }

  @Override public MetaResultSet getPrimaryKeys(ConnectionHandle ch, String catalog,
      String schema, String table) {
    List<Object> rows = new ArrayList<>();
    SchemaPlus root = getConnection().getRootSchema();
    for (String s : schemaNames()) {
      if (schema != null && !s.equalsIgnoreCase(schema)) {
        continue;
      }
      SchemaPlus sub = root.subSchemas().get(s);
      for (String t : tableNames(s)) {
        if (table != null && t.equalsIgnoreCase(table)) {
          String pk = LookerKeys.primaryKey(sub.tables().get(t));
          if (pk != null) {
            rows.add(new LookerKeys.PrimaryKeyRow(catalog, s, t, pk));
          }
        }
      }
    }
    return rows(LookerKeys.PrimaryKeyRow.class, PRIMARY_KEY_COLUMNS, rows);
  }

  /** Returns the functions a user can call: not Calcite's internal ones ({@code $HISTOGRAM}). */
  @Override public MetaResultSet getFunctions(ConnectionHandle ch, String catalog,
      MetaImpl.Pat schemaPattern, MetaImpl.Pat functionNamePattern) {
    Pattern names = LookerKeys.like(functionNamePattern.s);
    return filtered(super.getFunctions(ch, catalog, schemaPattern, MetaImpl.Pat.of(null)),
        row -> row instanceof MetaFunction f && !f.functionName.startsWith("$")
            && names.matcher(f.functionName).matches());
  }

  @Override public MetaResultSet getTableTypes(ConnectionHandle ch) {
    List<Object> rows = new ArrayList<>();
    for (String type : List.of("SYSTEM TABLE", "TABLE", "VIEW")) {
      rows.add(new MetaTableType(type));
    }
    return rows(MetaTableType.class, TABLE_TYPE_COLUMNS, rows);
  }

  private List<String> schemaNames() {
    return new ArrayList<>(getConnection().getRootSchema().subSchemas()
        .getNames(LikePattern.any()));
  }

  private List<String> tableNames(String schema) {
    SchemaPlus s = getConnection().getRootSchema().subSchemas().get(schema);
    return s == null ? List.of() : new ArrayList<>(s.tables().getNames(LikePattern.any()));
  }

  /** Returns the one name a pattern matches, escaped as a Calcite LIKE pattern, or null. */
  private static @Nullable String only(List<String> names, Pattern pattern) {
    String found = null;
    for (String n : names) {
      if (pattern.matcher(n).matches()) {
        if (found != null) {
          return null;
        }
        found = n;
      }
    }
    return found == null ? "\\" + "%" + "\\" + "%" // matches nothing real: no name is "%%"
        : found.replace("\\", "\\\\").replace("%", "\\%");
  }

  /** Returns a result set of the rows of another that pass a test. */
  private MetaResultSet filtered(MetaResultSet all, Predicate<Object> keep) {
    List<Object> rows = new ArrayList<>();
    for (Object row : all.firstFrame.rows) {
      if (keep.test(row)) {
        rows.add(row);
      }
    }
    return createResultSet(Map.of(), all.signature.columns, all.signature.cursorFactory,
        new Frame(0, true, rows));
  }

  /** Returns a result set of records whose public fields are named after the columns. */
  private MetaResultSet rows(Class<?> clazz, List<String> names, List<Object> rows) {
    List<ColumnMetaData> columns = new ArrayList<>();
    List<Field> fields = new ArrayList<>();
    List<String> fieldNames = new ArrayList<>();
    for (String name : names) {
      String fieldName = org.apache.calcite.avatica.AvaticaUtils.toCamelCase(name);
      try {
        Field f = clazz.getField(fieldName);
        columns.add(columnMetaData(name, columns.size(), f.getType(), false));
        fields.add(f);
        fieldNames.add(fieldName);
      } catch (NoSuchFieldException e) {
        throw new IllegalStateException(e);
      }
    }
    return createResultSet(Map.of(), columns,
        CursorFactory.record(clazz, fields, fieldNames), new Frame(0, true, rows));
  }
}
