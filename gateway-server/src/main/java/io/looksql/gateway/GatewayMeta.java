package io.looksql.gateway;

import io.looksql.jdbc.Driver;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.calcite.avatica.AvaticaSeverity;
import org.apache.calcite.avatica.MissingResultsException;
import org.apache.calcite.avatica.NoSuchStatementException;
import org.apache.calcite.avatica.QueryState;
import org.apache.calcite.avatica.jdbc.JdbcMeta;
import org.apache.calcite.avatica.jdbc.StatementInfo;
import org.apache.calcite.avatica.proto.Requests;
import org.apache.calcite.avatica.remote.AvaticaRuntimeException;
import org.apache.calcite.avatica.remote.TypedValue;

/**
 * Avatica's {@link JdbcMeta} over the LookSQL driver, made safe for several users: a connection
 * belongs to the identity that opened it, with the backend login of that identity (the client's
 * properties only through {@link ClientProperties}); every call that names a connection or a
 * statement is refused unless the current identity owns it, with the same error as an unknown
 * id. Metadata calls are in {@link GatewayCatalogMeta}.
 */
class GatewayMeta extends JdbcMeta {
  /** The connection of a statement, and its SQL text (for the audit). */
  private record StatementOwner(String connectionId, String sql) {
  }

  private final GatewaySettings settings;
  private final IdentityLimits limits;
  private final StatementAudit audit;
  private final GatewayMetrics metrics;
  private final Consumer<String> log;
  private final Map<String, Identity> owners = new ConcurrentHashMap<>();
  private final Map<Integer, StatementOwner> statements = new ConcurrentHashMap<>();

  GatewayMeta(GatewaySettings settings, IdentityLimits limits, StatementAudit audit,
      GatewayMetrics metrics, Consumer<String> log) throws SQLException {
    super(Driver.PREFIX, cacheSettings(settings));
    this.settings = settings;
    this.limits = limits;
    this.audit = audit;
    this.metrics = metrics;
    this.log = log;
    utcFrames();
  }

  /**
   * Makes every frame carry DATE/TIME/TIMESTAMP values as UTC wall-clock epochs, as the thin client
   * reads them. JdbcMeta writes the first frame of a result with a UTC calendar but later frames
   * (and reads parameters) with a calendar in the server JVM's zone, so on a server not in UTC
   * every row after the first frame came back shifted by the zone's offset.
   */
  private void utcFrames() {
    try {
      Field field = JdbcMeta.class.getDeclaredField("calendar");
      field.setAccessible(true);
      ((Calendar) field.get(this)).setTimeZone(TimeZone.getTimeZone("UTC"));
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("This Avatica version has no JdbcMeta.calendar to set to"
          + " UTC; fetched frames would shift timestamps by the server's zone", e);
    }
  }

  private static Properties cacheSettings(GatewaySettings s) {
    Properties p = new Properties();
    p.setProperty("avatica.connectioncache.expiryduration",
        Long.toString(s.connectionIdle().toMillis()));
    p.setProperty("avatica.connectioncache.expiryunit", "MILLISECONDS");
    p.setProperty("avatica.statementcache.expiryduration",
        Long.toString(s.statementIdle().toMillis()));
    p.setProperty("avatica.statementcache.expiryunit", "MILLISECONDS");
    return p;
  }

  // ---- connections ----

  @Override public void openConnection(ConnectionHandle ch, Map<String, String> info) {
    Identity me = CurrentIdentity.get();
    Properties backend = ClientProperties.backend(info, me, settings.lookerUrl(),
        settings.maxRows());
    limits.openConnection(me.key());
    metrics.watchConnections(me.key());
    boolean opened = false;
    try {
      if (getConnectionCache().asMap().containsKey(ch.id) || owners.containsKey(ch.id)) {
        throw new AvaticaRuntimeException("Connection id is already in use", -1, "08002",
            AvaticaSeverity.ERROR);
      }
      Connection c = createConnection(Driver.PREFIX, backend);
      if (getConnectionCache().asMap().putIfAbsent(ch.id, c) != null) {
        c.close();
        throw new AvaticaRuntimeException("Connection id is already in use", -1, "08002",
            AvaticaSeverity.ERROR);
      }
      owners.put(ch.id, me);
      opened = true;
    } catch (SQLException e) {
      metrics.error("open_connection");
      throw new AvaticaRuntimeException(e.getMessage(), e.getErrorCode(), e.getSQLState(),
          AvaticaSeverity.ERROR);
    } finally {
      if (!opened) {
        limits.closeConnection(me.key());
      }
    }
  }

