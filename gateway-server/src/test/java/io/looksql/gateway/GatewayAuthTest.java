package io.looksql.gateway;

import static io.looksql.gateway.GatewayFixture.REGION;
import static io.looksql.gateway.GatewayFixture.basic;
import static io.looksql.gateway.GatewayFixture.plain;
import static io.looksql.gateway.GatewayFixture.rows;
import static io.looksql.gateway.GatewayFixture.url;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Base64;
import java.util.List;
import org.apache.calcite.avatica.remote.Driver.Serialization;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each authentication mode through the real thin client, over protobuf and JSON: the rows each
 * identity sees are its Looker user's (the sample's access filter on region), checked against
 * plain SQL; bad credentials get a bare 401.
 */
class GatewayAuthTest {
  private static final String BY_REGION = "SELECT `users.region`, AGGREGATE(`users.count`)"
      + " FROM ecommerce.users GROUP BY `users.region` ORDER BY 1";
  private static GatewayPair gateways;

  @BeforeAll static void start() {
    gateways = new GatewayPair();
  }

  @AfterAll static void stop() {
    gateways.close();
  }

  private static GatewayServer gateway(Serialization s) {
    return gateways.get(s);
  }

  /** The users of one region, by plain SQL over the sample tables. */
  private static List<String> region(String region) throws Exception {
    return plain("select r, count(*) from (select " + REGION + " r from users u) t where r = '"
        + region + "' group by r");
  }

  @ParameterizedTest @EnumSource(value = Serialization.class, names = {"PROTOBUF", "JSON"})
  void gatewayUsersSeeTheirLookerUsersRows(Serialization s) throws Exception {
    try (Connection wendy = ThinClient.connect(url(gateway(s), basic("wendy", "wendy-pw")));
        Connection nora = ThinClient.connect(url(gateway(s), basic("nora", "nora-pw")))) {
      List<String> west = rows(wendy, BY_REGION);
      List<String> northeast = rows(nora, BY_REGION);
      assertEquals(region("West"), west);
      assertEquals(region("Northeast"), northeast);
      assertFalse(west.isEmpty());
      assertFalse(northeast.isEmpty());
    }
  }

  @ParameterizedTest @EnumSource(value = Serialization.class, names = {"PROTOBUF", "JSON"})
  void passThroughRunsAsTheCallersOwnApiUser(Serialization s) throws Exception {
    try (Connection west = ThinClient.connect(url(gateway(s),
        basic("looksql-west", "looksql-west-secret")))) {
      assertEquals(region("West"), rows(west, BY_REGION));
    }
  }

  @ParameterizedTest @EnumSource(value = Serialization.class, names = {"PROTOBUF", "JSON"})
  void bearerRunsAsTheTokensUser(Serialization s) throws Exception {
    String token = GatewayFixture.token("looksql-northeast", "looksql-northeast-secret");
    try (Connection nora = ThinClient.connect(url(gateway(s),
        ";authentication=BEARER;bearer_token=" + token))) {
      assertEquals(region("Northeast"), rows(nora, BY_REGION));
    }
  }

  @ParameterizedTest @EnumSource(value = Serialization.class, names = {"PROTOBUF", "JSON"})
  void wrongCredentialsAreRefused(Serialization s) {
    for (String auth : List.of(basic("wendy", "not-her-password"), basic("nobody", "x"),
        basic("looksql-west", "wrong-secret"), ";authentication=BEARER;bearer_token=bogus")) {
      Exception e = assertThrows(Exception.class,
          () -> rows(ThinClient.connect(url(gateway(s), auth)), "VALUES 1"), auth);
      assertTrue(String.valueOf(e.getMessage()).contains("401"), e::toString);
    }
  }

  @Test void unauthorizedAnswerSaysNothingButUnauthorized() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    for (String header : List.of("", "Basic " + b64("wendy:wrong"), "Basic " + b64("nobody:x"),
        "Bearer bogus", "Basic !!!", "Digest x")) {
      HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(gateway(Serialization.JSON).url()))
          .POST(HttpRequest.BodyPublishers.ofString(
              "{\"request\":\"openConnection\",\"connectionId\":\"x\"}"));
      if (!header.isEmpty()) {
        r.header("Authorization", header);
      }
      HttpResponse<String> answer = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(401, answer.statusCode(), header);
      assertEquals("Unauthorized\n", answer.body(), header);
    }
  }

  @Test void aDisabledLookerUserIsRefusedWhenTheConnectionOpens() {
    // dora's gateway password is right, but Looker refuses to sudo as a disabled user.
    Exception e = assertThrows(Exception.class, () -> rows(ThinClient.connect(
        url(gateway(Serialization.PROTOBUF), basic("dora", "dora-pw"))), "VALUES 1"));
    assertTrue(e.getMessage().contains("disabled"), e::getMessage);
  }

  @Test void theThinClientCantSeeServerClasses() {
    for (String name : List.of(GatewayServer.class.getName(), "io.looksql.jdbc.Driver",
        "org.apache.calcite.jdbc.Driver", "org.eclipse.jetty.server.Server")) {
      assertThrows(ClassNotFoundException.class,
          () -> Class.forName(name, false, ThinClient.loader()), name);
    }
  }

  private static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }
}
