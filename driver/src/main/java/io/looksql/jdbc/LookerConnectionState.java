package io.looksql.jdbc;

import io.looksql.catalog.LookerCatalog;
import java.sql.SQLWarning;
import java.util.function.Supplier;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Creates nothing itself: holds what one open {@code jdbc:looksql:} connection owns besides
 * Calcite's state (its Looker catalog, with the client to close with it, its plan cache, the
 * Looker user it connected as, its URL with secrets masked) and the warnings raised while it was
 * opened. The connection object carries it, so that nothing outlives or is shared between
 * connections.
 */
public final class LookerConnectionState {
  private final LookerCatalog catalog;
  private final PlanCache plans;
  private final String maskedUrl;
  private final @Nullable SQLWarning openWarnings;
  private final Supplier<String> userName;

  LookerConnectionState(LookerCatalog catalog, PlanCache plans, String maskedUrl,
      @Nullable SQLWarning openWarnings, Supplier<String> userName) {
    this.catalog = catalog;
    this.plans = plans;
    this.maskedUrl = maskedUrl;
    this.openWarnings = openWarnings;
    this.userName = userName;
  }

  /** Returns the Looker user's e-mail (or name), asked of Looker on first use. */
  public String userName() {
    return userName.get();
  }

  LookerCatalog catalog() {
    return catalog;
  }

  PlanCache plans() {
    return plans;
  }

  /** Returns the URL the connection was opened with, secrets masked. */
  public String maskedUrl() {
    return maskedUrl;
  }

  /** Returns the warnings raised while the connection was opened, or null. */
  public @Nullable SQLWarning openWarnings() {
    return openWarnings;
  }

  /** Closes the catalog and its Looker client; nothing is lost if that fails. */
  void close() {
    try {
      catalog.close();
    } catch (Exception e) {
      // Closing only stops the client's threads.
    }
  }

  /** Implemented by the connection that carries a state. */
  public interface Holder {
    /** Returns the connection's state, or null before the driver attached it. */
    @Nullable LookerConnectionState lookerState();

    /** Attaches the state, once, right after the connection is created. */
    void attach(LookerConnectionState state);
  }
}
