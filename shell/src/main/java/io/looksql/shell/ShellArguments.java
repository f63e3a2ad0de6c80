package io.looksql.shell;

import java.util.Map;
import java.util.Optional;

/**
 * Returns what {@code ./looksql} was asked to do: where to connect (the demo, a
 * {@code jdbc:looksql:} URL, or the {@code LOOKERSDK_*} environment) and what to run (a statement,
 * a script, or the interactive shell).
 *
 * @param demo whether to serve the sample model in-process and connect to it
 * @param url the {@code jdbc:looksql:} URL given, if any
 * @param statement the statement of {@code -e}, if any
 * @param script the file of {@code -f}, if any
 * @param help whether usage was asked for
 */
public record ShellArguments(boolean demo, Optional<String> url, Optional<String> statement,
    Optional<String> script, boolean help) {
  /** How to call the launcher. */
  public static final String USAGE = String.join("\n",
      "Usage: ./looksql [demo | jdbc:looksql:URL] [-e SQL | -f FILE]",
      "  demo               serve the sample e-commerce model in-process and connect to it",
      "  jdbc:looksql:...   connect to this URL (credentials in it, e.g. ;user=ID;password=SECRET)",
      "                     without either: connect to LOOKERSDK_BASE_URL with",
      "                     LOOKERSDK_CLIENT_ID and LOOKERSDK_CLIENT_SECRET",
      "  -e SQL             run one statement, print its rows as a table and exit",
      "  -f FILE            run a script of statements and sqlline commands and exit",
      "  without -e or -f: an interactive SQL shell (sqlline: history, completion, !help)");

  private static final String PREFIX = "jdbc:looksql:";

  /**
   * Returns the arguments parsed.
   *
   * @throws IllegalArgumentException naming the argument that is wrong
   */
  public static ShellArguments parse(String... args) {
    boolean demo = false;
    boolean help = false;
    String url = null;
    String statement = null;
    String script = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("-e")) {
        statement = value(args, ++i, arg, statement);
      } else if (arg.equals("-f")) {
        script = value(args, ++i, arg, script);
      } else if (arg.equals("-h") || arg.equals("--help")) {
        help = true;
      } else if (arg.equals("demo") && i == 0) {
        demo = true;
      } else if (arg.startsWith(PREFIX) && url == null) {
        url = arg;
      } else {
        throw new IllegalArgumentException("Unknown argument: " + arg);
      }
    }
    if (demo && url != null) {
      throw new IllegalArgumentException("demo connects to its own emulator: give no URL");
    }
    if (statement != null && script != null) {
      throw new IllegalArgumentException("-e and -f: give one of them");
    }
    return new ShellArguments(demo, Optional.ofNullable(url), Optional.ofNullable(statement),
        Optional.ofNullable(script), help);
  }

  private static String value(String[] args, int i, String option, String before) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    if (before != null) {
      throw new IllegalArgumentException(option + " is given twice");
    }
    return args[i];
  }

  /**
   * Returns the connection of a run that is not the demo: the URL given, or one made from the
   * {@code LOOKERSDK_*} variables of an environment.
   *
   * @throws IllegalArgumentException when there is neither
   */
  public ShellConnection connection(Map<String, String> environment) {
    if (url.isPresent()) {
      return new ShellConnection(url.get(), null, null);
    }
    String base = environment.get("LOOKERSDK_BASE_URL");
    if (base == null || base.isBlank()) {
      throw new IllegalArgumentException("Nothing to connect to: give a jdbc:looksql: URL, set "
          + "LOOKERSDK_BASE_URL (with LOOKERSDK_CLIENT_ID and LOOKERSDK_CLIENT_SECRET), or try "
          + "./looksql demo");
    }
    return new ShellConnection(PREFIX + "url=" + base.strip(),
        blankToNull(environment.get("LOOKERSDK_CLIENT_ID")),
        blankToNull(environment.get("LOOKERSDK_CLIENT_SECRET")));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
