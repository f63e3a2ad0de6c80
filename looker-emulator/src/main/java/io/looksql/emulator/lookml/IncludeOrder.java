package io.looksql.emulator.lookml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The files a model includes, directly or through the {@code include}s of included files, in
 * the order Looker applies them: each include in turn, the files a glob matches in path order,
 * and a file's own includes before it. That order is the order of refinements.
 *
 * <p>A remote include {@code "//project/path"} is read from the local copy of that project under
 * {@code imported_projects/project/}, where Looker's IDE shows imported projects; without one it
 * is an error.
 */
final class IncludeOrder {
  /** Where local copies of imported projects are. */
  static final String IMPORTED = "imported_projects/";

  private final List<ParsedFile> all;
  private final Set<ParsedFile> visited = Collections.newSetFromMap(new IdentityHashMap<>());
  private final List<ParsedFile> ordered = new ArrayList<>();
  private final Map<String, Predicate<String>> globs = new HashMap<>();

  private IncludeOrder(List<ParsedFile> all) {
    this.all = all;
  }

  /** Returns the declaration files a model includes, in application order, each once. */
  static List<ParsedFile> of(ParsedFile model, List<ParsedFile> all) {
    IncludeOrder order = new IncludeOrder(all);
    order.visited.add(model);
    order.includesOf(model);
    return order.ordered;
  }

  private void includesOf(ParsedFile file) {
    for (Node include : file.pairs()) {
      if (!include.key().equals("include")) {
        continue;
      }
      if (!(include.value() instanceof Value.Scalar glob) || glob.kind() != Token.Kind.STRING) {
        Params.fail(include.value().position(), "expected a quoted path after 'include:', found "
            + include.value().describe());
        return;
      }
      Predicate<String> pattern = globs.computeIfAbsent(
          localPattern((Value.Scalar) include.value()), Includes::matcher);
      boolean matched = false;
      for (ParsedFile candidate : all) {
        // A model is never part of another model, so globs such as "**/*.lkml" skip models.
        if (candidate.kind() != FileKind.MODEL && candidate.kind() != FileKind.MANIFEST
            && pattern.test(candidate.file().path())) {
          matched = true;
          if (visited.add(candidate)) {
            includesOf(candidate);
            ordered.add(candidate);
          }
        }
      }
      if (!matched) {
        Params.fail(include.value().position(), "include \"" + ((Value.Scalar) include.value())
            .text() + "\" matches no file");
      }
    }
  }

  /** Returns the glob to match: a remote include's path inside the local copy of its project. */
  private String localPattern(Value.Scalar include) {
    String glob = include.text();
    if (!glob.startsWith("//")) {
      return glob;
    }
    int slash = glob.indexOf('/', 2);
    String project = slash < 0 ? glob.substring(2) : glob.substring(2, slash);
    String local = IMPORTED + project + "/";
    for (ParsedFile candidate : all) {
      if (Includes.normalize(candidate.file().path()).startsWith(local)) {
        return local + (slash < 0 ? "**" : glob.substring(slash + 1));
      }
    }
    return Params.fail(include.position(), "include \"" + glob + "\" names project '" + project
        + "', which is not available locally: remote projects are not fetched; put a copy of it"
        + " under " + local + " in this project");
  }
}
