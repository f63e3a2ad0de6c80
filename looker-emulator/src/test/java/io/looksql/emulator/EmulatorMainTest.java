package io.looksql.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.looksql.emulator.server.TestPlanner;
import io.looksql.emulator.server.TestProject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Command-line parsing, the users file and token TTL options, and the {@code LOOKERSDK_*} lines. */
class EmulatorMainTest {
  @Test void usersFileAndTokenTtlConfigureTheServer(@TempDir Path dir) throws Exception {
    Path users = dir.resolve("users.json");
    Files.writeString(users, """
        {"roles": [{"id": "9", "name": "Admin",
                    "permission_set": {"id": "1", "name": "Admin", "all_access": true},
                    "model_set": {"id": "1", "name": "All", "all_access": true}}],
         "users": [{"id": "42", "first_name": "Ops", "last_name": "Admin",
                    "email": "ops@example.com", "role_ids": ["9"],
                    "credentials_api3": [{"client_id": "ops-id", "client_secret": "ops-secret"}]}]}
        """);
    String url = "jdbc:h2:mem:main-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    try (LookerEmulator looker = EmulatorMain.parse(new String[] {"--port", "0", "--users",
        users.toString(), "--token-ttl", "7"}).project(TestProject.project())
        .planner(new TestPlanner(TestProject.project())).jdbcUrl(url).start()) {
      assertEquals("ops-id", looker.adminClientId());
      assertEquals("42", looker.users().users().get(0).id());
      HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create(looker.baseUrl() + "/api/4.0/login"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("client_id=ops-id&client_secret=ops-secret"))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, login.statusCode(), login.body());
      assertTrue(login.body().contains("\"expires_in\":7"), login.body());
    }
  }

  @Test void rejectsBadUsersFilesAndTokenTtls(@TempDir Path dir) throws Exception {
    assertBad("--users: not a file", "--users", dir.resolve("none.json").toString());
    assertBad("--users needs a value", "--users");
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"users\": [{\"id\": \"1\", \"role_ids\": [\"7\"]}]}");
    assertBad(bad + ": invalid users file: user '1' has unknown role '7'", "--users", bad.toString());
    assertBad("--token-ttl: must be at least 1 second: 0", "--token-ttl", "0");
    assertBad("--token-ttl: not a whole number of seconds: 1.5", "--token-ttl", "1.5");
  }

  @Test void rejectsBadArguments() {
    assertBad("Unknown argument: --nope", "--nope");
    assertBad("--port: not a number: x", "--port", "x");
    assertBad("--port: not a port: 70000", "--port", "70000");
    assertBad("--port needs a value", "--port");
    assertBad("--scale: not a number: big", "--scale", "big");
    assertBad("--scale: must be positive: 0", "--scale", "0");
    assertBad("--load-sample needs --jdbc-url", "--load-sample");
    assertBad("--lookml: not a directory", "--lookml", "/no/such/dir");
  }

  @Test void acceptsValidArguments() {
    EmulatorMain.parse(new String[] {"--port", "0", "--jdbc-url", "jdbc:h2:mem:x", "--load-sample",
        "--scale", "0.5"});
    EmulatorMain.parse(new String[0]);
  }

  @Test void printsExactlyTheThreeSdkVariables() {
    String url = "jdbc:h2:mem:main-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    try (LookerEmulator looker = LookerEmulator.builder().project(TestProject.project())
        .planner(new TestPlanner(TestProject.project())).jdbcUrl(url).start()) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      EmulatorMain.printEnvironment(looker, new PrintStream(bytes, true, StandardCharsets.UTF_8));
      assertEquals("LOOKERSDK_BASE_URL=" + looker.baseUrl() + "\n"
          + "LOOKERSDK_CLIENT_ID=looksql-admin\n"
          + "LOOKERSDK_CLIENT_SECRET=looksql-admin-secret\n",
          bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    }
  }

  private static void assertBad(String message, String... args) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EmulatorMain.parse(args));
    assertTrue(e.getMessage().startsWith(message), e.getMessage());
  }
}
