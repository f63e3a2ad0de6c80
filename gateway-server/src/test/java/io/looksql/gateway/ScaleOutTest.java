package io.looksql.gateway;

import static io.looksql.gateway.GatewayFixture.basic;
import static io.looksql.gateway.GatewayFixture.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.avatica.remote.Driver.Serialization;
import org.junit.jupiter.api.Test;

/**
 * Two gateway instances that share nothing but their settings, behind Avatica's client-side load
 * balancing: one client's connections spread over both, and each connection's statements all
 * run on the instance it opened on.
 */
class ScaleOutTest {
  private static final Pattern CONNECTION = Pattern.compile(" connection=(\\S+) ");

  @Test void clientSideBalancingKeepsEachConnectionOnItsInstance() throws Exception {
    CopyOnWriteArrayList<String> auditA = new CopyOnWriteArrayList<>();
    CopyOnWriteArrayList<String> auditB = new CopyOnWriteArrayList<>();
    try (GatewayServer a = GatewayFixture.gateway(Serialization.PROTOBUF, auditA).start();
        GatewayServer b = GatewayFixture.gateway(Serialization.PROTOBUF, auditB).start()) {
      String url = "jdbc:avatica:remote:url=" + a.url() + ";serialization=protobuf"
          + ";use_client_side_lb=true;lb_urls=" + a.url() + "," + b.url()
          + ";lb_strategy=org.apache.calcite.avatica.ha.RoundRobinLBStrategy"
          + basic("wendy", "wendy-pw");
      List<Connection> connections = new ArrayList<>();
      try {
        for (int i = 0; i < 6; i++) {
          connections.add(ThinClient.connect(url));
        }
        for (int round = 0; round < 3; round++) {
          for (Connection c : connections) {
            assertEquals(List.of("West"), rows(c, "SELECT DISTINCT `users.region`"
                + " FROM ecommerce.users"));
          }
        }
      } finally {
        for (Connection c : connections) {
          c.close();
        }
      }
      Map<String, Integer> onA = statementsByConnection(auditA);
      Map<String, Integer> onB = statementsByConnection(auditB);
      Set<String> both = new HashSet<>(onA.keySet());
      both.retainAll(onB.keySet());
      assertEquals(Set.of(), both, "a connection ran statements on both instances");
      assertEquals(6, onA.size() + onB.size(), () -> onA + " " + onB);
      assertTrue(!onA.isEmpty() && !onB.isEmpty(), () -> "one instance got nothing: " + onA + onB);
      for (Map<String, Integer> m : List.of(onA, onB)) {
        m.values().forEach(n -> assertEquals(3, n, m::toString));
      }
    }
  }

  private static Map<String, Integer> statementsByConnection(List<String> audit) {
    Map<String, Integer> out = new HashMap<>();
    for (String line : audit) {
      Matcher m = CONNECTION.matcher(line);
      if (line.startsWith("statement ") && line.endsWith("outcome=ok") && m.find()) {
        out.merge(m.group(1), 1, Integer::sum);
      }
    }
    return out;
  }
}
