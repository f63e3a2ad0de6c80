package io.looksql.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Driver;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The one driver jar ({@code target/looksql-jdbc-<version>.jar}, named by the system property
 * {@code looksql.jar} that Failsafe sets), loaded alone: in a class loader whose parent is the
 * platform loader, so nothing of the test class path (Calcite, Jackson, the unshaded driver) can
 * stand in for what the jar lacks.
 */
final class OneJar {
  private OneJar() {
  }

  /** Returns the path of the jar; fails when the build has not made it. */
  static Path path() {
    String property = System.getProperty("looksql.jar");
    if (property == null) {
      throw new IllegalStateException("system property looksql.jar is not set: run through "
          + "Failsafe (mvn verify), after the package phase has built the jar");
    }
    Path jar = Path.of(property);
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("no driver jar at " + jar + ": run mvn package first");
    }
    return jar;
  }

  /** Creates a class loader that sees the jar and the JDK only. */
  static URLClassLoader loader() {
    try {
      return new URLClassLoader("looksql-jdbc", new URL[] {path().toUri().toURL()},
          ClassLoader.getPlatformClassLoader());
    } catch (MalformedURLException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the drivers the jar's {@code META-INF/services/java.sql.Driver} offers, found the way
   * {@code DriverManager} and tools find them.
   */
  static List<Driver> drivers(ClassLoader loader) {
    List<Driver> drivers = new ArrayList<>();
    for (Driver d : ServiceLoader.load(Driver.class, loader)) {
      if (d.getClass().getClassLoader() == loader) {
        drivers.add(d);
      }
    }
    return drivers;
  }

  /** Returns the one LookSQL driver of a loader made by {@link #loader()}. */
  static Driver driver(ClassLoader loader) {
    List<Driver> drivers = drivers(loader);
    if (drivers.size() != 1) {
      throw new IllegalStateException("expected one driver in the jar, found " + drivers);
    }
    return drivers.get(0);
  }

  /** Closes a loader made by {@link #loader()}. */
  static void close(URLClassLoader loader) {
    try {
      loader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
