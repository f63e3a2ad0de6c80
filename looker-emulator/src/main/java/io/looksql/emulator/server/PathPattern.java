package io.looksql.emulator.server;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A pattern over request paths: a glob ({@code *} within a segment, {@code **} across segments,
 * {@code ?} one character) matching the whole path, or, when it starts with {@code ^}, a Java
 * regular expression found in the path.
 */
final class PathPattern {
  private final String source;
  private final Pattern regex;
  private final boolean whole;

  private PathPattern(String source, Pattern regex, boolean whole) {
    this.source = source;
    this.regex = regex;
    this.whole = whole;
  }

  /**
   * Returns the pattern written {@code source}.
   *
   * @throws IllegalArgumentException if a regular expression does not compile
   */
  static PathPattern of(String source) {
    if (source.startsWith("^")) {
      try {
        return new PathPattern(source, Pattern.compile(source), false);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException("invalid regular expression: " + e.getDescription(), e);
      }
    }
    return new PathPattern(source, Pattern.compile(globToRegex(source)), true);
  }

  /** Returns the pattern as written. */
  String source() {
    return source;
  }

  /** Returns whether the raw request path (without query string) matches. */
  boolean matches(String path) {
    return whole ? regex.matcher(path).matches() : regex.matcher(path).find();
  }

  private static String globToRegex(String glob) {
    StringBuilder re = new StringBuilder();
    int i = 0;
    while (i < glob.length()) {
      char c = glob.charAt(i);
      if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
        re.append(".*");
        i += 2;
        continue;
      }
      if (c == '*') {
        re.append("[^/]*");
      } else if (c == '?') {
        re.append("[^/]");
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
      i++;
    }
    return re.toString();
  }
}
