package io.looksql.gateway;

import static io.looksql.gateway.GatewayFixture.REGION;
import static io.looksql.gateway.GatewayFixture.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.calcite.avatica.remote.Driver.Serialization;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Avatica JSON written by hand over plain HTTP, so that conformance does not rest on the Java
 * client: open, sync, properties, execute with a small first frame and fetch the rest, prepare
 * and execute with a parameter, metadata, close.
 */
class RawProtocolTest {
  private static final String STATES = "SELECT `users.state` FROM ecommerce.users"
      + " GROUP BY `users.state` ORDER BY 1";
  private static GatewayServer gateway;

  @BeforeAll static void start() {
    gateway = GatewayFixture.gateway(Serialization.JSON).start();
  }

  @AfterAll static void stop() {
    gateway.close();
  }

  @Test void aSessionInJsonByHand() throws Exception {
    RawAvatica wendy = new RawAvatica(gateway.url(), "wendy", "wendy-pw");
    String c = UUID.randomUUID().toString();
    wendy.ok("{'request':'openConnection','connectionId':'" + c + "','info':{'timeZone':'UTC'}}");
    JsonNode sync = wendy.ok("{'request':'connectionSync','connectionId':'" + c + "',"
        + "'connProps':{'connProps':'connPropsImpl','autoCommit':true}}");
    assertEquals("connectionSync", sync.path("response").asText());
    JsonNode props = wendy.ok("{'request':'databaseProperties','connectionId':'" + c + "'}");
    assertTrue(props.path("map").toString().contains("LookSQL"), props::toString);

    int s = wendy.ok("{'request':'createStatement','connectionId':'" + c + "'}")
        .path("statementId").asInt();
    JsonNode first = wendy.ok("{'request':'prepareAndExecute','connectionId':'" + c + "',"
        + "'statementId':" + s + ",'sql':'" + STATES + "','maxRowCount':-1,"
        + "'maxRowsInFirstFrame':2}").path("results").get(0);
    List<String> states = new ArrayList<>();
    JsonNode frame = first.path("firstFrame");
    frame.path("rows").forEach(r -> states.add(r.get(0).asText()));
    assertEquals(2, states.size(), first::toString);
    while (!frame.path("done").asBoolean()) {
      frame = wendy.ok("{'request':'fetch','connectionId':'" + c + "','statementId':" + s
          + ",'offset':" + states.size() + ",'fetchMaxRowCount':2}").path("frame");
      frame.path("rows").forEach(r -> states.add(r.get(0).asText()));
    }
    assertEquals(plain("select distinct u.state from users u where " + REGION
        + " = 'West' order by 1"), states);

    JsonNode prepared = wendy.ok("{'request':'prepare','connectionId':'" + c + "','sql':"
        + "'SELECT AGGREGATE(`users.count`) FROM ecommerce.users WHERE `users.state` = ?',"
        + "'maxRowCount':-1}").path("statement");
    assertEquals(1, prepared.path("signature").path("parameters").size(), prepared::toString);
    JsonNode executed = wendy.ok("{'request':'execute','statementHandle':" + prepared
        + ",'parameterValues':[{'type':'STRING','value':'California'}],'maxRowCount':100}");
    assertEquals(plain("select count(*) from users u where u.state = 'California'"),
        List.of(executed.path("results").get(0).path("firstFrame").path("rows").get(0).get(0)
            .asText()));

    JsonNode schemas = wendy.ok("{'request':'getSchemas','connectionId':'" + c + "',"
        + "'catalog':null,'schemaPattern':null}");
    assertTrue(schemas.path("firstFrame").path("rows").toString().contains("ecommerce"),
        schemas::toString);

    wendy.ok("{'request':'closeStatement','connectionId':'" + c + "','statementId':" + s + "}");
    wendy.ok("{'request':'closeConnection','connectionId':'" + c + "'}");
    RawAvatica.Answer after = wendy.send("{'request':'createStatement','connectionId':'" + c + "'}");
    assertTrue(after.isError(), after::text);
    assertFalse(after.text().contains("California"));
  }

  @Test void serverSidePropertiesAreRefusedWhenSentByHand() throws Exception {
    RawAvatica wendy = new RawAvatica(gateway.url(), "wendy", "wendy-pw");
    for (String info : List.of("'url':'http://127.0.0.1:1'", "'model':'inline:{}'",
        "'clientSecret':'x'", "'URL':'http://127.0.0.1:1'")) {
      String c = UUID.randomUUID().toString();
      RawAvatica.Answer a = wendy.send("{'request':'openConnection','connectionId':'" + c
          + "','info':{" + info + "}}");
      assertTrue(a.isError(), a::text);
      assertEquals("08004", a.body().path("sqlState").asText(), a::text);
      assertTrue(a.body().path("errorMessage").asText().contains("refuses connection property"),
          a::text);
      // Nothing was opened under that id.
      assertTrue(wendy.send("{'request':'createStatement','connectionId':'" + c + "'}")
          .isError());
    }
  }
}
