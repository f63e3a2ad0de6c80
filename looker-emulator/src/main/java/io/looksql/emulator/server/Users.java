package io.looksql.emulator.server;

import io.looksql.emulator.users.ApiCredentials;
import io.looksql.emulator.users.UserAccess;
import io.looksql.emulator.users.UserAccount;
import io.looksql.emulator.users.UsersConfig;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/** The users of the emulator and how API3 credentials identify them. */
final class Users {
  private final UsersConfig config;
  private final List<ApiUser> users = new ArrayList<>();

  Users(UsersConfig config) {
    this.config = config;
    for (UserAccount account : config.users()) {
      users.add(new ApiUser(account, UserAccess.of(config, account), config.attributeValues(account)));
    }
  }

  /** Returns the users, roles and attributes served. */
  UsersConfig config() {
    return config;
  }

  /** Returns every user, in file order. */
  List<ApiUser> all() {
    return List.copyOf(users);
  }

  /** Returns the API3 key of the first enabled admin that has one, or null. */
  ApiCredentials adminCredentials() {
    for (ApiUser u : users) {
      if (u.isAdmin() && !u.account().isDisabled() && !u.account().credentialsApi3().isEmpty()) {
        return u.account().credentialsApi3().get(0);
      }
    }
    return null;
  }

  /** Returns the enabled user with these API3 credentials, or null. */
  ApiUser authenticate(String clientId, String clientSecret) {
    if (clientId == null || clientSecret == null) {
      return null;
    }
    for (ApiUser u : users) {
      for (ApiCredentials c : u.account().credentialsApi3()) {
        // Constant-time comparison, so the secret cannot be guessed from response times.
        if (c.clientId().equals(clientId) && MessageDigest.isEqual(
            c.clientSecret().getBytes(StandardCharsets.UTF_8),
            clientSecret.getBytes(StandardCharsets.UTF_8))) {
          return u.account().isDisabled() ? null : u;
        }
      }
    }
    return null;
  }

  /** Returns the user with the given id, or null. */
  ApiUser byId(String id) {
    for (ApiUser u : users) {
      if (u.id().equals(id)) {
        return u;
      }
    }
    return null;
  }
}
