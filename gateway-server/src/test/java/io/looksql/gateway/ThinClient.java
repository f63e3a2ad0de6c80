package io.looksql.gateway;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Avatica's remote JDBC driver ({@code avatica-core}, as a BI tool has it) in a class loader of
 * its own: only the thin client's jars, with the platform class loader as parent, so it can't
 * see the gateway, the driver, Calcite or Jetty, and talks to the gateway only over HTTP.
 */
final class ThinClient {
  /** Jars of avatica-core and what it needs at run time, by artifact name. */
  private static final List<String> JARS = List.of("avatica-core-", "avatica-metrics-",
      "protobuf-java-", "httpclient5-", "httpcore5-", "httpcore5-h2-", "jackson-core-",
      "jackson-databind-", "jackson-annotations-", "slf4j-api-", "slf4j-nop-", "joou-java-6-",
      "commons-codec-");
  private static ClassLoader loader;
  private static Driver driver;

  private ThinClient() {
  }

  /** Returns the thin client's class loader. */
  static synchronized ClassLoader loader() {
    if (loader == null) {
      List<URL> urls = new ArrayList<>();
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        String name = new File(entry).getName();
        if (JARS.stream().anyMatch(j -> name.startsWith(j) && name.endsWith(".jar")
            && Character.isDigit(name.charAt(j.length())))) {
          try {
            urls.add(new File(entry).toURI().toURL());
          } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
          }
        }
      }
      loader = new URLClassLoader("avatica-thin-client", urls.toArray(URL[]::new),
          ClassLoader.getPlatformClassLoader());
    }
    return loader;
  }

  /** Opens a connection through the thin client. */
  static Connection connect(String url, Properties info) throws SQLException {
    return driver().connect(url, info);
  }

  /** Opens a connection through the thin client. */
  static Connection connect(String url) throws SQLException {
    return connect(url, new Properties());
  }

  private static synchronized Driver driver() {
    if (driver == null) {
      try {
        driver = (Driver) Class.forName("org.apache.calcite.avatica.remote.Driver", true, loader())
            .getDeclaredConstructor().newInstance();
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("Avatica's remote driver is not on the test class path", e);
      }
    }
    return driver;
  }
}
