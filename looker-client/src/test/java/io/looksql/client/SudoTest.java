package io.looksql.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.looksql.client.model.WriteQuery;
import io.looksql.emulator.LookerEmulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sudo: a view acting as another user, what it sees, the audit trail, tokens per user. */
class SudoTest {
  @Test void sudoByEmailActsAsThatUser() throws Exception {
    try (LookerEmulator looker = TestLooker.emulator(); LookerClient admin = TestLooker.client(looker)) {
      LookerClient wendy = admin.sudo("wendy.west@example.com");
      assertEquals("2", wendy.sudoUserId());
      assertEquals("wendy.west@example.com", wendy.fetchMe().email());
      assertEquals("1", wendy.fetchSession().sudoUserId());
      assertNull(admin.fetchSession().sudoUserId());
      LookerClient again = admin.sudo("2");
      again.fetchMe();
      assertEquals(1, wendy.session().logins(), "one sudo token per user, shared by views");
      WriteQuery q = WriteQuery.builder("ecommerce", "order_items").fields("order_items.count").build();
      List<List<Object>> mine = TestLooker.drain(wendy.runQuery(q));
      assertEquals(TestLooker.sql(looker, "SELECT COUNT(*) FROM order_items oi JOIN users u ON u.id = oi.user_id WHERE u.country = 'United States' AND u.state IN ('California', 'Washington', 'Arizona', 'Colorado', 'Hawaii', 'Alaska')"), mine);
      String history = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(looker.baseUrl() + "/emulator/history"))
          .header("Authorization", "token " + admin.session().token()).build(), HttpResponse.BodyHandlers.ofString()).body();
      boolean audited = false;
      for (com.fasterxml.jackson.databind.JsonNode entry : new com.fasterxml.jackson.databind.ObjectMapper().readTree(history)) {
        audited |= "2".equals(entry.path("user_id").asText()) && "1".equals(entry.path("sudo_user_id").asText());
      }
      assertTrue(audited, "the audit shows the query ran as user 2, sudo'd by admin 1: " + history);
      assertEquals(404, assertThrows(LookerApiException.class, () -> admin.sudo("nobody@example.com")).status());
      wendy.logout();
      assertEquals("2", wendy.fetchMe().id());
      assertEquals(2, admin.sudo("2").session().logins());
      assertTrue(admin.searchUsers(Map.of("email", "%west%")).size() >= 1);
    }
  }
}
