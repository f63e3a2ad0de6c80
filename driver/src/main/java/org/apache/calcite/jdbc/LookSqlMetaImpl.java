package org.apache.calcite.jdbc;

import java.util.function.BiConsumer;
import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.avatica.MetaImpl;

/**
 * LookSQL's metadata: Calcite's, with Looker's columns in {@code getColumns} and, before
 * {@code getColumns} reads explores one by one, the matching explores fetched concurrently. In
 * Calcite's package because {@link CalciteMetaImpl}'s constructor takes a package-private type;
 * nothing else is done here.
 */
public final class LookSqlMetaImpl extends CalciteMetaImpl {
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

  @Override public MetaResultSet getColumns(ConnectionHandle ch, String catalog,
      MetaImpl.Pat schemaPattern, MetaImpl.Pat tableNamePattern,
      MetaImpl.Pat columnNamePattern) {
    prefetch.accept(schemaPattern.s, tableNamePattern.s);
    return super.getColumns(ch, catalog, schemaPattern, tableNamePattern, columnNamePattern);
  }
}
