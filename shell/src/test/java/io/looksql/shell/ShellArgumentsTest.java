package io.looksql.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShellArgumentsTest {
  @Test void demoWithStatement() {
    ShellArguments a = ShellArguments.parse("demo", "-e", "SELECT 1");
    assertTrue(a.demo());
    assertEquals(Optional.of("SELECT 1"), a.statement());
    assertEquals(Optional.empty(), a.script());
  }

  @Test void urlWithScript() {
    ShellArguments a = ShellArguments.parse("jdbc:looksql:url=http://127.0.0.1:1", "-f", "x.sql");
    assertFalse(a.demo());
    assertEquals(Optional.of("x.sql"), a.script());
    ShellConnection c = a.connection(Map.of("LOOKERSDK_BASE_URL", "http://ignored"));
    assertEquals(List.of("-u", "jdbc:looksql:url=http://127.0.0.1:1",
        "--connectInteractionMode=notAskCredentials", "--isolation=TRANSACTION_NONE"),
        c.sqllineArguments());
  }

  @Test void environmentGivesUrlAndCredentials() {
    ShellConnection c = ShellArguments.parse().connection(Map.of(
        "LOOKERSDK_BASE_URL", "https://acme.looker.com ", "LOOKERSDK_CLIENT_ID", "id",
        "LOOKERSDK_CLIENT_SECRET", "secret"));
    assertEquals(new ShellConnection("jdbc:looksql:url=https://acme.looker.com", "id", "secret"),
        c);
    assertEquals(List.of("-u", "jdbc:looksql:url=https://acme.looker.com", "-n", "id",
        "-p", "secret", "--connectInteractionMode=notAskCredentials",
        "--isolation=TRANSACTION_NONE"), c.sqllineArguments());
  }

  @Test void nothingToConnectToSaysWhatToGive() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ShellArguments.parse().connection(Map.of()));
    assertTrue(e.getMessage().contains("LOOKERSDK_BASE_URL"), e.getMessage());
    assertTrue(e.getMessage().contains("./looksql demo"), e.getMessage());
  }

  @Test void badArgumentsAreNamed() {
    assertEquals("Unknown argument: --nope",
        assertThrows(IllegalArgumentException.class, () -> ShellArguments.parse("--nope"))
            .getMessage());
    assertEquals("-e needs a value",
        assertThrows(IllegalArgumentException.class, () -> ShellArguments.parse("-e"))
            .getMessage());
    assertEquals("-e and -f: give one of them", assertThrows(IllegalArgumentException.class,
        () -> ShellArguments.parse("-e", "x", "-f", "y")).getMessage());
    assertEquals("demo connects to its own emulator: give no URL",
        assertThrows(IllegalArgumentException.class,
            () -> ShellArguments.parse("demo", "jdbc:looksql:url=x")).getMessage());
    assertEquals("Unknown argument: demo",
        assertThrows(IllegalArgumentException.class, () -> ShellArguments.parse("-e", "x", "demo"))
            .getMessage());
  }
}
