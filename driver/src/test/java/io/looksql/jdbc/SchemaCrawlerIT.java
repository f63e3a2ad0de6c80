package io.looksql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import schemacrawler.schema.Catalog;
import schemacrawler.schema.Column;
import schemacrawler.schema.Table;
import schemacrawler.schemacrawler.LoadOptionsBuilder;
import schemacrawler.schemacrawler.SchemaCrawlerOptions;
import schemacrawler.schemacrawler.SchemaCrawlerOptionsBuilder;
import schemacrawler.schemacrawler.SchemaInfoLevelBuilder;
import schemacrawler.tools.command.text.schema.options.TextOutputFormat;
import schemacrawler.tools.executable.SchemaCrawlerExecutable;
import schemacrawler.tools.options.OutputOptionsBuilder;
import schemacrawler.tools.utility.SchemaCrawlerUtility;
import us.fatehi.utility.datasource.DatabaseConnectionSource;
import us.fatehi.utility.datasource.DatabaseConnectionSources;

/**
 * SchemaCrawler 16.26 over the one jar: it crawls the whole catalog at its maximum info level,
 * and its {@code count} command runs on every explore; the counts are checked against plain SQL on
 * the emulator's database.
 */
class SchemaCrawlerIT {
  private static URLClassLoader loader;
  private static DatabaseConnectionSource source;
  private static final SchemaCrawlerOptions MAXIMUM =
      SchemaCrawlerOptionsBuilder.newSchemaCrawlerOptions().withLoadOptions(
          LoadOptionsBuilder.builder().withSchemaInfoLevel(SchemaInfoLevelBuilder.maximum())
              .toOptions());

  @TempDir Path dir;

  @BeforeAll static void connect() {
    loader = OneJar.loader();
    source = DatabaseConnectionSources.fromDataSource(
        JarDataSource.of(OneJar.driver(loader), SharedLooker.url("")));
  }

  @AfterAll static void close() throws Exception {
    source.close();
    OneJar.close(loader);
  }

  @Test void crawlsTheCatalogAtMaximumInfoLevel() {
    Catalog catalog = SchemaCrawlerUtility.getCatalog(source, MAXIMUM);
    Set<String> tables = new TreeSet<>();
    Set<String> productColumns = new TreeSet<>();
    for (Table t : catalog.getTables()) {
      if (t.getSchema().getName().equals("ecommerce")) {
        tables.add(t.getName());
      }
      if (t.getName().equals("products")) {
        for (Column c : t.getColumns()) {
          productColumns.add(c.getName());
        }
      }
    }
    assertEquals(Set.of("order_items", "orders", "products", "users"), tables);
    assertTrue(productColumns.containsAll(Set.of("products.brand", "products.count")),
        productColumns.toString());
  }

  /** SchemaCrawler counts each table's rows; an explore has as many as its base view. */
  @Test void countCommand() throws Exception {
    String out = run("count");
    for (String table : Set.of("products", "users")) {
      Matcher m = Pattern.compile("(?m)^ecommerce\\." + table + "\\s+([\\d,.]+) rows")
          .matcher(out);
      assertTrue(m.find(), table + "\n" + out);
      assertEquals(SharedLooker.plainRows("select count(*) from " + table).get(0),
          m.group(1).replaceAll("[,.]", "") + "|", out);
    }
  }

  private String run(String command) throws Exception {
    Path file = dir.resolve(command + ".txt");
    SchemaCrawlerExecutable executable = new SchemaCrawlerExecutable(command);
    executable.setSchemaCrawlerOptions(MAXIMUM);
    executable.setSchemaRetrievalOptions(SchemaCrawlerUtility.matchSchemaRetrievalOptions(source));
    executable.setOutputOptions(OutputOptionsBuilder.newOutputOptions(TextOutputFormat.text, file));
    executable.setDataSource(source);
    executable.execute();
    return Files.readString(file);
  }
}
