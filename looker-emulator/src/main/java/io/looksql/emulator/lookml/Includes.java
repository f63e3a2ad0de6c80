package io.looksql.emulator.lookml;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Matcher of {@code include} globs against project-relative file paths.
 *
 * <p>Globs are relative to the project root with or without a leading {@code /}; {@code *}
 * matches within one path segment and {@code **} across segments. A glob without the
 * {@code .lkml} suffix also matches with it ({@code *.view} matches {@code orders.view.lkml}),
 * as older LookML projects write them, and {@code *.dashboard} matches {@code .dashboard.lookml}.
 */
final class Includes {
  private static final String SUFFIX = ".lkml";
  private static final String DASHBOARD_SUFFIX = ".lookml";

  private Includes() {
  }

  /** Returns whether a glob matches a project-relative path. */
  static boolean matches(String glob, String path) {
    return matcher(glob).test(path);
  }

  /** Returns the test of a glob against project-relative paths, compiled once. */
  static Predicate<String> matcher(String glob) {
    String pattern = normalize(glob);
    StringBuilder regex = new StringBuilder(compile(pattern));
    if (!pattern.endsWith(SUFFIX)) {
      regex.append("(?:").append(Pattern.quote(SUFFIX)).append(")?");
    }
    if (pattern.endsWith(".dashboard")) {
      regex.append("(?:").append(Pattern.quote(DASHBOARD_SUFFIX)).append(")?");
    }
    Pattern compiled = Pattern.compile(regex.toString());
    return path -> compiled.matcher(normalize(path)).matches();
  }

  /** Returns a path with {@code /} separators and without a leading {@code /} or {@code ./}. */
  static String normalize(String path) {
    String normalized = path.replace('\\', '/');
    while (normalized.startsWith("/") || normalized.startsWith("./")) {
      normalized = normalized.substring(normalized.startsWith("/") ? 1 : 2);
    }
    return normalized;
  }

  private static String compile(String glob) {
    StringBuilder regex = new StringBuilder();
    int i = 0;
    while (i < glob.length()) {
      char c = glob.charAt(i);
      if (glob.startsWith("**/", i)) {
        // "views/**/x" also matches "views/x": zero or more whole segments.
        regex.append("(?:.*/)?");
        i += 3;
      } else if (glob.startsWith("**", i)) {
        regex.append(".*");
        i += 2;
      } else if (c == '*') {
        regex.append("[^/]*");
        i++;
      } else if (c == '?') {
        regex.append("[^/]");
        i++;
      } else {
        regex.append(Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c);
        i++;
      }
    }
    return regex.toString();
  }
}
