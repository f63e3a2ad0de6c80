package io.looksql.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;

/**
 * Schema that exposes each explore of a LookML model as a table.
 *
 * <p>Calcite snapshots the schema for every statement and then asks for every table by name, so
 * the tables are created once, here, and cost nothing until a query or {@code getColumns} needs
 * their fields.
 */
public final class LookerSchema extends AbstractSchema {
  private final Map<String, Table> tables;

  /** Creates a LookerSchema. */
  LookerSchema(LookerCatalog catalog, ModelSummary model) {
    Map<String, Table> map = new LinkedHashMap<>();
    for (ExploreSummary explore : model.explores()) {
      if (catalog.showHidden() || !explore.hidden()) {
        map.put(explore.name(), new LookerTable(catalog, model.name(), explore));
      }
    }
    this.tables = Collections.unmodifiableMap(map);
  }

  @Override protected Map<String, Table> getTableMap() {
    return tables;
  }
}
