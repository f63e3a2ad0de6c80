package io.looksql.gateway;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.calcite.avatica.remote.Driver.Serialization;

/**
 * Validated settings of one gateway, built by {@link GatewayServer.Builder}.
 *
 * @param lookerUrl Looker base URL
 * @param serviceClientId the service account's API3 client id (needed by {@link AuthMode#USERS})
 * @param serviceClientSecret the service account's API3 client secret
 * @param authModes the authentication modes switched on
 * @param users the gateway's users (for {@link AuthMode#USERS}), or null
 * @param credentialCache how long checked BASIC credentials are remembered
 * @param bearerCache how long a checked bearer token is remembered
 * @param host listen address
 * @param port listen port, 0 for any free one
 * @param serialization Avatica wire format
 * @param keystore TLS keystore, or null for plain HTTP
 * @param keystorePassword the keystore's password
 * @param keystoreType the keystore's type, e.g. PKCS12
 * @param connectionsPerIdentity most open connections of one identity
 * @param statementsPerIdentity most statements of one identity running at once
 * @param maxRows most rows one result may have; a bigger one fails
 * @param maxFrameRows most rows sent in one frame (whatever fetch size a client asks for)
 * @param connectionIdle idle time after which a connection is closed
 * @param statementIdle idle time after which a statement is closed
 * @param shutdownTimeout how long running requests may take to finish at shutdown
 * @param statementTimeout how long a statement may run before its Looker query is killed; zero:
 *     no limit
 * @param corsOrigins origins allowed to call from a browser; empty: CORS off
 */
public record GatewaySettings(String lookerUrl, String serviceClientId, String serviceClientSecret,
    Set<AuthMode> authModes, GatewayUsers users, Duration credentialCache, Duration bearerCache,
    String host, int port, Serialization serialization, Path keystore, String keystorePassword,
    String keystoreType, int connectionsPerIdentity, int statementsPerIdentity, long maxRows,
    int maxFrameRows, Duration connectionIdle, Duration statementIdle, Duration shutdownTimeout,
    Duration statementTimeout, List<String> corsOrigins) {

  /** Creates GatewaySettings; collections are copied. */
  public GatewaySettings {
    authModes = Set.copyOf(authModes);
    corsOrigins = List.copyOf(corsOrigins);
  }
}
