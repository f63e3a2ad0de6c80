package io.looksql.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The gateway's own users, from a users file: one line per user,
 * {@code NAME = LOOKER_USER HASH}, where LOOKER_USER is the e-mail or id of the Looker user the
 * service account sudoes as and HASH a {@link PasswordHash}. Blank lines and lines starting with
 * {@code #} are ignored.
 */
public final class GatewayUsers {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

  /** One user of the file. */
  record User(String name, String lookerUser, PasswordHash hash) {
  }

  private final Map<String, User> users;

  private GatewayUsers(Map<String, User> users) {
    this.users = Map.copyOf(users);
  }

  /** Returns the users read from a file; throws IllegalArgumentException with one line per problem. */
  public static GatewayUsers load(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
  }

  /** Returns the users of a file's lines; {@code source} names the file in errors. */
  static GatewayUsers parse(List<String> lines, String source) {
    Map<String, User> users = new LinkedHashMap<>();
    List<String> errors = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = source + ":" + (i + 1) + ": ";
      int eq = line.indexOf('=');
      String[] value = eq < 0 ? new String[0] : line.substring(eq + 1).strip().split("\\s+");
      if (eq < 0 || value.length != 2) {
        errors.add(where + "expected NAME = LOOKER_USER HASH");
        continue;
      }
      String name = line.substring(0, eq).strip();
      if (!NAME.matcher(name).matches()) {
        errors.add(where + "user name \"" + name + "\" is not 1-64 of A-Z a-z 0-9 . _ @ -");
      } else if (users.containsKey(name)) {
        errors.add(where + "user \"" + name + "\" is defined twice");
      } else {
        try {
          users.put(name, new User(name, value[0], PasswordHash.parse(value[1])));
        } catch (IllegalArgumentException e) {
          errors.add(where + "user \"" + name + "\": " + e.getMessage());
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", errors));
    }
    return new GatewayUsers(users);
  }

  /** Returns a users file line for a user. */
  public static String line(String name, String lookerUser, PasswordHash hash) {
    return name + " = " + lookerUser + " " + hash;
  }

  /** Returns the user with this name, or null. */
  User find(String name) {
    return users.get(name);
  }

  /** Returns how many users there are. */
  public int size() {
    return users.size();
  }
}
