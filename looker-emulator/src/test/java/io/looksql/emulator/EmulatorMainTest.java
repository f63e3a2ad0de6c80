package io.looksql.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.looksql.emulator.server.TestPlanner;
import io.looksql.emulator.server.TestProject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Command-line parsing and the {@code LOOKERSDK_*} lines. */
class EmulatorMainTest {
  @Test void rejectsUsersFileAsNotSupportedYet() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EmulatorMain.parse(new String[] {"--users", "users.json"}));
    assertTrue(e.getMessage().contains("--users is not supported yet"), e.getMessage());
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
