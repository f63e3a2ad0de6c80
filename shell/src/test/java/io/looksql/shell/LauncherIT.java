package io.looksql.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.looksql.emulator.LookerEmulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's {@code ./looksql} launcher, run as a user runs it (after the build made the
 * jars): on the demo, and on an emulator started here, reached through the {@code LOOKERSDK_*}
 * environment and through a URL; the rows it prints are checked against plain SQL on the
 * emulator's database.
 */
class LauncherIT {
  private static final Path LAUNCHER = Path.of("..", "looksql").toAbsolutePath().normalize();
  private static LookerEmulator looker;

  @TempDir Path dir;

  @BeforeAll static void start() {
    looker = LookerEmulator.builder().scale(0.05).port(0).start();
  }

  @AfterAll static void stop() {
    looker.close();
  }

  /** A result of the launcher: its exit status and everything it printed. */
  private record Run(int status, String output) {
  }

  @Test void demoRunsOneStatement() throws Exception {
    Run run = launch(Map.of(), "demo", "-e", "SELECT 1 + 1 AS two, 'a' AS b");
    assertEquals(0, run.status(), run.output());
    assertTrue(run.output().contains("| two | b |"), run.output());
    assertTrue(run.output().contains("| 2   | a |"), run.output());
  }

  @Test void statementOnTheLookerSdkEnvironment() throws Exception {
    Run run = launch(Map.of("LOOKERSDK_BASE_URL", looker.baseUrl(),
        "LOOKERSDK_CLIENT_ID", looker.adminClientId(),
        "LOOKERSDK_CLIENT_SECRET", looker.adminClientSecret()),
        "-e", "SELECT `products.category`, AGGREGATE(`products.count`) AS n "
            + "FROM ecommerce.products GROUP BY `products.category` ORDER BY 1");
    assertEquals(0, run.status(), run.output());
    assertRowsPrinted(run.output(),
        "select category, count(*) from products group by category order by 1");
  }

  @Test void scriptOnAUrl() throws Exception {
    Path script = dir.resolve("script.sql");
    Files.writeString(script, String.join("\n", "!tables",
        "SELECT `users.country`, COUNT(*) AS c FROM ecommerce.users GROUP BY 1 ORDER BY 1;", ""));
    Run run = launch(Map.of(), "jdbc:looksql:url=" + looker.baseUrl() + ";clientId="
        + looker.adminClientId() + ";clientSecret=" + looker.adminClientSecret(),
        "-f", script.toString());
    assertEquals(0, run.status(), run.output());
    assertTrue(run.output().contains("| order_items "), run.output());
    assertRowsPrinted(run.output(),
        "select country, count(*) from users group by country order by 1");
  }

  @Test void badArgumentsExitWithUsage() throws Exception {
    Run run = launch(Map.of(), "--frobnicate");
    assertEquals(2, run.status(), run.output());
    assertTrue(run.output().contains("Unknown argument: --frobnicate"), run.output());
    assertTrue(run.output().contains("Usage: ./looksql"), run.output());
  }

  /** Asserts that each row (two columns) of plain SQL is a row of sqlline's table. */
  private static void assertRowsPrinted(String output, String plainSql) throws SQLException {
    List<String> lines = output.lines().map(l -> l.replaceAll("\\s+", " ").strip()).toList();
    int rows = 0;
    try (Connection c = looker.dataSource().getConnection(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery(plainSql)) {
      for (; rs.next(); rows++) {
        String row = "| " + rs.getString(1) + " | " + rs.getString(2) + " |";
        assertTrue(lines.contains(row), row + "\n" + output);
      }
    }
    assertTrue(rows > 0, plainSql);
  }

  /** Runs the launcher with extra environment variables (LOOKERSDK_* removed otherwise). */
  private Run launch(Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("out.txt").toFile())
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    pb.environment().keySet().removeIf(k -> k.startsWith("LOOKERSDK_"));
    pb.environment().putAll(environment);
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().put("HOME", dir.toString());
    Process p = pb.start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("./looksql did not finish: "
          + Files.readString(dir.resolve("out.txt")));
    }
    return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt")));
  }
}
