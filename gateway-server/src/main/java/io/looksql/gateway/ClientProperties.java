package io.looksql.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.calcite.avatica.AvaticaSeverity;
import org.apache.calcite.avatica.remote.AvaticaRuntimeException;

/**
 * The connection properties a thin client may send, and the driver properties of its backend
 * connection: the allowed client ones plus the Looker URL and the identity's login, which only
 * the gateway sets.
 *
 * <p>Everything else is refused, so that no client can choose whom the backend logs in as
 * ({@code url}, {@code clientId}, {@code token}, {@code sudo}…) or what Calcite loads and how it
 * parses ({@code model}, {@code schemaFactory}, {@code lex}, {@code fun}…): Avatica's stock
 * server passes a client's properties straight to the backend driver.
 */
final class ClientProperties {
  /** SQLState of a refused connection: the server rejected the connection. */
  static final String REFUSED = "08004";
  /** Allowed keys, by lower case (the driver ignores case), to their canonical spelling. */
  private static final Map<String, String> ALLOWED = new TreeMap<>();

  static {
    for (String key : List.of("timeZone", "showHidden", "onTruncation", "rowLimit",
        "planCacheSize")) {
      ALLOWED.put(key.toLowerCase(Locale.ROOT), key);
    }
  }

  private ClientProperties() {
  }

  /** Returns the names of the properties a client may send. */
  static List<String> allowed() {
    return List.copyOf(ALLOWED.values());
  }

  /**
   * Returns the backend driver properties for a client's connection properties; throws an
   * {@link AvaticaRuntimeException} (SQLState 08004) naming every refused key.
   */
  static Properties backend(Map<String, String> client, Identity identity, String lookerUrl,
      long maxRows) {
    Properties out = new Properties();
    List<String> refused = new ArrayList<>();
    for (Map.Entry<String, String> e : new TreeMap<>(client == null ? Map.<String, String>of()
        : client).entrySet()) {
      String lower = e.getKey().toLowerCase(Locale.ROOT);
      String value = e.getValue() == null ? "" : e.getValue();
      String key = ALLOWED.get(lower);
      if (key != null) {
        out.setProperty(key, value);
      } else if (!matchesLogin(lower, value, identity)) {
        refused.add(e.getKey());
      }
    }
    if (!refused.isEmpty()) {
      throw refusal("The gateway refuses connection propert" + (refused.size() == 1 ? "y " : "ies ")
          + String.join(", ", refused) + ": the gateway sets the Looker URL, login and Calcite"
          + " settings itself; a client may set only " + String.join(", ", allowed())
          + " (credentials go in avatica_user/avatica_password or a bearer token)");
    }
    String rowLimit = out.getProperty("rowLimit");
    if (rowLimit == null) {
      out.setProperty("rowLimit", Long.toString(Math.min(maxRows, 50_000)));
    } else if (!rowLimit.strip().matches("\\d{1,18}") || Long.parseLong(rowLimit.strip()) > maxRows) {
      throw refusal("rowLimit \"" + rowLimit + "\" is not a whole number up to the gateway's"
          + " maximum of " + maxRows + " rows");
    }
    out.putAll(identity.driverProperties());
    out.setProperty("url", lookerUrl);
    return out;
  }

  /**
   * Returns whether a JDBC {@code user}/{@code password} only repeats the login (as tools do that
   * always send them): empty, or the pass-through caller's own client id and secret.
   */
  private static boolean matchesLogin(String lowerKey, String value, Identity identity) {
    if (!lowerKey.equals("user") && !lowerKey.equals("password")) {
      return false;
    }
    if (value.isEmpty()) {
      return true;
    }
    String own = identity.driverProperties().get(lowerKey.equals("user") ? "clientId" : "clientSecret");
    return identity.mode() == AuthMode.PASSTHROUGH && value.equals(own);
  }

  static AvaticaRuntimeException refusal(String message) {
    return new AvaticaRuntimeException(message, -1, REFUSED, AvaticaSeverity.ERROR);
  }
}