  @Override public void closeConnection(ConnectionHandle ch) {
    if (!owners.containsKey(ch.id)) {
      // Closed or expired already: closing again succeeds, as in JdbcMeta.
      return;
    }
    Identity me = owner(ch.id);
    try {
      super.closeConnection(ch);
    } finally {
      if (owners.remove(ch.id, me)) {
        limits.closeConnection(me.key());
      }
    }
  }

  @Override public ConnectionProperties connectionSync(ConnectionHandle ch,
      ConnectionProperties connProps) {
    owner(ch.id);
    return super.connectionSync(ch, connProps);
  }

  @Override public Map<DatabaseProperty, Object> getDatabaseProperties(ConnectionHandle ch) {
    owner(ch.id);
    return super.getDatabaseProperties(ch);
  }

  @Override public void commit(ConnectionHandle ch) {
    owner(ch.id);
    super.commit(ch);
  }

  @Override public void rollback(ConnectionHandle ch) {
    owner(ch.id);
    super.rollback(ch);
  }

  // ---- statements ----

  @Override public StatementHandle createStatement(ConnectionHandle ch) {
    owner(ch.id);
    StatementHandle h = super.createStatement(ch);
    statements.put(h.id, new StatementOwner(ch.id, null));
    applyTimeout(h.id);
    return h;
  }

  @Override public StatementHandle prepare(ConnectionHandle ch, String sql, long maxRowCount) {
    owner(ch.id);
    StatementHandle h = super.prepare(ch, sql, maxRowCount);
    statements.put(h.id, new StatementOwner(ch.id, sql));
    applyTimeout(h.id);
    return h;
  }

  @SuppressWarnings("deprecation")
  @Override public ExecuteResult prepareAndExecute(StatementHandle h, String sql,
      long maxRowCount, PrepareCallback callback) throws NoSuchStatementException {
    return prepareAndExecute(h, sql, maxRowCount, firstFrame(-1), callback);
  }

  @Override public ExecuteResult prepareAndExecute(StatementHandle h, String sql,
      long maxRowCount, int maxRowsInFirstFrame, PrepareCallback callback)
      throws NoSuchStatementException {
    Identity me = owner(h);
    statements.put(h.id, new StatementOwner(h.connectionId, sql));
    return run(me, h, sql,
        () -> super.prepareAndExecute(h, sql, maxRowCount, firstFrame(maxRowsInFirstFrame),
            callback));
  }

  @SuppressWarnings("deprecation")
  @Override public ExecuteResult execute(StatementHandle h, List<TypedValue> parameterValues,
      long maxRowCount) throws NoSuchStatementException {
    return execute(h, parameterValues, firstFrame(-1));
  }

  @Override public ExecuteResult execute(StatementHandle h, List<TypedValue> parameterValues,
      int maxRowsInFirstFrame) throws NoSuchStatementException {
    Identity me = owner(h);
    return run(me, h, statements.get(h.id).sql(),
        () -> super.execute(h, parameterValues, firstFrame(maxRowsInFirstFrame)));
  }

  @Override public Frame fetch(StatementHandle h, long offset, int fetchMaxRowCount)
      throws NoSuchStatementException, MissingResultsException {
    Identity me = owner(h);
    audit.checkNotExceeded(h.id);
    limits.startStatement(me.key());
    try {
      int rows = fetchMaxRowCount < 0 || fetchMaxRowCount > settings.maxFrameRows()
          ? settings.maxFrameRows() : fetchMaxRowCount;
      Frame frame = super.fetch(h, offset, rows);
      countRows(h.id, frame);
      return frame;
    } catch (RuntimeException e) {
      RuntimeException out = withSqlState(e);
      fail(h.id, out);
      throw out;
    } finally {
      limits.endStatement(me.key());
    }
  }

