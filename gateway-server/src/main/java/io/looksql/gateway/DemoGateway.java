package io.looksql.gateway;

import io.looksql.emulator.LookerEmulator;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo: the Looker emulator with the sample model and users, in process, and a gateway over
 * it with every authentication mode, printing ready thin-client URLs for users who see different
 * rows (region West against Northeast) and catalogs.
 */
final class DemoGateway implements AutoCloseable {
  /** Demo gateway users: name, password, Looker user they map to. */
  static final List<String[]> USERS = List.of(
      new String[] {"wendy", "wendy-demo", "wendy.west@example.com"},
      new String[] {"nora", "nora-demo", "nora.northeast@example.com"});

  private final LookerEmulator looker;
  private final GatewayServer gateway;

  private DemoGateway(LookerEmulator looker, GatewayServer gateway) {
    this.looker = looker;
    this.gateway = gateway;
  }

  /** Starts the emulator (sample model at {@code scale}) and a gateway on {@code port}. */
  static DemoGateway start(int port, double scale) {
    LookerEmulator looker = LookerEmulator.builder().scale(scale).port(0).start();
    try {
      // Few iterations: demo passwords are printed anyway; real users files use the default.
      List<String> lines = USERS.stream().map(u -> GatewayUsers.line(u[0], u[2],
          PasswordHash.create(u[1].toCharArray(), PasswordHash.MIN_ITERATIONS))).toList();
      GatewayServer gateway = GatewayServer.builder()
          .lookerUrl(looker.baseUrl())
          .serviceAccount(looker.adminClientId(), looker.adminClientSecret())
          .authModes(EnumSet.allOf(AuthMode.class))
          .users(GatewayUsers.parse(lines, "demo users"))
          .port(port)
          .start();
      return new DemoGateway(looker, gateway);
    } catch (RuntimeException e) {
      looker.close();
      throw e;
    }
  }

  /** Returns the gateway. */
  GatewayServer gateway() {
    return gateway;
  }

  /** Prints what to connect with. */
  void printUrls(PrintStream out) {
    String base = "jdbc:avatica:remote:url=" + gateway.url() + ";serialization=protobuf;";
    out.println("LookSQL gateway demo: Looker emulator at " + looker.baseUrl()
        + ", gateway at " + gateway.url());
    out.println();
    out.println("Gateway users (the service account sudoes as the Looker user):");
    for (String[] u : USERS) {
      out.println("  " + u[0] + " -> " + u[2] + ":");
      out.println("  " + base + "authentication=BASIC;avatica_user=" + u[0]
          + ";avatica_password=" + u[1]);
    }
    out.println();
    out.println("Pass-through (a Looker API3 client id and secret of your own):");
    out.println("  " + base + "authentication=BASIC;avatica_user=looksql-west"
        + ";avatica_password=looksql-west-secret");
    out.println();
    out.println("Bearer (a Looker access token; this one is nora's, from POST /login):");
    out.println("  " + base + "authentication=BEARER;bearer_token="
        + token("looksql-northeast", "looksql-northeast-secret"));
    out.println();
    out.println("Try: SELECT `users.region`, AGGREGATE(`order_items.count`) AS n"
        + " FROM ecommerce.order_items GROUP BY `users.region`");
    out.println("(wendy sees only West, nora only Northeast). Ctrl-C stops.");
  }

  private String token(String clientId, String secret) {
    try {
      HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create(looker.baseUrl() + "/api/4.0/login"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("client_id=" + clientId
              + "&client_secret=" + secret)).build(), HttpResponse.BodyHandlers.ofString());
      Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
      return m.find() ? m.group(1) : "(login failed: " + r.statusCode() + ")";
    } catch (Exception e) {
      return "(login failed: " + e + ")";
    }
  }

  @Override public void close() {
    try {
      gateway.close();
    } finally {
      looker.close();
    }
  }
}
