package io.looksql.jdbc;

import io.looksql.emulator.LookerEmulator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import net.hydromatic.quidem.Quidem;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The connections a Quidem script can {@code !use}: driver connections to one emulator as its
 * admin ({@code ecommerce}, and {@code ecommerce_la} in {@code timeZone=America/Los_Angeles}),
 * each with the emulator's database as its reference connection (where {@code !plain} runs); and
 * {@code db}, the database itself, for looking at the data while writing a script. Quidem closes
 * what it opens, when a script switches connection or ends.
 */
final class QuidemConnections implements Quidem.ConnectionFactory {
  /** Connection name → extra {@code ;key=value}s of the driver URL. */
  private static final Map<String, String> NAMES = Map.of(
      "ecommerce", "",
      "ecommerce_la", ";timeZone=America/Los_Angeles");

  private final LookerEmulator looker;

  QuidemConnections(LookerEmulator looker) {
    this.looker = looker;
  }

  @Override public @Nullable Connection connect(String name, boolean reference)
      throws SQLException {
    if (name.equals("db")) {
      return reference ? null : looker.dataSource().getConnection();
    }
    String extra = NAMES.get(name);
    if (extra == null) {
      throw new IllegalArgumentException("unknown connection " + name + "; known: "
          + NAMES.keySet());
    }
    if (reference) {
      return looker.dataSource().getConnection();
    }
    return DriverManager.getConnection(Driver.PREFIX + "url=" + looker.baseUrl()
        + ";clientId=" + looker.adminClientId() + ";clientSecret=" + looker.adminClientSecret()
        + extra);
  }
}