  @Override public boolean syncResults(StatementHandle sh, QueryState state, long offset)
      throws NoSuchStatementException {
    owner(sh);
    return super.syncResults(sh, state, offset);
  }

  @Override public void closeStatement(StatementHandle h) {
    if (!owners.containsKey(h.connectionId)) {
      return;
    }
    owner(h.connectionId);
    StatementOwner s = statements.get(h.id);
    if (s == null) {
      return;
    }
    owner(h);
    audit.end(h.id, "closed");
    try {
      super.closeStatement(h);
    } finally {
      statements.remove(h.id);
    }
  }

  @Override public ExecuteBatchResult prepareAndExecuteBatch(StatementHandle h,
      List<String> sqlCommands) throws NoSuchStatementException {
    owner(h);
    return super.prepareAndExecuteBatch(h, sqlCommands);
  }

  @Override public ExecuteBatchResult executeBatch(StatementHandle h,
      List<List<TypedValue>> parameterValues) throws NoSuchStatementException {
    owner(h);
    return super.executeBatch(h, parameterValues);
  }

  @Override public ExecuteBatchResult executeBatchProtobuf(StatementHandle h,
      List<Requests.UpdateBatch> parameterValues) throws NoSuchStatementException {
    owner(h);
    return super.executeBatchProtobuf(h, parameterValues);
  }

  @Override public Iterable<Object> createIterable(StatementHandle h, QueryState state,
      Signature signature, List<TypedValue> parameterValues, Frame firstFrame) {
    owner(h);
    return super.createIterable(h, state, signature, parameterValues, firstFrame);
  }

  /** Gives a new backend statement the gateway's timeout: the driver kills its Looker query. */
  private void applyTimeout(int id) {
    long seconds = settings.statementTimeout().toSeconds();
    StatementInfo info = getStatementCache().getIfPresent(id);
    if (seconds > 0 && info != null) {
      try {
        // StatementInfo.statement is package-private in Avatica: read it reflectively.
        Field field = StatementInfo.class.getDeclaredField("statement");
        field.setAccessible(true);
        ((java.sql.Statement) field.get(info)).setQueryTimeout((int) seconds);
      } catch (SQLException e) {
        throw new AvaticaRuntimeException("Could not set the statement timeout: " + e.getMessage(),
            e.getErrorCode(), e.getSQLState(), AvaticaSeverity.ERROR);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("This Avatica version has no StatementInfo.statement", e);
      }
    }
  }

  // ---- ownership, for this class and the metadata calls ----

  /** Returns the current identity if it owns connection {@code id}; else fails as for an unknown id. */
  final Identity owner(String id) {
    Identity me = CurrentIdentity.get();
    Identity owner = id == null ? null : owners.get(id);
    if (owner == null || !owner.key().equals(me.key())) {
      if (owner != null) {
        refused(me, "connection " + id);
      }
      // Avatica answers its own NoSuchConnectionException without a message; this one says why.
      throw new AvaticaRuntimeException("Connection not found: invalid id, closed, or expired: "
          + id, -1, "08003", AvaticaSeverity.ERROR);
    }
    return me;
  }

  /** Returns the current identity if it owns the statement's connection and the statement is on it. */
  final Identity owner(StatementHandle h) {
    Identity me = owner(h.connectionId);
    StatementOwner s = statements.get(h.id);
    if (s == null || !s.connectionId().equals(h.connectionId)) {
      if (s != null) {
        refused(me, "statement " + h.id);
      }
      throw new AvaticaRuntimeException("Statement not found: invalid id, closed, or expired: "
          + h.id, -1, "HY010", AvaticaSeverity.ERROR);
    }
    return me;
  }

