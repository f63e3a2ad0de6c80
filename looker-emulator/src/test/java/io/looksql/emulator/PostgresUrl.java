package io.looksql.emulator;

/**
 * The PostgreSQL database of the {@code *Postgres*Test} classes, from system property
 * {@value #PROPERTY}; Maven profile {@code postgres} runs those classes and passes it on.
 */
public final class PostgresUrl {
  /** System property holding a JDBC URL, e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}. */
  public static final String PROPERTY = "looksql.test.postgres.url";

  private PostgresUrl() {
  }

  /** Returns the JDBC URL; fails the test (never skips it) when the property is missing. */
  public static String get() {
    String url = System.getProperty(PROPERTY);
    if (url == null || url.isBlank()) {
      throw new IllegalStateException("PostgreSQL tests need -D" + PROPERTY
          + "=jdbc:postgresql://HOST:PORT/DB?user=USER (mvn verify -D" + PROPERTY + "=... runs them)");
    }
    return url;
  }
}
