package io.looksql.gateway;

import java.util.Locale;

/** How a caller proves who it is; several can be switched on at once. */
public enum AuthMode {
  /** HTTP BASIC against the gateway's users file; the service account sudoes as the mapped user. */
  USERS,
  /** HTTP BASIC with the caller's own Looker API3 client id and secret. */
  PASSTHROUGH,
  /** {@code Authorization: Bearer} with a Looker access token. */
  BEARER;

  /** Returns the name used in the config file, e.g. {@code passthrough}. */
  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
