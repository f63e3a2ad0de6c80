package io.looksql.emulator.users;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The built-in users for the sample project, read from the classpath file
 * {@code sample-users.json} (itself a users file, so it doubles as the format's example).
 *
 * <table>
 *   <caption>Sample users; secrets are the client id plus {@code -secret}</caption>
 *   <tr><th>id</th><th>user</th><th>role</th><th>client id</th><th>region</th></tr>
 *   <tr><td>1</td><td>admin@example.com</td><td>Admin</td><td>looksql-admin</td><td>%</td></tr>
 *   <tr><td>2</td><td>wendy.west@example.com</td><td>Analyst</td><td>looksql-west</td><td>West</td></tr>
 *   <tr><td>3</td><td>nora.northeast@example.com</td><td>Viewer (no see_lookml)</td>
 *       <td>looksql-northeast</td><td>Northeast</td></tr>
 *   <tr><td>4</td><td>mark.marketing@example.com</td><td>Marketing Analyst (model "marketing"
 *       only)</td><td>looksql-marketing</td><td>West</td></tr>
 *   <tr><td>5</td><td>sam.south@example.com</td><td>Analyst</td><td>none (sudo only)</td>
 *       <td>South</td></tr>
 *   <tr><td>6</td><td>dora.disabled@example.com (disabled)</td><td>Analyst</td>
 *       <td>looksql-disabled</td><td>West</td></tr>
 *   <tr><td>7</td><td>nick.noregion@example.com</td><td>Analyst</td><td>looksql-noregion</td>
 *       <td>none</td></tr>
 * </table>
 */
final class SampleUsers {
  private static final String RESOURCE = "/io/looksql/emulator/users/sample-users.json";

  private SampleUsers() {
  }

  static UsersConfig config() {
    try (InputStream in = SampleUsers.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Sample users missing from the classpath: " + RESOURCE);
      }
      return UsersFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
  }
}
