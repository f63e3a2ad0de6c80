package io.looksql.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A custom measure's result column is named as the query names it, in rows and in metadata alike. */
class CustomFieldResultTest {
  private static final String QUERY = "{\"model\":\"ecommerce\",\"view\":\"order_items\","
      + "\"fields\":[\"order_items.status\",\"revenue\"],\"sorts\":[\"order_items.status\"],"
      + "\"dynamic_fields\":\"[{\\\"measure\\\":\\\"revenue\\\",\\\"based_on\\\":\\\"order_items.sale_price\\\","
      + "\\\"type\\\":\\\"sum\\\"}]\"}";

  private static LookerEmulator looker;
  private static LookerApiClient api;

  @BeforeAll static void start() {
    looker = LookerEmulator.builder().scale(0.02).start();
    api = LookerApiClient.login(looker);
  }

  @AfterAll static void stop() {
    looker.close();
  }

  @Test void jsonBiMetadataNamesTheRowKeys() {
    JsonNode body = body("json_bi");
    assertEquals(List.of("order_items.status"), names(body.at("/metadata/fields/dimensions")));
    assertEquals(List.of("revenue"), names(body.at("/metadata/fields/measures")));
    JsonNode row = body.get("rows").get(0);
    assertTrue(row.has("revenue") && row.get("revenue").get("value").isNumber(), row.toString());
  }

  @Test void jsonDetailMetadataNamesTheRowKeys() {
    JsonNode body = body("json_detail");
    assertEquals(List.of("revenue"), names(body.at("/fields/measures")));
    assertTrue(body.get("data").get(0).has("revenue"), body.get("data").get(0).toString());
  }

  private static JsonNode body(String format) {
    HttpResponse<String> response = api.run(format, QUERY);
    assertEquals(200, response.statusCode(), response.body());
    return LookerApiClient.parse(response.body());
  }

  private static List<String> names(JsonNode fields) {
    List<String> names = new ArrayList<>();
    fields.forEach(f -> names.add(f.get("name").asText()));
    return names;
  }
}
