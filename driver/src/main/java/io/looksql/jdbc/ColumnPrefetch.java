package io.looksql.jdbc;

import io.looksql.catalog.LookerSchema;
import io.looksql.catalog.LookerTable;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.lookup.LikePattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Fetches, concurrently, the explores a {@code getColumns} call is about to read: Calcite reads
 * their fields one at a time, which on a catalog-wide {@code getColumns(null, null, "%", "%")}
 * would be one Looker round trip after another.
 */
final class ColumnPrefetch implements BiConsumer<String, String> {
  private final AvaticaConnection connection;

  ColumnPrefetch(AvaticaConnection connection) {
    this.connection = connection;
  }

  @Override public void accept(@Nullable String schemaPattern, @Nullable String tablePattern) {
    SchemaPlus root;
    try {
      root = connection.unwrap(CalciteConnection.class).getRootSchema();
    } catch (SQLException e) {
      return; // the metadata call itself will report the problem
    }
    Pattern schemas = LookerKeys.like(schemaPattern);
    Pattern tables = LookerKeys.like(tablePattern);
    List<LookerTable> matching = new ArrayList<>();
    for (String name : root.subSchemas().getNames(LikePattern.any())) {
      SchemaPlus s = root.subSchemas().get(name);
      if (s == null || !schemas.matcher(name).matches() || !isLooker(s)) {
        continue;
      }
      for (String t : s.tables().getNames(LikePattern.any())) {
        Table table = s.tables().get(t);
        if (table instanceof LookerTable lt && tables.matcher(t).matches()) {
          matching.add(lt);
        }
      }
    }
    if (matching.size() > 1) {
      matching.get(0).catalog().prefetch(matching);
    }
  }

  private static boolean isLooker(SchemaPlus schema) {
    try {
      return schema.unwrap(LookerSchema.class) != null;
    } catch (ClassCastException e) {
      return false; // e.g. Calcite's own "metadata" schema
    }
  }
}
