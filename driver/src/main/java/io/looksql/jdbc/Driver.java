package io.looksql.jdbc;

import io.looksql.catalog.ExecutionSettings;
import io.looksql.catalog.LookerCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.Properties;
import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.avatica.AvaticaStatement;
import org.apache.calcite.avatica.Handler;
import org.apache.calcite.avatica.DriverVersion;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.jdbc.LookSqlJdbcFactory;
import org.apache.calcite.jdbc.LookSqlMetaImpl;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * JDBC driver for {@code jdbc:looksql:url=https://host;user=…;password=…}: SQL over the Looker
 * explores the connecting user can see, planned by Calcite and pushed into Looker queries.
 *
 * <p>Calcite settings are fixed: {@code lex=MYSQL} (backticks, case-insensitive identifiers),
 * {@code fun=standard,calcite} ({@code AGGREGATE}), a lenient conformance ({@code GROUP BY 1},
 * {@code GROUP BY alias}) and NULLs sorted low, as Looker sorts them.
 */
public class Driver extends org.apache.calcite.jdbc.Driver {
  /** URL prefix this driver accepts. */
  public static final String PREFIX = "jdbc:looksql:";

  /** Calcite's cache of compiled plans, keyed by their generated Java source. */
  static final String BINDABLE_CACHE = "calcite.bindable.cache.maxSize";

  static {
    // A plan's Java source holds no literal pushed into Looker (the Looker query is stashed
    // beside it), so new SQL texts that differ in their filter values compile to the same
    // source: reusing the compiled class saves Janino's 2 to 5 ms on most new texts. Set before
    // Calcite reads its properties; a value the application set stays.
    if (System.getProperty(BINDABLE_CACHE) == null) {
      System.setProperty(BINDABLE_CACHE, "1000");
    }
    new Driver().register();
  }

  private static final System.Logger LOG = System.getLogger(Driver.class.getName());

  private final CatalogConnector connector;

  /** Creates a Driver that connects through the Looker API client. */
  public Driver() {
    this(new ClientCatalogConnector());
  }

  Driver(CatalogConnector connector) {
    this.connector = connector;
  }

  @Override protected String getConnectStringPrefix() {
    return PREFIX;
  }

  /** Returns the driver's version, as the build wrote it into {@code driver-version.properties}. */
  @Override protected DriverVersion createDriverVersion() {
    String version = "0";
    try (InputStream in = Driver.class.getResourceAsStream("driver-version.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        version = p.getProperty("version", version);
      }
    } catch (IOException e) {
      // The version is informative only; "0" says it is unknown.
    }
    int[] parts = versionParts(version);
    return new DriverVersion("LookSQL JDBC Driver", version, "LookSQL", version, true, parts[0],
        parts[1], parts[0], parts[1]);
  }

  /** Returns the major and minor number of a version such as {@code 0.1.0-SNAPSHOT}. */
  static int[] versionParts(String version) {
    String[] p = version.split("[.-]");
    int[] out = new int[2];
    for (int i = 0; i < 2 && i < p.length; i++) {
      try {
        out[i] = Integer.parseInt(p[i]);
      } catch (NumberFormatException e) {
        break;
      }
    }
    return out;
  }

  /** Returns the factory of statements that report LookSQL's warnings. */
  @Override protected String getFactoryClassName(JdbcVersion jdbcVersion) {
    return LookSqlJdbcFactory.class.getName();
  }

  @Override public CalcitePrepare createPrepare() {
    // Calcite's query provider is the connection being prepared on.
    return new LookerPrepare(connection -> connection instanceof LookerConnectionState.Holder h
        && h.lookerState() != null ? h.lookerState().plans() : null);
  }

  @Override public @Nullable Connection connect(String url, Properties info) throws SQLException {
    if (!acceptsURL(url)) {
      return null;
    }
    ConnectionSettings settings =
        ConnectionSettings.parse(url.substring(PREFIX.length()), info, System.getenv());
    ExecutionSettings execution = new ExecutionSettings(settings.timeZone().getId(),
        settings.rowLimit(), settings.failOnTruncation(),
        // Logged too: the statement's getWarnings() has them only while the statement is open.
        warning -> LOG.log(System.Logger.Level.WARNING, warning));
    CatalogConnector.Login login = connector.connect(settings, execution);
    LookerCatalog catalog = login.catalog();
    Properties calcite = new Properties();
    calcite.setProperty("lex", "MYSQL");
    calcite.setProperty("fun", "standard,calcite");
    calcite.setProperty("parserFactory", "org.apache.calcite.sql.parser.babel.SqlBabelParserImpl#FACTORY");
    calcite.setProperty("conformance", "LENIENT");
    calcite.setProperty("defaultNullCollation", "LOW");
    calcite.setProperty("timeZone", settings.timeZone().getId());
    // Only the prefix goes to Calcite: LookSQL's own properties (secrets included) stay here.
    Connection connection;
    try {
      connection = super.connect(PREFIX, calcite);
    } catch (SQLException | RuntimeException e) {
      close(catalog);
      throw e;
    }
    ((LookerConnectionState.Holder) connection).attach(new LookerConnectionState(catalog,
        new PlanCache(settings.planCacheSize()), settings.maskedUrl(), settings.warningChain(),
        login.userName()));
    try {
      catalog.addTo(connection.unwrap(CalciteConnection.class).getRootSchema());
    } catch (RuntimeException e) {
      connection.close();
      throw new SQLException("Could not read the Looker catalog: " + e.getMessage(), "08001", e);
    }
    return connection;
  }

  @Override protected Handler createHandler() {
    Handler calcite = super.createHandler();
    return new Handler() {
      @Override public void onConnectionInit(AvaticaConnection c) throws SQLException {
        calcite.onConnectionInit(c);
      }

      @Override public void onConnectionClose(AvaticaConnection c) {
        calcite.onConnectionClose(c);
        LookerConnectionState state = ((LookerConnectionState.Holder) c).lookerState();
        if (state != null) {
          state.close();
        }
      }

      @Override public void onStatementExecute(AvaticaStatement s, ResultSink sink) {
        calcite.onStatementExecute(s, sink);
        try {
          // JDBC: a statement's warnings are cleared when it executes again. A prepared
          // statement's executions share one list, so it is cleared here, before each.
          s.clearWarnings();
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      }

      @Override public void onStatementClose(AvaticaStatement s) {
        calcite.onStatementClose(s);
      }
    };
  }

  private static void close(LookerCatalog catalog) {
    try {
      catalog.close();
    } catch (Exception e) {
      // Closing only stops the client's threads; nothing is lost if that fails.
    }
  }

  @Override public Meta createMeta(AvaticaConnection connection) {
    return LookSqlMetaImpl.create(connection, LookerColumnFactory.INSTANCE,
        new ColumnPrefetch(connection));
  }

  @Override public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
    return ConnectionSettings.keys().stream()
        .map(k -> new DriverPropertyInfo(k, info.getProperty(k)))
        .toArray(DriverPropertyInfo[]::new);
  }
}
