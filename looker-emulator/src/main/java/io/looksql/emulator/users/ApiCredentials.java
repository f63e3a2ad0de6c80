package io.looksql.emulator.users;

import java.util.Objects;

/**
 * A user's API3 key, what {@code POST /login} takes.
 *
 * @param clientId client id, unique among all users
 * @param clientSecret client secret
 */
public record ApiCredentials(String clientId, String clientSecret) {
  /** Creates ApiCredentials. */
  public ApiCredentials {
    Objects.requireNonNull(clientId, "credentials_api3.client_id");
    Objects.requireNonNull(clientSecret, "credentials_api3.client_secret");
  }
}
