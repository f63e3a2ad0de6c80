package io.looksql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one driver jar, loaded alone in a fresh class loader, connects to the emulator and answers
 * statements and metadata calls as the driver does; expected answers are plain SQL on the
 * emulator's database and the sample LookML. Its contents are checked too: everything relocated
 * under {@code io.looksql}, and every service file naming classes the jar holds.
 */
class OneJarIT {
  private static URLClassLoader loader;
  private static Connection connection;

  @BeforeAll static void connect() throws SQLException {
    loader = OneJar.loader();
    connection = OneJar.driver(loader).connect(SharedLooker.url(""), new Properties());
  }

  @AfterAll static void close() throws SQLException {
    connection.close();
    OneJar.close(loader);
  }

  @Test void onlyLookSqlAtTheTopLevel() throws IOException {
    Set<String> outside = new TreeSet<>();
    try (ZipFile jar = new ZipFile(OneJar.path().toFile())) {
      for (Enumeration<? extends ZipEntry> e = jar.entries(); e.hasMoreElements(); ) {
        String name = e.nextElement().getName();
        if (!name.startsWith("io/looksql/") && !name.startsWith("META-INF/")
            && !name.equals("io/")) {
          outside.add(name);
        }
        if (name.startsWith("META-INF/") && name.endsWith(".class")) {
          outside.add(name);
        }
      }
    }
    assertEquals(Set.of(), outside);
  }

  /** Each service file is relocated with the classes it names, and names only classes held. */
  @Test void serviceFilesNameClassesOfTheJar() throws IOException {
    List<String> problems = new ArrayList<>();
    try (ZipFile jar = new ZipFile(OneJar.path().toFile())) {
      for (Enumeration<? extends ZipEntry> e = jar.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        String name = entry.getName();
        if (!name.startsWith("META-INF/services/") || entry.isDirectory()) {
          continue;
        }
        String service = name.substring("META-INF/services/".length());
        if (!service.equals("java.sql.Driver") && !service.startsWith("io.looksql.shaded.")) {
          problems.add("service not relocated: " + service);
        }
        for (String impl : lines(jar, entry)) {
          if (jar.getEntry(impl.replace('.', '/') + ".class") == null) {
            problems.add(service + " names a class the jar lacks: " + impl);
          }
        }
      }
      assertEquals(List.of("io.looksql.jdbc.Driver"),
          lines(jar, jar.getEntry("META-INF/services/java.sql.Driver")));
    }
    assertEquals(List.of(), problems);
  }

  private static List<String> lines(ZipFile jar, ZipEntry entry) throws IOException {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(jar.getInputStream(entry), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        String l = line.replaceAll("#.*", "").trim();
        if (!l.isEmpty()) {
          out.add(l);
        }
      }
    }
    return out;
  }

  @Test void everyClassComesFromTheJar() {
    assertSame(loader, connection.getClass().getClassLoader());
    assertTrue(connection.getClass().getName().startsWith("io.looksql."),
        connection.getClass().getName());
  }

  @Test void measureByDimension() throws SQLException {
    assertEquals(
        SharedLooker.plainRows("select brand, count(*) from products where category = 'Jeans' "
            + "group by brand order by brand"),
        SharedLooker.rows(connection, "select `products.brand`, aggregate(`products.count`) "
            + "from ecommerce.products where `products.category` = 'Jeans' "
            + "group by `products.brand` order by `products.brand`"));
  }

  /** A CTE, a join and a function over the result: Calcite's generated code, compiled. */
  @Test void calciteComputesOverTheLookerQuery() throws SQLException {
    assertEquals(
        SharedLooker.plainRows("with b as (select brand, count(*) as n from products "
            + "group by brand) select upper(b1.brand), b1.n from b b1 join b b2 "
            + "on b1.brand = b2.brand where b1.n > 20 order by 1"),
        SharedLooker.rows(connection, "with b as (select `products.brand` as brand, "
            + "aggregate(`products.count`) as n from ecommerce.products "
            + "group by `products.brand`) select upper(b1.brand), b1.n from b b1 join b b2 "
            + "on b1.brand = b2.brand where b1.n > 20 order by 1"));
  }

  @Test void preparedStatementWithParameter() throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("select count(*) "
        + "from ecommerce.products where `products.category` = ?")) {
      for (String category : List.of("Jeans", "Dresses")) {
        ps.setString(1, category);
        try (ResultSet rs = ps.executeQuery()) {
          assertEquals(SharedLooker.plainRows("select count(*) from products "
              + "where category = '" + category + "'"), SharedLooker.rows(rs));
        }
      }
    }
  }

  /** Calcite's messages come from its resource bundle, relocated with its classes. */
  @Test void refusedStatementSaysWhy() {
    SQLException e = assertThrows(SQLException.class, () -> SharedLooker.rows(connection,
        "select `products.brand` from ecommerce.products where `products.count` > 3"));
    assertNotNull(e.getSQLState(), SharedLooker.messages(e));
    assertTrue(e.getMessage().contains("products.count"), SharedLooker.messages(e));
  }

  @Test void unknownTableNamesIt() {
    SQLException e = assertThrows(SQLException.class,
        () -> SharedLooker.rows(connection, "select 1 from ecommerce.no_such_explore"));
    assertTrue(SharedLooker.messages(e).contains("no_such_explore"), SharedLooker.messages(e));
  }

  /** The explores of the sample model's LookML that are not hidden. */
  @Test void tablesAreTheExplores() throws SQLException {
    Set<String> tables = new TreeSet<>();
    try (ResultSet rs = connection.getMetaData().getTables(null, "ecommerce", "%", null)) {
      while (rs.next()) {
        tables.add(rs.getString("TABLE_NAME"));
      }
    }
    assertEquals(Set.of("order_items", "orders", "products", "users"), tables);
  }

  @Test void columnsAreTheFields() throws SQLException {
    List<String> columns = new ArrayList<>();
    DatabaseMetaData md = connection.getMetaData();
    try (ResultSet rs = md.getColumns(null, "ecommerce", "products", "products.%")) {
      while (rs.next()) {
        columns.add(rs.getString("COLUMN_NAME") + " " + rs.getString("TYPE_NAME") + " "
            + rs.getString("FIELD_CATEGORY"));
      }
    }
    assertTrue(columns.contains("products.brand VARCHAR dimension"), columns.toString());
    assertTrue(columns.contains("products.count MEASURE<BIGINT> measure"), columns.toString());
    assertEquals("`", md.getIdentifierQuoteString());
    assertFalse(md.getDriverName().isEmpty());
  }
}
