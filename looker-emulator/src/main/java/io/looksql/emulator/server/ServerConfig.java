package io.looksql.emulator.server;

import io.looksql.emulator.lookml.Project;
import io.looksql.emulator.sql.Dialect;
import io.looksql.emulator.users.UsersConfig;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * What an {@link ApiServer} serves and where.
 *
 * @param project the LookML project whose models and explores are served
 * @param dialect the database's dialect
 * @param dataSource where queries run
 * @param planner compiles query bodies to SQL
 * @param clock the time tokens expire by
 * @param tokenTtl how long an access token lives
 * @param host the address to bind, e.g. {@code 127.0.0.1}
 * @param port the port to bind, 0 for an ephemeral one
 * @param users the users, roles and user attributes
 */
public record ServerConfig(
    Project project,
    Dialect dialect,
    DataSource dataSource,
    QueryPlanner planner,
    Clock clock,
    Duration tokenTtl,
    String host,
    int port,
    UsersConfig users) {

  /** Creates a ServerConfig with the sample users ({@link UsersConfig#sample()}). */
  public ServerConfig(Project project, Dialect dialect, DataSource dataSource, QueryPlanner planner,
      Clock clock, Duration tokenTtl, String host, int port) {
    this(project, dialect, dataSource, planner, clock, tokenTtl, host, port, UsersConfig.sample());
  }
}
