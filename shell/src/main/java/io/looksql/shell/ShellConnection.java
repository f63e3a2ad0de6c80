package io.looksql.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Returns where the shell connects: a driver URL and, when they are not in it, the API
 * credentials, passed to the driver as {@code user} and {@code password}.
 *
 * @param url the {@code jdbc:looksql:} URL
 * @param user the API client id, or null when the URL (or the environment) holds it
 * @param password the API client secret, or null likewise
 */
public record ShellConnection(String url, String user, String password) {
  /** Returns the sqlline arguments that open this connection without asking for credentials. */
  public List<String> sqllineArguments() {
    List<String> args = new ArrayList<>(List.of("-u", url));
    if (user != null && password != null) {
      args.addAll(List.of("-n", user, "-p", password));
    }
    // LookSQL connections are read-only, with no transactions to isolate.
    args.addAll(List.of("--connectInteractionMode=notAskCredentials",
        "--isolation=TRANSACTION_NONE"));
    return args;
  }
}
