package io.looksql.shell;

import io.looksql.emulator.LookerEmulator;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import sqlline.SqlLine;

/**
 * Runs the shell of {@code ./looksql}: sqlline on a LookSQL connection, with the driver from the
 * one jar on the class path. Exit status: 0 when every statement succeeded, 1 when one failed,
 * 2 for bad arguments.
 */
public final class LookSqlShell {
  /** Statements the demo suggests, in the order a newcomer would try them. */
  static final List<String> EXAMPLES = List.of(
      "!tables",
      "!columns order_items",
      "SELECT `products.category`, AGGREGATE(`products.count`) AS n FROM ecommerce.products"
          + " GROUP BY `products.category` ORDER BY n DESC;",
      "SELECT `users.country`, `order_items.total_sale_price` FROM ecommerce.order_items"
          + " WHERE `order_items.status` = 'Complete' GROUP BY 1 ORDER BY 2 DESC LIMIT 5;",
      "EXPLAIN PLAN FOR SELECT `products.brand`, COUNT(*) FROM ecommerce.products GROUP BY 1;");

  private LookSqlShell() {
  }

  /** Parses the arguments, connects and runs the shell; exits with its status. */
  public static void main(String[] args) throws IOException {
    ShellArguments arguments;
    ShellConnection connection = null;
    try {
      arguments = ShellArguments.parse(args);
      if (!arguments.demo() && !arguments.help()) {
        connection = arguments.connection(System.getenv());
      }
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(ShellArguments.USAGE);
      System.exit(2);
      return;
    }
    if (arguments.help()) {
      System.out.println(ShellArguments.USAGE);
      return;
    }
    if (!arguments.demo()) {
      System.exit(run(arguments, connection));
    }
    System.err.println("Starting the Looker emulator with the sample model...");
    int status;
    try (LookerEmulator looker = LookerEmulator.builder().scale(0.1).port(0).start()) {
      ShellConnection demo = new ShellConnection("jdbc:looksql:url=" + looker.baseUrl(),
          looker.adminClientId(), looker.adminClientSecret());
      if (arguments.statement().isEmpty() && arguments.script().isEmpty()) {
        printWelcome(looker, System.out);
      }
      status = run(arguments, demo);
    }
    System.exit(status);
  }

  /** Runs sqlline on a connection; returns the exit status. */
  static int run(ShellArguments arguments, ShellConnection connection) throws IOException {
    List<String> args = new ArrayList<>(connection.sqllineArguments());
    if (System.console() == null) {
      // No terminal (a pipe, a test): JLine's dumb terminal is 0 columns wide, which would cut
      // every column to nothing, and it warns that it is dumb.
      System.setProperty("org.jline.terminal.dumb", "true");
      args.add("--maxWidth=" + Math.max(80, intOr(System.getenv("COLUMNS"), 200)));
    }
    arguments.statement().ifPresent(sql -> args.addAll(List.of("-e", sql)));
    arguments.script().ifPresent(file -> args.add("--run=" + file));
    SqlLine.Status status = SqlLine.start(args.toArray(String[]::new), null, true);
    return status == SqlLine.Status.OK ? 0 : status == SqlLine.Status.ARGS ? 2 : 1;
  }

  private static int intOr(String s, int otherwise) {
    try {
      return s == null ? otherwise : Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }

  private static void printWelcome(LookerEmulator looker, PrintStream out) {
    out.println("LookSQL demo: the Looker emulator serves the sample e-commerce model at "
        + looker.baseUrl() + ".");
    out.println("Schemas are LookML models, tables explores, columns `view.field`. Try:");
    out.println();
    for (String example : EXAMPLES) {
      out.println("  " + example);
    }
    out.println();
    out.println("!help lists sqlline's commands; !quit leaves.");
    out.flush();
  }
}
