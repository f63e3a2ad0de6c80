package io.looksql.gateway;

import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@link GatewayMeta} with its metadata calls ({@code getTables}, {@code getColumns}…) checked
 * the same way: only the owner of a connection reads its catalog, and the statement a metadata
 * call creates belongs to that connection.
 */
final class GatewayCatalogMeta extends GatewayMeta {
  GatewayCatalogMeta(GatewaySettings settings, IdentityLimits limits, StatementAudit audit,
      GatewayMetrics metrics, Consumer<String> log) throws SQLException {
    super(settings, limits, audit, metrics, log);
  }

  @Override public MetaResultSet getTables(ConnectionHandle ch, String catalog, Pat schemaPattern,
      Pat tableNamePattern, List<String> typeList) {
    owner(ch.id);
    return owned(super.getTables(ch, catalog, schemaPattern, tableNamePattern, typeList));
  }

  @Override public MetaResultSet getColumns(ConnectionHandle ch, String catalog, Pat schemaPattern,
      Pat tableNamePattern, Pat columnNamePattern) {
    owner(ch.id);
    return owned(super.getColumns(ch, catalog, schemaPattern, tableNamePattern, columnNamePattern));
  }

  @Override public MetaResultSet getSchemas(ConnectionHandle ch, String catalog, Pat schemaPattern) {
    owner(ch.id);
    return owned(super.getSchemas(ch, catalog, schemaPattern));
  }

  @Override public MetaResultSet getCatalogs(ConnectionHandle ch) {
    owner(ch.id);
    return owned(super.getCatalogs(ch));
  }

  @Override public MetaResultSet getTableTypes(ConnectionHandle ch) {
    owner(ch.id);
    return owned(super.getTableTypes(ch));
  }

  @Override public MetaResultSet getProcedures(ConnectionHandle ch, String catalog, Pat schemaPattern,
      Pat procedureNamePattern) {
    owner(ch.id);
    return owned(super.getProcedures(ch, catalog, schemaPattern, procedureNamePattern));
  }

  @Override public MetaResultSet getProcedureColumns(ConnectionHandle ch, String catalog, Pat schemaPattern,
      Pat procedureNamePattern, Pat columnNamePattern) {
    owner(ch.id);
    return owned(super.getProcedureColumns(ch, catalog, schemaPattern, procedureNamePattern, columnNamePattern));
  }

  @Override public MetaResultSet getColumnPrivileges(ConnectionHandle ch, String catalog, String schema,
      String table, Pat columnNamePattern) {
    owner(ch.id);
    return owned(super.getColumnPrivileges(ch, catalog, schema, table, columnNamePattern));
  }

  @Override public MetaResultSet getTablePrivileges(ConnectionHandle ch, String catalog, Pat schemaPattern,
      Pat tableNamePattern) {
    owner(ch.id);
    return owned(super.getTablePrivileges(ch, catalog, schemaPattern, tableNamePattern));
  }

  @Override public MetaResultSet getBestRowIdentifier(ConnectionHandle ch, String catalog, String schema,
      String table, int scope, boolean nullable) {
    owner(ch.id);
    return owned(super.getBestRowIdentifier(ch, catalog, schema, table, scope, nullable));
  }

  @Override public MetaResultSet getVersionColumns(ConnectionHandle ch, String catalog, String schema,
      String table) {
    owner(ch.id);
    return owned(super.getVersionColumns(ch, catalog, schema, table));
  }

  @Override public MetaResultSet getPrimaryKeys(ConnectionHandle ch, String catalog, String schema,
      String table) {
    owner(ch.id);
    return owned(super.getPrimaryKeys(ch, catalog, schema, table));
  }

  @Override public MetaResultSet getImportedKeys(ConnectionHandle ch, String catalog, String schema,
      String table) {
    owner(ch.id);
    return owned(super.getImportedKeys(ch, catalog, schema, table));
  }

  @Override public MetaResultSet getExportedKeys(ConnectionHandle ch, String catalog, String schema,
      String table) {
    owner(ch.id);
    return owned(super.getExportedKeys(ch, catalog, schema, table));
  }

  @Override public MetaResultSet getCrossReference(ConnectionHandle ch, String parentCatalog, String parentSchema,
      String parentTable, String foreignCatalog, String foreignSchema, String foreignTable) {
    owner(ch.id);
    return owned(super.getCrossReference(ch, parentCatalog, parentSchema, parentTable, foreignCatalog, foreignSchema, foreignTable));
  }

  @Override public MetaResultSet getTypeInfo(ConnectionHandle ch) {
    owner(ch.id);
    return owned(super.getTypeInfo(ch));
  }

  @Override public MetaResultSet getIndexInfo(ConnectionHandle ch, String catalog, String schema,
      String table, boolean unique, boolean approximate) {
    owner(ch.id);
    return owned(super.getIndexInfo(ch, catalog, schema, table, unique, approximate));
  }

  @Override public MetaResultSet getUDTs(ConnectionHandle ch, String catalog, Pat schemaPattern,
      Pat typeNamePattern, int[] types) {
    owner(ch.id);
    return owned(super.getUDTs(ch, catalog, schemaPattern, typeNamePattern, types));
  }

  @Override public MetaResultSet getSuperTypes(ConnectionHandle ch, String catalog, Pat schemaPattern,
      Pat typeNamePattern) {
    owner(ch.id);
    return owned(super.getSuperTypes(ch, catalog, schemaPattern, typeNamePattern));
  }

  @Override public MetaResultSet getSuperTables(ConnectionHandle ch, String catalog, Pat schemaPattern,
      Pat tableNamePattern) {
    owner(ch.id);
    return owned(super.getSuperTables(ch, catalog, schemaPattern, tableNamePattern));
  }

  @Override public MetaResultSet getAttributes(ConnectionHandle ch, String catalog, Pat schemaPattern,
      Pat typeNamePattern, Pat attributeNamePattern) {
    owner(ch.id);
    return owned(super.getAttributes(ch, catalog, schemaPattern, typeNamePattern, attributeNamePattern));
  }

  @Override public MetaResultSet getClientInfoProperties(ConnectionHandle ch) {
    owner(ch.id);
    return owned(super.getClientInfoProperties(ch));
  }

  @Override public MetaResultSet getFunctions(ConnectionHandle ch, String catalog, Pat schemaPattern,
      Pat functionNamePattern) {
    owner(ch.id);
    return owned(super.getFunctions(ch, catalog, schemaPattern, functionNamePattern));
  }

  @Override public MetaResultSet getFunctionColumns(ConnectionHandle ch, String catalog, Pat schemaPattern,
      Pat functionNamePattern, Pat columnNamePattern) {
    owner(ch.id);
    return owned(super.getFunctionColumns(ch, catalog, schemaPattern, functionNamePattern, columnNamePattern));
  }

  @Override public MetaResultSet getPseudoColumns(ConnectionHandle ch, String catalog, Pat schemaPattern,
      Pat tableNamePattern, Pat columnNamePattern) {
    owner(ch.id);
    return owned(super.getPseudoColumns(ch, catalog, schemaPattern, tableNamePattern, columnNamePattern));
  }
}
