package io.looksql.emulator.server;

import static io.looksql.emulator.server.TestServer.assertError;
import static io.looksql.emulator.server.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The {@code fields} query parameter (partial responses), alone and on the wire. */
class FieldSelectionTest {
  private static TestServer server;

  @BeforeAll static void start() throws Exception {
    server = new TestServer();
  }

  @AfterAll static void stop() {
    server.close();
  }

  private static JsonNode tree(String json) throws Exception {
    return TestServer.MAPPER.readTree(json.replace('\'', '"'));
  }

  private static String select(String fields, String json) throws Exception {
    return FieldSelection.parse(fields).apply(tree(json)).toString().replace('"', '\'');
  }

  @Test void keepsTheNamedPropertiesInTheOrderAsked() throws Exception {
    assertEquals("{'c':3,'a':1}", select("c,a", "{'a':1,'b':2,'c':3}"));
    assertEquals("{'a':1}", select(" a , missing ", "{'a':1,'b':2}"));
  }

  @Test void nestedSelectionsApplyToObjectsAndToEachArrayElement() throws Exception {
    assertEquals("{'u':{'id':1},'list':[{'x':1},{'x':2},{}]}",
        select("u(id),list(x)", "{'u':{'id':1,'n':2},'list':[{'x':1,'y':0},{'x':2},{'y':3}]}"));
    assertEquals("[{'a':{'b':{'c':1}}}]", select("a(b(c))", "[{'a':{'b':{'c':1,'d':2},'e':3}}]"));
    assertEquals("{'u':{'id':1,'n':2}}", select("u(id),u", "{'u':{'id':1,'n':2}}"));
    assertEquals("{'u':{'id':1,'n':2}}", select("u(id),u(n)", "{'u':{'id':1,'n':2,'z':3}}"));
    assertEquals("{'s':'text','n':null}", select("s(x),n(y)", "{'s':'text','n':null}"));
  }

  @Test void syntaxErrorsAre400NamingThePosition() {
    assertEquals(400, assertThrows(ApiException.class, () -> FieldSelection.parse("a,,b")).status());
    ApiException e = assertThrows(ApiException.class, () -> FieldSelection.parse("a(b"));
    assertEquals("Invalid 'fields' parameter \"a(b\": ')' is missing at position 3", e.getMessage());
    e = assertThrows(ApiException.class, () -> FieldSelection.parse("a)"));
    assertEquals("Invalid 'fields' parameter \"a)\": unexpected ')' at position 1", e.getMessage());
    e = assertThrows(ApiException.class, () -> FieldSelection.parse("a(b)c"));
    assertEquals("Invalid 'fields' parameter \"a(b)c\": ',' expected at position 4", e.getMessage());
  }

  @Test void theApiAnswersOnlyTheFieldsAsked() throws Exception {
    String token = server.login();
    HttpResponse<String> r = server.get("/user?fields=id,email,credentials_api3(client_id)", token);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("{\"id\":\"1\",\"email\":\"admin@example.com\",\"credentials_api3\":"
        + "[{\"client_id\":\"" + server.server.adminClientId() + "\"}]}", r.body());
    r = server.get("/lookml_models?fields=name,explores(name)", token);
    JsonNode models = json(r);
    assertEquals("shop", models.get(0).get("name").asText());
    assertEquals(2, models.get(0).size(), r.body());
    assertEquals(1, models.get(0).get("explores").get(0).size(), r.body());
  }

  @Test void errorsAreWholeAndBadSelectionsAre400() throws Exception {
    String token = server.login();
    HttpResponse<String> r = server.get("/lookml_models/nope?fields=name", token);
    assertError(r, 404, "/404/get/lookml_models/:lookml_model_name");
    assertError(server.get("/user?fields=id(", token), 400, "/400/get/user");
  }
}