  /** Records the statement a metadata call created, so that only its connection can fetch it. */
  final MetaResultSet owned(MetaResultSet rs) {
    if (rs != null) {
      statements.put(rs.statementId, new StatementOwner(rs.connectionId, null));
    }
    return rs;
  }

  private void refused(Identity me, String what) {
    metrics.error("foreign_handle");
    log.accept("refused identity=" + me.key() + " used another identity's " + what);
  }

  /**
   * Closes what expired: connections and statements idle past their time (their Looker clients
   * with them), and forgets their owners.
   */
  void sweep() {
    getConnectionCache().cleanUp();
    getStatementCache().cleanUp();
    owners.forEach((id, who) -> {
      if (!getConnectionCache().asMap().containsKey(id) && owners.remove(id, who)) {
        limits.closeConnection(who.key());
      }
    });
    statements.keySet().removeIf(id -> !getStatementCache().asMap().containsKey(id));
  }

  /** Closes every connection (at shutdown). */
  void closeAll() {
    getStatementCache().invalidateAll();
    getConnectionCache().invalidateAll();
    sweep();
  }

  // ---- execution ----

  /** An execution that may fail like {@link JdbcMeta}'s. */
  @FunctionalInterface
  private interface Execution {
    ExecuteResult get() throws NoSuchStatementException;
  }

  private ExecuteResult run(Identity me, StatementHandle h, String sql, Execution execution)
      throws NoSuchStatementException {
    limits.startStatement(me.key());
    try {
      audit.start(h.id, me, h.connectionId, sql);
      ExecuteResult result = execution.get();
      for (MetaResultSet rs : result.resultSets) {
        if (rs.firstFrame == null) {
          audit.end(h.id, "ok");
        } else {
          countRows(h.id, rs.firstFrame);
        }
      }
      return result;
    } catch (NoSuchStatementException e) {
      fail(h.id, e);
      throw e;
    } catch (RuntimeException e) {
      RuntimeException out = withSqlState(e);
      fail(h.id, out);
      throw out;
    } finally {
      limits.endStatement(me.key());
    }
  }

  private void countRows(int id, Frame frame) {
    long n;
    if (frame.rows instanceof Collection<?> c) {
      n = c.size();
    } else {
      n = 0;
      for (Object ignored : frame.rows) {
        n++;
      }
    }
    try {
      audit.rows(id, n, frame.done);
    } catch (AvaticaRuntimeException e) {
      closeResults(id);
      throw e;
    }
  }

  /**
   * Returns the failure a thin client should see: JdbcMeta wraps the driver's SQLException in a
   * bare RuntimeException, which Avatica sends with SQLState 00000; the SQLState (HYT00 for a
   * timeout, 0A000 for a refusal, ...) must reach the client, so it travels as an
   * AvaticaRuntimeException.
   */
  static RuntimeException withSqlState(RuntimeException e) {
    if (e instanceof AvaticaRuntimeException) {
      return e;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException q && q.getSQLState() != null) {
        return new AvaticaRuntimeException(q.getMessage(), q.getErrorCode(), q.getSQLState(),
            AvaticaSeverity.ERROR);
      }
    }
    return e;
  }

  private void fail(int id, Exception e) {
    audit.end(id, "error");
    metrics.error(e instanceof AvaticaRuntimeException a && a.getSqlState() != null
        ? "sqlstate_" + a.getSqlState() : e.getClass().getSimpleName());
  }

  /** Frees the rows of a statement whose result went over the maximum. */
  private void closeResults(int id) {
    StatementInfo info = getStatementCache().getIfPresent(id);
    ResultSet rs = info == null ? null : info.getResultSet();
    if (rs != null) {
      try {
        rs.close();
      } catch (SQLException e) {
        // Only memory is at stake; the statement fails either way.
      }
    }
  }

  /** Returns the first frame's size: Avatica's "unlimited" would read the whole result at once. */
  private int firstFrame(int requested) {
    return requested == UNLIMITED_COUNT || requested > settings.maxFrameRows()
        ? Math.min(100, settings.maxFrameRows()) : requested;
  }
}
