package io.looksql.jdbc;

import static org.junit.jupiter.api.Assertions.fail;

import io.looksql.emulator.LookerEmulator;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import net.hydromatic.quidem.Quidem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the Quidem scripts {@code src/test/resources/sql/*.iq} against one emulator and fails,
 * with a diff, where the output differs from the script.
 *
 * <p>A script holds, per statement, a {@code # why} comment, the SQL, the rows ({@code !ok}), the
 * plan with the Looker query JSON ({@code !plan}) or the error ({@code !error}), and for answered
 * statements the same question in plain SQL on the emulator's database ({@code !plain},
 * {@link PlainSqlCommand}), so that every expected answer is checked against the database.
 * Connections: {@code !use ecommerce} (UTC) and {@code !use ecommerce_la}
 * ({@code timeZone=America/Los_Angeles}), see {@link QuidemConnections}.
 *
 * <p>The actual output of each script is always written to {@code target/quidem/<name>.iq}. To
 * regenerate a script after an intended change, run this test, review the diff it prints (or
 * {@code diff src/test/resources/sql/x.iq target/quidem/x.iq}) and copy the file over the script.
 * A new statement can be written without its output (just SQL and {@code !ok}); the run fills it
 * in for review.
 */
class LooksqlQuidemTest {
  /**
   * What the emulator's clock says, so that anything relative to "now" in Looker (relative date
   * filters, token expiry) gives the same output on every run.
   */
  static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");

  private static LookerEmulator looker;

  @BeforeAll static void start() {
    looker = LookerEmulator.builder().scale(0.1).port(0)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC)).start();
  }

  @AfterAll static void stop() {
    looker.close();
  }

  static Stream<String> scripts() throws IOException, URISyntaxException {
    URL dir = LooksqlQuidemTest.class.getResource("/sql");
    if (dir == null) {
      throw new IllegalStateException("no sql/ directory on the test class path");
    }
    try (Stream<Path> files = Files.list(Paths.get(dir.toURI()))) {
      List<String> names = files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".iq")).sorted().toList();
      return names.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scripts")
  void script(String name) throws Exception {
    String expected = read(name);
    StringWriter actual = new StringWriter();
    Quidem.Config config = Quidem.configBuilder()
        .withReader(new StringReader(expected))
        .withWriter(actual)
        .withConnectionFactory(new QuidemConnections(looker))
        .withCommandHandler(PlainSqlCommand.HANDLER)
        // Error stacks are cut so scripts hold the message, not Calcite's internals.
        .withStackLimit(1024)
        .build();
    new Quidem(config).execute();
    Path out = Paths.get("target", "quidem", name);
    Files.createDirectories(out.getParent());
    Files.writeString(out, actual.toString(), StandardCharsets.UTF_8);
    String diff = LineDiff.diff(expected, actual.toString());
    if (!diff.isEmpty()) {
      fail("Output of sql/" + name + " differs from the script (- script, + actual); the whole "
          + "output is in " + out.toAbsolutePath() + "\n" + diff);
    }
  }

  private static String read(String name) throws IOException {
    try (var in = LooksqlQuidemTest.class.getResourceAsStream("/sql/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
