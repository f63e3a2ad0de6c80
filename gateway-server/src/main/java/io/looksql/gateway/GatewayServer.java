package io.looksql.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.calcite.avatica.remote.Driver.Serialization;
import org.apache.calcite.avatica.remote.LocalService;
import org.apache.calcite.avatica.server.AvaticaJsonHandler;
import org.apache.calcite.avatica.server.AvaticaProtobufHandler;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.StatisticsHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * An Avatica HTTP gateway over the LookSQL driver: remote thin JDBC clients
 * ({@code jdbc:avatica:remote:url=http://host:port;serialization=protobuf;…}) query Looker through
 * it, each statement as the caller's own Looker user. Build one with {@link #builder()}; closing
 * it stops accepting requests, lets running ones finish within the shutdown timeout, and closes
 * every connection.
 */
public final class GatewayServer implements AutoCloseable {
  private static final System.Logger AUDIT = System.getLogger("io.looksql.gateway.audit");

  private final GatewaySettings settings;
  private final Server jetty;
  private final ServerConnector connector;
  private final GatewayMeta meta;
  private final ScheduledExecutorService sweeper;

  private GatewayServer(GatewaySettings settings, Consumer<String> audit) throws Exception {
    this.settings = settings;
    IdentityLimits limits = new IdentityLimits(settings.connectionsPerIdentity(),
        settings.statementsPerIdentity());
    GatewayMetrics metrics = new GatewayMetrics(limits);
    this.meta = new GatewayCatalogMeta(settings, limits,
        new StatementAudit(settings.maxRows(), metrics, audit), metrics, audit);
    LocalService service = new LocalService(meta);
    Handler avatica = settings.serialization() == Serialization.PROTOBUF
        ? new AvaticaProtobufHandler(service) : new AvaticaJsonHandler(service);
    GatewayHandler gateway = new GatewayHandler(new Authenticator(settings), metrics,
        new LookerHealth(settings.lookerUrl()), settings.corsOrigins());
    gateway.setHandler(avatica);
    // Graceful stop in Jetty 9.4 needs a StatisticsHandler: it waits for requests in flight.
    StatisticsHandler stats = new StatisticsHandler();
    stats.setHandler(gateway);

    jetty = new Server(new QueuedThreadPool(200, 8, 60_000));
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    if (settings.keystore() != null) {
      SslContextFactory.Server ssl = new SslContextFactory.Server();
      ssl.setKeyStorePath(settings.keystore().toString());
      ssl.setKeyStorePassword(settings.keystorePassword());
      ssl.setKeyStoreType(settings.keystoreType());
      connector = new ServerConnector(jetty, new SslConnectionFactory(ssl, "http/1.1"),
          new HttpConnectionFactory(http));
    } else {
      connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
    }
    connector.setHost(settings.host());
    connector.setPort(settings.port());
    jetty.addConnector(connector);
    jetty.setHandler(stats);
    jetty.setStopTimeout(settings.shutdownTimeout().toMillis());
    jetty.setStopAtShutdown(false);

    sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "looksql-gateway-sweeper");
      t.setDaemon(true);
      return t;
    });
    long every = Math.max(100, Math.min(10_000,
        Math.min(settings.connectionIdle().toMillis(), settings.statementIdle().toMillis()) / 4));
    sweeper.scheduleWithFixedDelay(meta::sweep, every, every, TimeUnit.MILLISECONDS);
    try {
      jetty.start();
    } catch (Exception e) {
      sweeper.shutdownNow();
      jetty.stop();
      throw e;
    }
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the port the gateway listens on (the chosen one when the settings said 0). */
  public int port() {
    return connector.getLocalPort();
  }

  /** Returns the gateway's base URL, e.g. {@code http://127.0.0.1:8765}. */
  public String url() {
    String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
    if (host.equals("0.0.0.0")) {
      host = "127.0.0.1";
    }
    return (settings.keystore() != null ? "https://" : "http://") + host + ":" + port();
  }

  /** Returns the settings the gateway runs with. */
  public GatewaySettings settings() {
    return settings;
  }

  /**
   * Stops the gateway: no new requests; those running get the shutdown timeout to finish; then
   * every connection (and its Looker client) is closed.
   */
  @Override public void close() {
    sweeper.shutdownNow();
    try {
      jetty.stop();
    } catch (Exception e) {
      // Jetty reports requests cut off by the timeout this way; the connections close below.
    } finally {
      meta.closeAll();
    }
  }

  /** Whether Looker answers {@code GET /api/4.0/versions}, which needs no login. */
  private static final class LookerHealth implements java.util.function.BooleanSupplier {
    private final HttpClient http = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI versions;

    LookerHealth(String lookerUrl) {
      this.versions = URI.create(lookerUrl.replaceAll("/+$", "") + "/api/4.0/versions");
    }

    @Override public boolean getAsBoolean() {
      try {
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(versions)
            .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
        return r.statusCode() == 200;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      } catch (Exception e) {
        return false;
      }
    }
  }

  /** Builds a {@link GatewayServer}; see the module README for what each setting means. */
  public static final class Builder extends GatewaySettingsBuilder<Builder> {
    private Consumer<String> audit = line -> AUDIT.log(System.Logger.Level.INFO, line);

    private Builder() {
    }

    /** Sets where audit lines go (default: {@code System.Logger} {@code io.looksql.gateway.audit}). */
    public Builder auditSink(Consumer<String> sink) {
      this.audit = sink;
      return this;
    }

    /**
     * Starts the gateway.
     *
     * @throws IllegalArgumentException listing every invalid setting, one per line
     */
    public GatewayServer start() {
      GatewaySettings settings = settings();
      try {
        return new GatewayServer(settings, audit);
      } catch (SQLException e) {
        throw new IllegalStateException("Could not create the gateway: " + e.getMessage(), e);
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException("Could not start the gateway on " + settings.host() + ":"
            + settings.port() + ": " + e.getMessage(), e);
      }
    }
  }
}
