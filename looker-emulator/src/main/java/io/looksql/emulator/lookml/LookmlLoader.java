package io.looksql.emulator.lookml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads a LookML project: parses its files and resolves includes, explores, joins and fields.
 *
 * <p>Every {@code <name>.model.lkml} file is the model {@code name}; other files contribute the
 * views and explores they declare to the models that include them. Errors are
 * {@link LookmlException}s whose message starts with {@code file:line:column: }; syntax errors
 * read {@code expected <what>, found <token>}.
 */
public final class LookmlLoader {
  private LookmlLoader() {
  }

  /**
   * Returns the project made of the given files; every {@code *.model.lkml} file is a model.
   *
   * <p>Defaults, as Looker has them: dimension {@code type} string and {@code sql}
   * {@code ${TABLE}.<name>}; dimension group timeframes raw, time, date, week, month, quarter,
   * year, {@code datatype} timestamp, {@code convert_tz} yes (no for dates); tier
   * {@code style} classic; join {@code relationship} many_to_one and {@code type} left_outer;
   * a view with neither {@code sql_table_name} nor {@code derived_table} reads the table named
   * like the view. Labels are only those written; dimension group members carry the group's.
   *
   * @param projectName name of the project
   * @param files the project's files, paths relative to the project root
   * @throws LookmlException for a syntax error or an unknown reference, naming file, line, column
   */
  public static Project load(String projectName, List<LookmlFile> files) {
    return ProjectBuilder.build(projectName, files);
  }

  /**
   * Returns the {@code .lkml} files under a directory, and the LookML dashboards
   * ({@code .dashboard.lookml}, read and ignored, but matched by includes), with paths relative
   * to it.
   *
   * <p>Paths use {@code /} on every platform and come sorted, so models load in a stable order.
   *
   * @throws UncheckedIOException when the directory or a file cannot be read
   */
  public static List<LookmlFile> readDirectory(Path directory) {
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(directory)) {
      paths = walk.filter(path -> path.toString().endsWith(".lkml")
              || path.toString().endsWith(".lookml"))
          .filter(Files::isRegularFile)
          .sorted(Comparator.comparing(path -> relative(directory, path)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list LookML files under " + directory, e);
    }
    List<LookmlFile> files = new ArrayList<>();
    for (Path path : paths) {
      try {
        files.add(new LookmlFile(relative(directory, path),
            Files.readString(path, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + path, e);
      }
    }
    return List.copyOf(files);
  }

  private static String relative(Path directory, Path file) {
    return directory.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }
}
