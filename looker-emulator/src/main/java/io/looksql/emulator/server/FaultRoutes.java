package io.looksql.emulator.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.looksql.emulator.sql.Dialect;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The fault API, registered only when faults are enabled: {@code POST /emulator/faults} adds a
 * rule, {@code GET} lists them, {@code DELETE} removes them all. It sits outside
 * {@code /api/4.0} and needs no token, so a test can break the API without first using it.
 */
final class FaultRoutes {
  /** Path of the fault API. */
  static final String PATH = FaultInjector.PREFIX + "faults";

  private final FaultInjector faults;
  private final DataSource dataSource;
  private final Dialect dialect;

  FaultRoutes(FaultInjector faults, DataSource dataSource, Dialect dialect) {
    this.faults = faults;
    this.dataSource = dataSource;
    this.dialect = dialect;
  }

  void register(Router router) {
    router.addPublic("POST", PATH, this::add);
    router.addPublic("GET", PATH, r -> r.sendJson(200, faults.list()));
    router.addPublic("DELETE", PATH, r -> {
      faults.clear();
      r.sendNoContent();
    });
  }

  private void add(ApiRequest request) throws Exception {
    JsonNode body = request.bodyAs(JsonNode.class);
    if (body.isObject() && FaultKind.DB_DELAY.apiName().equals(body.path("kind").asText())) {
      prepareDbDelay();
    }
    request.sendJson(200, faults.add(body).toJson());
  }

  private void prepareDbDelay() {
    if (!DbDelay.supports(dialect)) {
      throw ApiException.validation("kind", "invalid",
          "db_delay needs H2 or PostgreSQL; the database is " + dialect.name() + ".");
    }
    try {
      DbDelay.install(dataSource, dialect);
    } catch (SQLException e) {
      throw ApiException.of(500, "Cannot prepare the database for db_delay: " + e.getMessage());
    }
  }
}
