package io.looksql.emulator;

import io.looksql.emulator.lookml.LookmlLoader;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the emulator from the command line until killed:
 * {@code java -jar looker-emulator.jar [--port 19999] [--lookml DIR] [--jdbc-url URL [--load-sample]]
 * [--scale 1] [--users FILE] [--token-ttl SECONDS] [--faults]}.
 *
 * <p>Standard output gets exactly three lines, {@code LOOKERSDK_BASE_URL=},
 * {@code LOOKERSDK_CLIENT_ID=} and {@code LOOKERSDK_CLIENT_SECRET=} (the admin's demo
 * credentials), in the form Looker SDKs read from the environment; everything else goes to
 * standard error. Exit status 2 means bad arguments, 1 a failure to start.
 */
public final class EmulatorMain {
  /** Looker's traditional API port. */
  static final int DEFAULT_PORT = 19999;

  static final String USAGE = "Usage: java -jar looker-emulator.jar [--port 19999] [--lookml DIR]"
      + " [--jdbc-url URL [--load-sample]] [--scale 1] [--users FILE] [--token-ttl SECONDS] [--faults]";

  private EmulatorMain() {
  }

  /** Starts the emulator and serves until the process is killed. */
  public static void main(String[] args) throws InterruptedException {
    LookerEmulator.Builder builder;
    try {
      builder = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    } catch (RuntimeException e) {
      // Reading the --lookml directory failed.
      System.err.println("Cannot start the Looker emulator: " + e.getMessage());
      System.exit(1);
      return;
    }
    LookerEmulator emulator;
    try {
      emulator = builder.start();
    } catch (RuntimeException e) {
      System.err.println("Cannot start the Looker emulator: " + e.getMessage());
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(emulator::close, "looker-emulator-shutdown"));
    printEnvironment(emulator, System.out);
    System.err.println("Looker emulator serving the API at " + emulator.baseUrl() + "/api/4.0"
        + " (project " + emulator.project().name() + ")");
    if (Arrays.asList(args).contains("--lookml")) {
      reportExplores(emulator, System.err);
    }
    new CountDownLatch(1).await();
  }

  /**
   * Writes, explore by explore, whether the project's SQL runs on the emulator's database: a
   * project written for another database is served anyway, and its {@code sql} result format
   * shows the SQL of any query.
   */
  static void reportExplores(LookerEmulator emulator, PrintStream err) {
    try {
      for (ExploreCheck.Status status : emulator.checkExplores()) {
        err.println(status.describe(emulator.databaseName()));
      }
    } catch (SQLException e) {
      err.println("Cannot check the explores' SQL on the database: " + e.getMessage());
    }
    err.flush();
  }

  /** Writes the three {@code LOOKERSDK_*} lines. */
  static void printEnvironment(LookerEmulator emulator, PrintStream out) {
    out.println("LOOKERSDK_BASE_URL=" + emulator.baseUrl());
    // Empty when the users file gives no admin API credentials.
    out.println("LOOKERSDK_CLIENT_ID=" + Objects.toString(emulator.adminClientId(), ""));
    out.println("LOOKERSDK_CLIENT_SECRET=" + Objects.toString(emulator.adminClientSecret(), ""));
    out.flush();
  }

  /**
   * Returns a builder configured by the arguments.
   *
   * @throws IllegalArgumentException naming the bad argument
   */
  static LookerEmulator.Builder parse(String[] args) {
    LookerEmulator.Builder builder = LookerEmulator.builder().port(DEFAULT_PORT);
    boolean loadSample = false;
    boolean jdbcUrl = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
      case "--port":
        builder.port(parsePort(arg, value(args, ++i, arg)));
        break;
      case "--lookml":
        Path dir = Path.of(value(args, ++i, arg));
        if (!Files.isDirectory(dir)) {
          throw new IllegalArgumentException("--lookml: not a directory: " + dir);
        }
        Path name = dir.toAbsolutePath().normalize().getFileName();
        builder.projectName(name == null ? "lookml" : name.toString())
            .lookml(LookmlLoader.readDirectory(dir));
        break;
      case "--jdbc-url":
        builder.jdbcUrl(value(args, ++i, arg));
        jdbcUrl = true;
        break;
      case "--load-sample":
        loadSample = true;
        break;
      case "--scale":
        builder.scale(parseDouble(arg, value(args, ++i, arg)));
        break;
      case "--faults":
        builder.faults(true);
        break;
      case "--users":
        Path users = Path.of(value(args, ++i, arg));
        if (!Files.isRegularFile(users)) {
          throw new IllegalArgumentException("--users: not a file: " + users);
        }
        // Read now: an invalid file is a bad argument (exit 2), an unreadable one exit 1.
        builder.users(users);
        break;
      case "--token-ttl":
        builder.tokenTtl(Duration.ofSeconds(parseSeconds(arg, value(args, ++i, arg))));
        break;
      default:
        throw new IllegalArgumentException("Unknown argument: " + arg);
      }
    }
    if (loadSample && !jdbcUrl) {
      throw new IllegalArgumentException("--load-sample needs --jdbc-url (the default database"
          + " always holds the sample data)");
    }
    if (jdbcUrl) {
      builder.loadSample(loadSample);
    }
    return builder;
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static int parsePort(String option, String value) {
    try {
      int port = Integer.parseInt(value);
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException(option + ": not a port: " + value);
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + ": not a number: " + value);
    }
  }

  private static long parseSeconds(String option, String value) {
    try {
      long seconds = Long.parseLong(value);
      if (seconds < 1) {
        throw new IllegalArgumentException(option + ": must be at least 1 second: " + value);
      }
      return seconds;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + ": not a whole number of seconds: " + value);
    }
  }

  private static double parseDouble(String option, String value) {
    try {
      double d = Double.parseDouble(value);
      if (!(d > 0)) {
        throw new IllegalArgumentException(option + ": must be positive: " + value);
      }
      return d;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + ": not a number: " + value);
    }
  }
}
