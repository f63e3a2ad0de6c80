package io.looksql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dependency directions of {@code docs/architecture.md}: every module's main sources are read
 * and each use of a LookSQL package (an import or a qualified name) is checked against the table
 * there. A package that is in no row fails too, so the picture stays complete.
 */
class ArchitectureTest {
  private static final String L = "io.looksql.";
  private static final String CALCITE_JDBC = "org.apache.calcite.jdbc";
  private static final Set<String> CLIENT = Set.of(L + "client", L + "client.model");
  private static final Set<String> ANYTHING = Set.of("*");

  /** Emulator layers, lowest first; a package may use only lower layers. */
  private static final List<List<String>> EMULATOR_LAYERS = List.of(
      List.of("lookml"), List.of("sql"), List.of("expression", "filter", "users"),
      List.of("query"), List.of("format", "sample"), List.of("server"), List.of(""));

  /** Package (or package prefix, ending in {@code .}) to the packages it may use. */
  private static final Map<String, Set<String>> ALLOWED = new LinkedHashMap<>();

  static {
    ALLOWED.put(L + "client.model", Set.of());
    ALLOWED.put(L + "client", Set.of(L + "client.model"));
    ALLOWED.put(L + "catalog.lang", Set.of());
    ALLOWED.put(L + "catalog", CLIENT);
    ALLOWED.put(L + "catalog.exec", union(CLIENT, L + "catalog", L + "catalog.lang"));
    ALLOWED.put(L + "catalog.rel",
        union(CLIENT, L + "catalog", L + "catalog.lang", L + "catalog.exec"));
    Set<String> driver = union(CLIENT, L + "catalog", L + "catalog.lang", L + "catalog.exec",
        L + "catalog.rel", L + "jdbc", CALCITE_JDBC);
    ALLOWED.put(L + "jdbc", driver);
    ALLOWED.put(CALCITE_JDBC, driver);
    // Their demo modes start an emulator, through its entry point only.
    ALLOWED.put(L + "gateway.", union(CLIENT, L + "jdbc", L + "emulator"));
    ALLOWED.put(L + "shell.", union(CLIENT, L + "jdbc", L + "emulator"));
    ALLOWED.put(L + "benchmarks.", ANYTHING);
    ALLOWED.put(L + "examples.", ANYTHING);
  }

  private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
  private static final Pattern USE = Pattern.compile(
      "\\b((?:io\\.looksql|org\\.apache\\.calcite\\.jdbc)(?:\\.[a-z]\\w*)*)\\.[A-Z]");

  @Test void noPackageUsesOneItMustNot() throws IOException {
    Path root = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
    List<String> violations = new ArrayList<>();
    int files = 0;
    try (Stream<Path> modules = Files.list(root)) {
      for (Path module : modules.sorted().toList()) {
        Path sources = module.resolve("src/main/java");
        if (!Files.isDirectory(sources)) {
          continue;
        }
        try (Stream<Path> walk = Files.walk(sources)) {
          for (Path file : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
            files++;
            check(root.relativize(file).toString(), read(file), violations);
          }
        }
      }
    }
    assertTrue(files > 100, "the sources were found under " + root);
    assertEquals(List.of(), violations, "uses against docs/architecture.md");
  }

  @Test void theCheckSeesAForbiddenUse() {
    List<String> violations = new ArrayList<>();
    check("Leaf.java", "package io.looksql.catalog.lang;\n"
        + "import io.looksql.catalog.rel.LookerQuery;\n"
        + "/** Uses {@link io.looksql.jdbc.Driver}, in a comment only. */\n"
        + "class Leaf { io.looksql.catalog.LookerTable t; String s = \"io.looksql.jdbc.X\"; }\n",
        violations);
    assertEquals(List.of(
        "Leaf.java: io.looksql.catalog.lang uses io.looksql.catalog",
        "Leaf.java: io.looksql.catalog.lang uses io.looksql.catalog.rel"), violations);
    violations.clear();
    check("Query.java", "package io.looksql.emulator.lookml;\n"
        + "import io.looksql.emulator.query.QueryPlanner;\nclass Query {}\n", violations);
    assertEquals(List.of(
        "Query.java: io.looksql.emulator.lookml uses io.looksql.emulator.query"), violations);
  }

  private static void check(String file, String source, List<String> violations) {
    Matcher m = PACKAGE.matcher(source);
    if (!m.find()) {
      violations.add(file + ": no package declaration");
      return;
    }
    String from = m.group(1);
    String unknown = unknown(from);
    if (unknown != null) {
      violations.add(file + ": " + unknown);
      return;
    }
    String code = source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "")
        .replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
    Set<String> used = new TreeSet<>();
    Matcher u = USE.matcher(code);
    while (u.find()) {
      used.add(u.group(1));
    }
    used.remove(from);
    for (String to : used) {
      if (!allowed(from, to)) {
        violations.add(file + ": " + from + " uses " + to);
      }
    }
  }

  /** Returns why a package has no place in the picture, or null if it has one. */
  private static String unknown(String pkg) {
    if (pkg.equals(L + "emulator") || pkg.startsWith(L + "emulator.")) {
      return layer(pkg) == Integer.MAX_VALUE ? pkg + " is in no emulator layer" : null;
    }
    return rule(pkg) == null ? pkg + " has no row in docs/architecture.md" : null;
  }

  private static boolean allowed(String from, String to) {
    String emulator = L + "emulator";
    if (from.equals(emulator) || from.startsWith(emulator + ".")) {
      return to.startsWith(emulator) && layer(to) < layer(from)
          || layer(to) == layer(from) && group(to).equals(group(from));
    }
    Set<String> allowed = rule(from);
    return allowed != null && (allowed.contains("*") || allowed.contains(to));
  }

  /** Returns the table's row for a package, or null. */
  private static Set<String> rule(String from) {
    Set<String> exact = ALLOWED.get(from);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, Set<String>> e : ALLOWED.entrySet()) {
      String key = e.getKey();
      if (key.endsWith(".") && (from + ".").startsWith(key)) {
        return e.getValue();
      }
    }
    return null;
  }

  /** Returns the emulator sub-package a package belongs to: {@code query} for {@code query.x}. */
  private static String group(String pkg) {
    String rest = pkg.substring(Math.min(pkg.length(), (L + "emulator.").length()));
    int dot = rest.indexOf('.');
    return pkg.equals(L + "emulator") ? "" : dot < 0 ? rest : rest.substring(0, dot);
  }

  private static int layer(String pkg) {
    String group = group(pkg);
    for (int i = 0; i < EMULATOR_LAYERS.size(); i++) {
      if (EMULATOR_LAYERS.get(i).contains(group)) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

  private static Set<String> union(Set<String> base, String... more) {
    Set<String> all = new TreeSet<>(base);
    all.addAll(List.of(more));
    return Set.copyOf(all);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
