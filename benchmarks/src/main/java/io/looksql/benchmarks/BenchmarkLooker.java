package io.looksql.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.looksql.client.LookerClient;
import io.looksql.client.LookerClientConfig;
import io.looksql.emulator.LookerEmulator;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;

/** The emulator the harnesses measure against, and the ways they reach it as its admin. */
final class BenchmarkLooker {
  private BenchmarkLooker() {
  }

  /**
   * Starts an emulator with the sample model at a scale, on an H2 file database in a new
   * temporary directory: an in-memory one would hold every row on the heap the harnesses sample.
   */
  static LookerEmulator start(double scale) throws IOException {
    String db = Files.createTempDirectory("looksql-bench").resolve("bench").toString();
    return LookerEmulator.builder().jdbcUrl("jdbc:h2:file:" + db + ";DB_CLOSE_DELAY=-1")
        .loadSample(true).scale(scale).port(0).start();
  }

  /** Returns a looker-client with the emulator's admin credentials. */
  static LookerClient adminClient(LookerEmulator emulator) {
    return LookerClient.create(LookerClientConfig.builder()
        .baseUrl(emulator.baseUrl()).clientId(emulator.adminClientId())
        .clientSecret(emulator.adminClientSecret()).environment(Map.of()).build());
  }

  /** Returns the driver URL of the emulator's admin, with extra {@code ;key=value}s. */
  static String driverUrl(LookerEmulator emulator, String extra) {
    return "jdbc:looksql:url=" + emulator.baseUrl() + ";clientId=" + emulator.adminClientId()
        + ";clientSecret=" + emulator.adminClientSecret() + extra;
  }

  /** Logs in with the bare HttpClient, for the baselines; returns the access token. */
  static String login(HttpClient http, LookerEmulator emulator) throws Exception {
    String form = "client_id=" + URLEncoder.encode(emulator.adminClientId(), UTF_8)
        + "&client_secret=" + URLEncoder.encode(emulator.adminClientSecret(), UTF_8);
    HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/api/4.0/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    int at = body.indexOf("\"access_token\":\"") + 16;
    return body.substring(at, body.indexOf('"', at));
  }
}
