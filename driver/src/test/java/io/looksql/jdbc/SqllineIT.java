package io.looksql.jdbc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.looksql.emulator.LookerEmulator;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sqlline 1.12, in a JVM of its own with the one driver jar on its class path, runs a script
 * against the emulator: catalog commands, a query and a refused statement; its output is checked
 * against the sample LookML and plain SQL on the emulator's database.
 */
class SqllineIT {
  /** sqlline and the JLine modules it needs on a terminal-less run. */
  private static final List<String> SQLLINE_CLASSES = List.of("sqlline.SqlLine",
      "org.jline.terminal.Terminal", "org.jline.reader.LineReader",
      "org.jline.builtins.Completers", "org.jline.console.CommandRegistry",
      "org.jline.style.StyleResolver");

  @TempDir Path dir;

  @Test void scriptRunsThroughTheOneJar() throws Exception {
    String output = sqlline(String.join("\n",
        "!tables",
        "!columns products",
        "!primarykeys order_items",
        "select `products.category`, aggregate(`products.count`) as n from ecommerce.products "
            + "group by `products.category` order by `products.category`;",
        "select `products.brand` from ecommerce.products where `products.count` > 3;",
        ""));
    for (String explore : List.of("order_items", "orders", "products", "users")) {
      assertTrue(output.contains("'ecommerce','" + explore + "','TABLE'"), explore + "\n" + output);
    }
    assertTrue(output.contains("'products','products.brand','12','VARCHAR'"), output);
    // The LookML's primary_key dimension of an explore whose joins repeat no row of its base
    // view (products joins inventory_items one_to_many, so products.id is no key of its rows).
    assertTrue(output.contains("'ecommerce','order_items','order_items.id','1'"),
        "primary key\n" + output);
    for (String row : SharedLooker.plainRows(
        "select category, count(*) from products group by category order by category")) {
      String[] v = row.split("\\|");
      assertTrue(output.contains("'" + v[0] + "','" + v[1] + "'"), row + "\n" + output);
    }
    assertTrue(output.contains("state=0A000"), output);
  }

  /** Runs a script in sqlline as the emulator's admin; returns what it printed. */
  private String sqlline(String script) throws IOException, InterruptedException {
    Path file = dir.resolve("script.sql");
    Files.writeString(file, script, StandardCharsets.UTF_8);
    LookerEmulator looker = SharedLooker.emulator();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Duser.home=" + dir, "-cp", classPath(),
        "sqlline.SqlLine", "-u", Driver.PREFIX + "url=" + looker.baseUrl(),
        "-n", looker.adminClientId(), "-p", looker.adminClientSecret(),
        "--outputformat=csv", "--force=true", "--color=false",
        "--historyfile=" + dir.resolve("history"), "--run=" + file));
    Path out = dir.resolve("out.txt");
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(out.toFile()).redirectInput(ProcessBuilder.Redirect.from(file.toFile()))
        .start();
    if (!p.waitFor(3, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("sqlline did not finish:\n" + Files.readString(out));
    }
    // The exit status is not checked: with --force, the refused statement makes it non-zero.
    return Files.readString(out);
  }

  private static String classPath() {
    List<String> paths = new ArrayList<>();
    for (String name : SQLLINE_CLASSES) {
      try {
        paths.add(Path.of(Class.forName(name).getProtectionDomain().getCodeSource().getLocation()
            .toURI()).toString());
      } catch (ClassNotFoundException | URISyntaxException e) {
        throw new IllegalStateException("sqlline's class path: " + name, e);
      }
    }
    paths.add(OneJar.path().toString());
    return String.join(File.pathSeparator, paths);
  }
}
