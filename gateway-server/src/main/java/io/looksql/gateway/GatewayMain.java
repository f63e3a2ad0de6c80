package io.looksql.gateway;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The command line: {@code --config FILE} runs a gateway, {@code --demo [--port N]} runs the demo
 * (emulator and gateway in process), {@code --hash-password} reads a password and prints its
 * users-file hash.
 */
public final class GatewayMain {
  private GatewayMain() {
  }

  /** Runs the command line; exits 2 on bad arguments or config. */
  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("--config")) {
      GatewayServer.Builder builder;
      try {
        builder = ConfigFile.read(Path.of(args[1]));
      } catch (IllegalArgumentException e) {
        for (String line : e.getMessage().split("\n")) {
          System.err.println("config " + args[1] + ": " + line);
        }
        System.exit(2);
        return;
      } catch (java.io.IOException e) {
        System.err.println("config " + args[1] + ": can't read: " + e.getMessage());
        System.exit(2);
        return;
      }
      GatewayServer gateway = builder.start();
      System.out.println("LookSQL gateway at " + gateway.url());
      runUntilStopped(gateway);
    } else if (args.length >= 1 && args[0].equals("--demo")) {
      int port = 8765;
      if (args.length == 3 && args[1].equals("--port")) {
        port = Integer.parseInt(args[2]);
      } else if (args.length != 1) {
        usage();
        return;
      }
      DemoGateway demo = DemoGateway.start(port, 0.1);
      demo.printUrls(System.out);
      runUntilStopped(demo);
    } else if (args.length == 1 && args[0].equals("--hash-password")) {
      char[] password = readPassword();
      System.out.println(PasswordHash.create(password, PasswordHash.DEFAULT_ITERATIONS));
    } else {
      usage();
    }
  }

  private static void usage() {
    System.err.println("usage: java -jar looksql-gateway.jar --config FILE"
        + " | --demo [--port N] | --hash-password");
    System.exit(2);
  }

  private static char[] readPassword() throws java.io.IOException {
    Console console = System.console();
    if (console != null) {
      return console.readPassword("password: ");
    }
    String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
        .readLine();
    if (line == null || line.isEmpty()) {
      System.err.println("no password on standard input");
      System.exit(2);
    }
    return line.toCharArray();
  }

  /** Blocks until the JVM is asked to stop, then closes {@code running} gracefully. */
  private static void runUntilStopped(AutoCloseable running) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        running.close();
      } catch (Exception e) {
        System.err.println("shutdown: " + e);
      } finally {
        stopped.countDown();
      }
    }));
    stopped.await();
  }
}
