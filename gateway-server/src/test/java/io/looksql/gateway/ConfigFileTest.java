package io.looksql.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.avatica.remote.Driver.Serialization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The config file, the users file and password hashes: every problem one line, naming its key. */
class ConfigFileTest {
  @TempDir Path dir;

  @Test void aGoodFileGivesItsSettings() throws Exception {
    Files.writeString(dir.resolve("users"), GatewayUsers.line("alice", "alice@example.com",
        PasswordHash.create("pw".toCharArray(), PasswordHash.MIN_ITERATIONS)) + "\n");
    Files.writeString(dir.resolve("gateway.properties"), String.join("\n",
        "looker.url = https://acme.looker.com/", "looker.clientId = svc",
        "looker.clientSecret = svc-secret", "auth.modes = users, bearer",
        "auth.usersFile = users", "listen.port = 0", "serialization = json",
        "limits.maxRows = 5000", "cors.allowedOrigins = https://a.example, http://b.example:8080"));
    GatewaySettings s = ConfigFile.read(dir.resolve("gateway.properties")).settings();
    assertEquals("https://acme.looker.com", s.lookerUrl());
    assertEquals(Set.of(AuthMode.USERS, AuthMode.BEARER), s.authModes());
    assertEquals(Serialization.JSON, s.serialization());
    assertEquals(5000, s.maxRows());
    assertEquals(1, s.users().size());
    assertEquals(List.of("https://a.example", "http://b.example:8080"), s.corsOrigins());
    assertEquals("127.0.0.1", s.host());
  }

  @Test void everyBadValueIsOneLineNamingItsKey() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ConfigFile.apply(Map.of("looker.url", "https://acme.looker.com",
            "auth.modes", "bearer, kerberos", "listen.port", "eighty",
            "serialization", "xml", "limits.maxRows", "0", "lsiten.host", "0.0.0.0",
            "idle.connectionSeconds", "-5"), dir));
    List<String> lines = List.of(e.getMessage().split("\n"));
    assertEquals(6, lines.size(), e.getMessage());
    for (String key : List.of("auth.modes: unknown mode \"kerberos\"", "listen.port: \"eighty\"",
        "serialization: \"xml\"", "limits.maxRows: 0 is not", "lsiten.host: unknown key",
        "idle.connectionSeconds: -5 is not")) {
      assertTrue(lines.stream().anyMatch(l -> l.startsWith(key)), () -> key + " in " + lines);
    }
  }

  @Test void missingSettingsAreNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ConfigFile.apply(Map.of("auth.modes", "users"), dir));
    List<String> lines = List.of(e.getMessage().split("\n"));
    assertTrue(lines.contains("looker.url: required"), lines::toString);
    assertTrue(lines.contains("auth.usersFile: required by auth mode users"), lines::toString);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("looker.clientId:")), lines::toString);
  }

  @Test void usersFileProblemsNameTheLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GatewayUsers.parse(List.of("# users", "alice = a@example.com pbkdf2-sha256:1:AA:BB",
            "bob a@example.com", "carol = c@example.com md5:abc", "bad name = x y"), "u.txt"));
    List<String> lines = List.of(e.getMessage().split("\n"));
    assertEquals(4, lines.size(), e.getMessage());
    assertTrue(lines.get(0).startsWith("u.txt:2: user \"alice\": iterations 1"), lines::toString);
    assertTrue(lines.get(1).startsWith("u.txt:3: expected NAME = LOOKER_USER HASH"), lines::toString);
    assertTrue(lines.get(2).startsWith("u.txt:4: user \"carol\": not a password hash"), lines::toString);
  }

  @Test void passwordHashesAreSaltedAndCheckTheirPassword() {
    PasswordHash a = PasswordHash.create("secret".toCharArray(), PasswordHash.MIN_ITERATIONS);
    PasswordHash b = PasswordHash.create("secret".toCharArray(), PasswordHash.MIN_ITERATIONS);
    assertFalse(a.toString().equals(b.toString()), "two hashes of one password differ by salt");
    PasswordHash parsed = PasswordHash.parse(a.toString());
    assertEquals(a, parsed);
    assertTrue(parsed.matches("secret".toCharArray()));
    assertFalse(parsed.matches("Secret".toCharArray()));
    assertFalse(parsed.matches("".toCharArray()));
  }
}
