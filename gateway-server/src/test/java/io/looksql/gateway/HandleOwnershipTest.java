package io.looksql.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.avatica.remote.Driver.Serialization;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Another identity that sends the first one's connection or statement ids gets only errors, for
 * every Avatica request that takes an id, and the owner's handles still work afterwards.
 */
class HandleOwnershipTest {
  private static final CopyOnWriteArrayList<String> AUDIT = new CopyOnWriteArrayList<>();
  private static GatewayServer gateway;

  @BeforeAll static void start() {
    gateway = GatewayFixture.gateway(Serialization.JSON, AUDIT).start();
  }

  @AfterAll static void stop() {
    gateway.close();
  }

  @Test void anotherIdentityGetsOnlyErrorsForEveryRequestKind() throws Exception {
    RawAvatica wendy = new RawAvatica(gateway.url(), "wendy", "wendy-pw");
    RawAvatica nora = new RawAvatica(gateway.url(), "nora", "nora-pw");
    String c = UUID.randomUUID().toString();
    wendy.ok("{'request':'openConnection','connectionId':'" + c + "','info':{}}");
    int s = wendy.ok("{'request':'createStatement','connectionId':'" + c + "'}")
        .path("statementId").asInt();
    String states = "SELECT `users.state` FROM ecommerce.users GROUP BY 1 ORDER BY 1";
    JsonNode first = wendy.ok("{'request':'prepareAndExecute','connectionId':'" + c + "',"
        + "'statementId':" + s + ",'sql':'" + states + "','maxRowCount':-1,"
        + "'maxRowsInFirstFrame':1}").path("results").get(0).path("firstFrame");
    assertFalse(first.path("done").asBoolean(), "wendy's result must have rows left to fetch");
    JsonNode prepared = wendy.ok("{'request':'prepare','connectionId':'" + c + "','sql':'"
        + states + "','maxRowCount':-1}").path("statement");
    int meta = wendy.ok("{'request':'getTables','connectionId':'" + c + "','catalog':null,"
        + "'schemaPattern':null,'tableNamePattern':null,'typeList':null}").path("statementId")
        .asInt();
    // nora's own connection, to pair with wendy's statement ids.
    String n = UUID.randomUUID().toString();
    nora.ok("{'request':'openConnection','connectionId':'" + n + "','info':{}}");

    List<String> attacks = new ArrayList<>();
    for (String conn : List.of(c, n)) {
      String id = "'connectionId':'" + conn + "'";
      for (int stmt : List.of(s, prepared.path("id").asInt(), meta)) {
        String sid = id + ",'statementId':" + stmt;
        attacks.add("{'request':'fetch'," + sid + ",'offset':1,'fetchMaxRowCount':100}");
        attacks.add("{'request':'prepareAndExecute'," + sid + ",'sql':'" + states
            + "','maxRowCount':-1,'maxRowsInFirstFrame':100}");
        attacks.add("{'request':'syncResults'," + sid + ",'state':{'type':'SQL','sql':'"
            + states + "'},'offset':0}");
        attacks.add("{'request':'prepareAndExecuteBatch'," + sid + ",'sqlCommands':['"
            + states + "']}");
        attacks.add("{'request':'executeBatch'," + sid + ",'parameterValues':[[]]}");
        attacks.add("{'request':'execute','statementHandle':{'connectionId':'" + conn
            + "','id':" + stmt + ",'signature':" + prepared.path("signature")
            + "},'parameterValues':[],'maxRowCount':100}");
        attacks.add("{'request':'closeStatement'," + sid + "}");
      }
    }
    String id = "'connectionId':'" + c + "'";
    attacks.add("{'request':'openConnection'," + id + ",'info':{}}");
    attacks.add("{'request':'connectionSync'," + id
        + ",'connProps':{'connProps':'connPropsImpl','autoCommit':false}}");
    attacks.add("{'request':'databaseProperties'," + id + "}");
    attacks.add("{'request':'getCatalogs'," + id + "}");
    attacks.add("{'request':'getSchemas'," + id + ",'catalog':null,'schemaPattern':null}");
    attacks.add("{'request':'getTables'," + id + ",'catalog':null,'schemaPattern':null,"
        + "'tableNamePattern':null,'typeList':null}");
    attacks.add("{'request':'getColumns'," + id + ",'catalog':null,'schemaPattern':null,"
        + "'tableNamePattern':null,'columnNamePattern':null}");
    attacks.add("{'request':'getTableTypes'," + id + "}");
    attacks.add("{'request':'getTypeInfo'," + id + "}");
    attacks.add("{'request':'createStatement'," + id + "}");
    attacks.add("{'request':'prepare'," + id + ",'sql':'" + states + "','maxRowCount':-1}");
    attacks.add("{'request':'commit'," + id + "}");
    attacks.add("{'request':'rollback'," + id + "}");
    attacks.add("{'request':'closeConnection'," + id + "}");

    for (String attack : attacks) {
      RawAvatica.Answer a = nora.send(attack);
      assertTrue(a.isError(), () -> attack + " answered " + a.text());
      // No row, column or table name of wendy's leaks into an error.
      for (String secret : List.of("California", "users.state", "order_items")) {
        assertFalse(a.text().contains(secret), () -> attack + " leaked " + a.text());
      }
    }
    assertTrue(AUDIT.stream().anyMatch(l -> l.startsWith("refused identity=user:nora")), AUDIT::toString);

    // Wendy's handles are intact: her result fetches on, her connection still works.
    JsonNode rest = wendy.ok("{'request':'fetch','connectionId':'" + c + "','statementId':" + s
        + ",'offset':1,'fetchMaxRowCount':100}").path("frame");
    assertTrue(rest.path("rows").size() > 0, rest::toString);
    JsonNode again = wendy.ok("{'request':'execute','statementHandle':" + prepared
        + ",'parameterValues':[],'maxRowCount':100}");
    assertEquals(first.path("rows").get(0), again.path("results").get(0).path("firstFrame")
        .path("rows").get(0));
    wendy.ok("{'request':'closeConnection','connectionId':'" + c + "'}");
    nora.ok("{'request':'closeConnection','connectionId':'" + n + "'}");
  }

  @Test void everyMetaCallThatTakesAHandleIsChecked() throws Exception {
    List<String> unchecked = new ArrayList<>();
    for (Method m : Meta.class.getMethods()) {
      boolean takesHandle = false;
      for (Class<?> p : m.getParameterTypes()) {
        takesHandle |= p == Meta.ConnectionHandle.class || p == Meta.StatementHandle.class;
      }
      if (!takesHandle) {
        continue;
      }
      Class<?> declaring = GatewayCatalogMeta.class.getMethod(m.getName(), m.getParameterTypes())
          .getDeclaringClass();
      if (declaring != GatewayCatalogMeta.class && declaring != GatewayMeta.class) {
        unchecked.add(m.getName());
      }
    }
    assertEquals(List.of(), unchecked);
  }
}
