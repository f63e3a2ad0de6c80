package io.looksql.emulator;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.looksql.emulator.lookml.LookmlFile;
import io.looksql.emulator.lookml.LookmlLoader;
import io.looksql.emulator.lookml.Project;
import io.looksql.emulator.query.QueryCompiler;
import io.looksql.emulator.sample.SampleData;
import io.looksql.emulator.sample.SampleProject;
import io.looksql.emulator.server.ApiServer;
import io.looksql.emulator.server.QueryPlanner;
import io.looksql.emulator.server.ServerConfig;
import io.looksql.emulator.sql.Dialect;
import io.looksql.emulator.users.UsersConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A Looker instance in process: the Looker API 4.0 over a LookML project, its queries run on H2
 * (in memory by default) or PostgreSQL.
 *
 * <pre>{@code
 * try (LookerEmulator looker = LookerEmulator.builder().start()) {
 *   String api = looker.baseUrl() + "/api/4.0";
 *   // POST api + "/login" with client_id=looker.adminClientId(), client_secret=looker.adminClientSecret()
 * }
 * }</pre>
 *
 * <p>Its users are the sample users ({@link UsersConfig#sample()}) unless {@link Builder#users}
 * says otherwise; among them an admin (id {@code 1}, {@code admin@example.com}) whose fixed demo
 * API3 credentials are client id {@code looksql-admin} and client secret
 * {@code looksql-admin-secret}.
 */
public final class LookerEmulator implements AutoCloseable {
  private final ApiServer server;
  private final HikariDataSource dataSource;
  private final Project project;
  private final boolean ownsDatabase;
  private final UsersConfig users;
  private final Dialect dialect;
  private final Clock clock;

  private LookerEmulator(ApiServer server, HikariDataSource dataSource, Project project,
      boolean ownsDatabase, UsersConfig users, Dialect dialect, Clock clock) {
    this.dialect = dialect;
    this.clock = clock;
    this.server = server;
    this.dataSource = dataSource;
    this.project = project;
    this.ownsDatabase = ownsDatabase;
    this.users = users;
  }

  /** Returns a builder; its defaults serve the sample project over sample data in H2. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns {@code http://127.0.0.1:PORT}; the API is under {@code /api/4.0}. */
  public String baseUrl() {
    return server.baseUrl();
  }

  /** Returns the users, roles and user attributes served. */
  public UsersConfig users() {
    return users;
  }

  /** Returns the API3 client id of the first admin with API credentials, or null if none has. */
  public String adminClientId() {
    return server.adminClientId();
  }

  /** Returns the API3 client secret of the first admin with API credentials, or null if none has. */
  public String adminClientSecret() {
    return server.adminClientSecret();
  }

  /** Returns the connection pool queries run on, for running plain SQL on the same database. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** Returns the LookML project served. */
  public Project project() {
    return project;
  }

  /**
   * Returns, explore by explore, whether the project's SQL runs on the emulator's database (see
   * {@link ExploreCheck}).
   *
   * @throws SQLException when no connection to the database can be had
   */
  public List<ExploreCheck.Status> checkExplores() throws SQLException {
    return new ExploreCheck(project, new QueryCompiler(dialect, clock), dataSource).run();
  }

  /** Returns the name of the emulator's database, e.g. {@code h2}. */
  public String databaseName() {
    return dialect.name();
  }

  /** Stops the server and closes the pool; an in-memory database the emulator created is dropped. */
  @Override public void close() {
    server.close();
    if (ownsDatabase) {
      try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
        s.execute("SHUTDOWN");
      } catch (SQLException e) {
        // The database is going away either way; closing the pool below still frees it.
      }
    }
    dataSource.close();
  }

  /** Configures and starts a {@link LookerEmulator}. */
  public static final class Builder {
    private List<LookmlFile> lookml;
    private String projectName = SampleProject.NAME;
    private Project project;
    private String jdbcUrl;
    private Boolean loadSample;
    private double scale = 1;
    private int port;
    private Clock clock = Clock.systemUTC();
    private Duration tokenTtl = Duration.ofHours(1);
    private QueryPlanner planner;
    private boolean faults;
    private UsersConfig users = UsersConfig.sample();

    private Builder() {
    }

    /** Serves these users, roles and user attributes (default {@link UsersConfig#sample()}). */
    public Builder users(UsersConfig users) {
      this.users = Objects.requireNonNull(users);
      return this;
    }

    /**
     * Serves the users of a users file (JSON, see {@link UsersConfig#read(Path)}).
     *
     * @throws UncheckedIOException if the file cannot be read
     * @throws IllegalArgumentException if it is not a valid users file
     */
    public Builder users(Path file) {
      try {
        return users(UsersConfig.read(file));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the users file " + file + ": " + e.getMessage(), e);
      }
    }

    /** Serves these LookML files (default: the sample project's). */
    public Builder lookml(List<LookmlFile> files) {
      this.lookml = List.copyOf(files);
      return this;
    }

    /** Sets the name of the project made of the {@link #lookml} files (default {@code ecommerce}). */
    public Builder projectName(String name) {
      this.projectName = Objects.requireNonNull(name);
      return this;
    }

    /** Serves an already loaded project instead of LookML files. */
    public Builder project(Project project) {
      this.project = Objects.requireNonNull(project);
      return this;
    }

    /**
     * Runs queries on this database ({@code jdbc:h2:...} or {@code jdbc:postgresql:...}); default
     * is a fresh in-memory H2 database holding the sample data.
     */
    public Builder jdbcUrl(String url) {
      this.jdbcUrl = Objects.requireNonNull(url);
      return this;
    }

    /**
     * Sets whether the sample tables are created and filled at start; default true for the
     * default database, false for a {@link #jdbcUrl}.
     */
    public Builder loadSample(boolean load) {
      this.loadSample = load;
      return this;
    }

    /** Sets the sample data's scale factor (default 1, about 100,000 order items). */
    public Builder scale(double scale) {
      this.scale = scale;
      return this;
    }

    /** Sets the port to listen on at 127.0.0.1 (default 0, an ephemeral port). */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** Sets the clock for token expiry and relative date filters (default: system clock, UTC). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock);
      return this;
    }

    /** Sets how long access tokens live (default one hour, Looker's {@code expires_in} 3600). */
    public Builder tokenTtl(Duration ttl) {
      this.tokenTtl = Objects.requireNonNull(ttl);
      return this;
    }

    /**
     * Sets whether the fault-injection API under {@code /emulator/faults} is served (default
     * false), for reliability tests; see the module README.
     */
    public Builder faults(boolean enabled) {
      this.faults = enabled;
      return this;
    }

    /** Replaces the query compiler; for tests that build compiled queries by hand. */
    Builder planner(QueryPlanner planner) {
      this.planner = planner;
      return this;
    }

    /**
     * Loads the project, opens the pool (loading sample data if asked) and starts the server.
     *
     * @throws io.looksql.emulator.lookml.LookmlException if the LookML is invalid
     * @throws UncheckedIOException if the port cannot be bound
     * @throws IllegalStateException if the sample data cannot be loaded
     */
    public LookerEmulator start() {
      Project p = project != null ? project
          : LookmlLoader.load(projectName, lookml != null ? lookml : SampleProject.files());
      boolean ownsDatabase = jdbcUrl == null;
      String url = ownsDatabase
          ? "jdbc:h2:mem:looksql-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" : jdbcUrl;
      Dialect dialect = Dialect.forJdbcUrl(url);
      HikariDataSource pool = pool(url, dialect);
      try {
        if (loadSample != null ? loadSample : ownsDatabase) {
          SampleData.load(pool, dialect, scale);
        }
        QueryPlanner plan = planner != null ? planner
            : new ProjectPlanner(new QueryCompiler(dialect, clock), p);
        ApiServer server = ApiServer.start(
            new ServerConfig(p, dialect, pool, plan, clock, tokenTtl, "127.0.0.1", port, users), faults);
        return new LookerEmulator(server, pool, p, ownsDatabase, users, dialect, clock);
      } catch (IOException e) {
        pool.close();
        throw new UncheckedIOException("Cannot start the emulator's server: " + e.getMessage(), e);
      } catch (SQLException e) {
        pool.close();
        throw new IllegalStateException("Cannot load the sample data: " + e.getMessage(), e);
      } catch (RuntimeException e) {
        pool.close();
        throw e;
      }
    }

    private static HikariDataSource pool(String url, Dialect dialect) {
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(url);
      config.setConnectionInitSql(dialect.connectionInitSql());
      config.setPoolName("looker-emulator");
      config.setMaximumPoolSize(16);
      return new HikariDataSource(config);
    }
  }
}
