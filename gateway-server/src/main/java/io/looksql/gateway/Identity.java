package io.looksql.gateway;

import java.util.Map;
import java.util.Objects;

/**
 * An authenticated caller of the gateway and what its backend connections log in to Looker as.
 *
 * @param key what ownership is checked against, e.g. {@code user:alice}; never a secret
 * @param mode how the caller authenticated
 * @param lookerUser the Looker user the caller's statements run as (id or e-mail), for the audit
 * @param driverProperties the driver properties that log in as that user (secrets included);
 *     never shown
 */
public record Identity(String key, AuthMode mode, String lookerUser,
    Map<String, String> driverProperties) {

  /** Creates an Identity; the properties are copied. */
  public Identity {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(lookerUser, "lookerUser");
    driverProperties = Map.copyOf(driverProperties);
  }

  /** Returns the key and mode only: properties hold secrets. */
  @Override public String toString() {
    return key + " (" + mode.configName() + ")";
  }
}
