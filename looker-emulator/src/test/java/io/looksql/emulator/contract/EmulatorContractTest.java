package io.looksql.emulator.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.looksql.emulator.LookerEmulator;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Tests that every response body of every emulator endpoint, success or error, is what Looker's
 * OpenAPI spec declares for its operation and status ({@link OpenApiContract#assertValid}).
 *
 * <p>Where the spec cannot say enough, the test adds its own checks:
 * <ul>
 *   <li>the run endpoints' bodies are typed {@code {type: string}} for every format, so the
 *       format's shape is checked here: {@code json} an array of row objects, {@code json_detail}
 *       {@code data} rows of {@code {value}} cells with {@code LookmlModelExploreField} field
 *       lists, {@code json_bi} the spec's {@code JsonBi} schema except for the two places where
 *       real Looker contradicts it ({@link #JSON_BI_QUIRKS}), {@code csv}/{@code txt}/{@code sql}
 *       text;</li>
 *   <li>the spec declares no 401 response for any operation, although every one but
 *       {@code /login} and {@code /versions} answers 401 without a token: those bodies are
 *       checked against {@code Error}, what Looker sends for its other 4xx answers.</li>
 * </ul>
 *
 * <p>Runs in the Maven profile {@code contract} ({@code -Dlooker.spec=...}), against one
 * emulator on the sample project.
 */
class EmulatorContractTest {
  private static final String API = "/api/4.0";
  private static final String MODEL = "ecommerce";
  /** The sample model's explores; {@code customers} and {@code sales} are hidden. */
  private static final List<String> EXPLORES =
      List.of("order_items", "orders", "users", "products", "customers", "sales");
  /**
   * A query touching every kind of value: a timeframe, a string, a yesno, a tier, a number with
   * nulls (age), a date that is null for most rows (returned_date), and count/average measures.
   */
  private static final String QUERY = """
      {"model": "ecommerce", "view": "order_items",
       "fields": ["order_items.created_month", "order_items.status", "order_items.is_returned",
                  "users.age_tier", "users.age", "order_items.returned_date",
                  "order_items.count", "order_items.average_sale_price"],
       "filters": {"order_items.status": "-Cancelled"},
       "sorts": ["order_items.count desc"],
       "limit": "25"}""";
  private static final List<String> QUERY_FIELDS = List.of("order_items.created_month",
      "order_items.status", "order_items.is_returned", "users.age_tier", "users.age",
      "order_items.returned_date", "order_items.count", "order_items.average_sale_price");
  /** Result formats whose bodies are JSON. */
  private static final Set<String> JSON_FORMATS = Set.of("json", "json_detail", "json_bi");
  /** The run endpoints, as spec path templates. */
  private static final String RUN_INLINE = "/queries/run/{result_format}";
  private static final String RUN_STORED = "/queries/{query_id}/run/{result_format}";
  /**
   * The violations of {@code JsonBi} that a body faithful to real Looker must have
   * (shared/reference/looker-api.md §7.4, pinned by
   * {@code OpenApiContractSelfContractTest.knownQuirkRealJsonBiContradictsTheSpec}): rows are
   * objects of {@code {"value": ...}} cells, not strings, and {@code columns_truncated} is a
   * boolean, not a string. Nothing else is tolerated.
   */
  private static final List<Pattern> JSON_BI_QUIRKS = List.of(
      Pattern.compile("^\\$\\.rows\\[\\d+]: object found, string expected .*"),
      Pattern.compile("^\\$\\.metadata\\.columns_truncated: boolean found, string expected .*"));

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final OpenApiContract CONTRACT = OpenApiContract.get();

  private static LookerEmulator looker;
  private static HttpClient http;
  private static String token;

  @BeforeAll static void start() throws Exception {
    looker = LookerEmulator.builder().scale(0.05).port(0).start();
    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    token = login(looker.adminClientId(), looker.adminClientSecret());
  }

  @AfterAll static void stop() {
    if (looker != null) {
      looker.close();
    }
  }

  // --- versions, login, logout, user ------------------------------------------------------------

  @Test void versions() throws Exception {
    // The root path is what SDKs read before they know the API version.
    for (String path : List.of("/versions", API + "/versions")) {
      Response r = send("GET", path, null, null, null);
      assertOk(r, path);
      CONTRACT.assertValid("GET", "/versions", r.status, r.body);
      assertEquals("4.0", json(r).path("current_version").path("version").asText(), path);
    }
  }

  @Test void loginReturnsAnAccessToken() throws Exception {
    Response r = postLogin(looker.adminClientId(), looker.adminClientSecret());
    assertOk(r, "POST /login");
    CONTRACT.assertValid("POST", "/login", r.status, r.body);
    assertFalse(json(r).path("access_token").asText().isEmpty(), r.body);
  }

  @Test void loginWithBadCredentialsIsNotFound() throws Exception {
    // Looker answers 404, not 401, when client_id and client_secret match no credential.
    for (Response r : List.of(postLogin(looker.adminClientId(), "wrong-secret"),
        postLogin("no-such-client", looker.adminClientSecret()), postLogin("", ""))) {
      assertStatus(404, r, "POST /login");
      CONTRACT.assertValid("POST", "/login", r.status, r.body);
    }
  }

  @Test void logoutHasNoBodyAndEndsTheToken() throws Exception {
    String own = login(looker.adminClientId(), looker.adminClientSecret());
    Response r = send("DELETE", API + "/logout", own, null, null);
    assertStatus(204, r, "DELETE /logout");
    assertEquals("", r.body, "204 has no body");
    CONTRACT.assertValid("DELETE", "/logout", r.status, r.body);
    assertUnauthorized(send("GET", API + "/user", own, null, null));
    // The Python SDK logs out on the unversioned path.
    String other = login(looker.adminClientId(), looker.adminClientSecret());
    Response unversioned = send("DELETE", "/api/logout", other, null, null);
    assertStatus(204, unversioned, "DELETE /api/logout");
    CONTRACT.assertValid("DELETE", "/logout", unversioned.status, unversioned.body);
  }

  @Test void user() throws Exception {
    Response r = get("/user");
    assertOk(r, "GET /user");
    CONTRACT.assertValid("GET", "/user", r.status, r.body);
  }

  @Test void everyOperationButLoginAndVersionsNeedsAToken() throws Exception {
    List<Response> anonymous = new ArrayList<>();
    anonymous.add(send("GET", API + "/user", null, null, null));
    anonymous.add(send("GET", API + "/lookml_models", null, null, null));
    anonymous.add(send("GET", API + "/lookml_models/" + MODEL, null, null, null));
    anonymous.add(
        send("GET", API + "/lookml_models/" + MODEL + "/explores/orders", null, null, null));
    anonymous.add(send("POST", API + "/queries", null, "application/json", QUERY));
    anonymous.add(send("POST", API + "/queries/run/json", null, "application/json", QUERY));
    anonymous.add(send("DELETE", API + "/logout", null, null, null));
    // A token that was never issued, and a scheme Looker does not know.
    anonymous.add(send("GET", API + "/user", "not-a-token", null, null));
    anonymous.add(sendWithAuthorization("GET", API + "/user", "Basic " + token));
    for (Response r : anonymous) {
      assertUnauthorized(r);
    }
  }

  @Test void unknownPathOrMethodAnswersAnError() throws Exception {
    // Neither has an operation in the spec; Looker answers both with its usual Error body.
    Response path = get("/no_such_endpoint");
    assertStatus(404, path, "GET /no_such_endpoint");
    CONTRACT.assertValidAgainst("Error", path.body);
    Response method = send("PUT", API + "/login", null, "application/json", "{}");
    assertStatus(405, method, "PUT /login");
    CONTRACT.assertValidAgainst("Error", method.body);
  }

  // --- LookML models and explores ---------------------------------------------------------------

  @Test void lookmlModels() throws Exception {
    for (String query : List.of("", "?exclude_hidden=true", "?exclude_empty=true",
        "?exclude_hidden=true&exclude_empty=true", "?limit=1&offset=0")) {
      Response r = get("/lookml_models" + query);
      assertOk(r, "GET /lookml_models" + query);
      CONTRACT.assertValid("GET", "/lookml_models", r.status, r.body);
      List<String> explores = exploreNames(json(r).path(0));
      assertEquals(!query.contains("exclude_hidden"), explores.contains("customers"), query);
    }
  }

  @Test void lookmlModel() throws Exception {
    Response r = get("/lookml_models/" + MODEL);
    assertOk(r, "GET /lookml_models/" + MODEL);
    CONTRACT.assertValid("GET", "/lookml_models/{lookml_model_name}", r.status, r.body);
    assertEquals(EXPLORES, exploreNames(json(r)));
  }

  /** One test per explore of the sample model, as the model lists them (hidden ones too). */
  @TestFactory Stream<DynamicTest> everyExplore() throws Exception {
    Response model = get("/lookml_models/" + MODEL);
    assertOk(model, "GET /lookml_models/" + MODEL);
    List<String> names = exploreNames(json(model));
    assertEquals(EXPLORES, names, "the sample model's explores");
    return names.stream().map(name -> DynamicTest.dynamicTest(name, () -> explore(name)));
  }

  private static void explore(String name) throws Exception {
    String path = "/lookml_models/" + MODEL + "/explores/" + name;
    Response r = get(path);
    assertOk(r, "GET " + path);
    // The explore schema covers every field: fields.{dimensions,measures,filters,parameters}
    // are arrays of LookmlModelExploreField.
    CONTRACT.assertValid("GET", "/lookml_models/{lookml_model_name}/explores/{explore_name}",
        r.status, r.body);
    JsonNode explore = json(r);
    assertEquals(MODEL + "::" + name, explore.path("id").asText(), path);
    assertFalse(explore.path("fields").path("dimensions").isEmpty(), path + " has dimensions");
    assertFalse(explore.path("fields").path("measures").isEmpty(), path + " has measures");
  }

  @Test void unknownModelOrExploreIsNotFound() throws Exception {
    Response model = get("/lookml_models/no_such_model");
    assertStatus(404, model, "unknown model");
    CONTRACT.assertValid("GET", "/lookml_models/{lookml_model_name}", model.status, model.body);
    for (String path : List.of("/lookml_models/" + MODEL + "/explores/no_such_explore",
        "/lookml_models/no_such_model/explores/orders")) {
      Response r = get(path);
      assertStatus(404, r, path);
      CONTRACT.assertValid("GET", "/lookml_models/{lookml_model_name}/explores/{explore_name}",
          r.status, r.body);
    }
  }

  // --- queries ----------------------------------------------------------------------------------

  @Test void createAndReadQueries() throws Exception {
    Response created = post("/queries", QUERY);
    assertOk(created, "POST /queries");
    CONTRACT.assertValid("POST", "/queries", created.status, created.body);
    JsonNode query = json(created);
    String id = query.path("id").asText();
    String slug = query.path("slug").asText();
    assertFalse(id.isEmpty(), created.body);
    assertFalse(slug.isEmpty(), created.body);

    Response again = post("/queries", QUERY);
    assertOk(again, "POST /queries again");
    CONTRACT.assertValid("POST", "/queries", again.status, again.body);
    assertEquals(id, json(again).path("id").asText(), "an identical query is the same query");

    Response byId = get("/queries/" + id);
    assertOk(byId, "GET /queries/" + id);
    CONTRACT.assertValid("GET", "/queries/{query_id}", byId.status, byId.body);
    Response bySlug = get("/queries/slug/" + slug);
    assertOk(bySlug, "GET /queries/slug/" + slug);
    CONTRACT.assertValid("GET", "/queries/slug/{slug}", bySlug.status, bySlug.body);
    assertEquals(id, json(bySlug).path("id").asText());
  }

  @Test void unknownQueryIsNotFound() throws Exception {
    Response byId = get("/queries/999999999");
    assertStatus(404, byId, "unknown query id");
    CONTRACT.assertValid("GET", "/queries/{query_id}", byId.status, byId.body);
    Response bySlug = get("/queries/slug/NoSuchSlug");
    assertStatus(404, bySlug, "unknown slug");
    CONTRACT.assertValid("GET", "/queries/slug/{slug}", bySlug.status, bySlug.body);
    Response run = get("/queries/999999999/run/json");
    assertStatus(404, run, "run of an unknown query");
    CONTRACT.assertValid("GET", RUN_STORED, run.status, run.body);
  }

  @TestFactory Stream<DynamicTest> runInlineInEveryFormat() {
    return Stream.of("json", "json_detail", "json_bi", "csv", "txt", "sql")
        .map(format -> DynamicTest.dynamicTest(format, () -> {
          Response r = post("/queries/run/" + format, QUERY);
          checkRun("POST", RUN_INLINE, format, r);
        }));
  }

  @TestFactory Stream<DynamicTest> runStoredInEveryFormat() throws Exception {
    Response created = post("/queries", QUERY);
    assertOk(created, "POST /queries");
    String id = json(created).path("id").asText();
    return Stream.of("json", "json_detail", "json_bi", "csv", "txt", "sql")
        .map(format -> DynamicTest.dynamicTest(format, () -> {
          Response r = get("/queries/" + id + "/run/" + format);
          checkRun("GET", RUN_STORED, format, r);
          // The limit query parameter overrides the query's.
          Response limited = get("/queries/" + id + "/run/" + format + "?limit=3");
          checkRun("GET", RUN_STORED, format, limited);
        }));
  }

  /** Checks a run response: the spec's opaque string, then the format's own shape. */
  private static void checkRun(String method, String template, String format, Response r)
      throws IOException {
    assertOk(r, method + " " + template + " " + format);
    CONTRACT.assertValid(method, template, r.status, r.body);
    if (JSON_FORMATS.contains(format)) {
      assertTrue(r.contentType.startsWith("application/json"), format + ": " + r.contentType);
    }
    switch (format) {
      case "json" -> checkJsonRows(r.body);
      case "json_detail" -> checkJsonDetail(r.body);
      case "json_bi" -> checkJsonBi(r.body);
      case "csv", "txt" -> checkDelimited(r.body, format.equals("csv") ? ',' : '\t');
      case "sql" -> assertTrue(r.body.strip().toUpperCase(Locale.ROOT).startsWith("SELECT"), r.body);
      default -> fail("no check for " + format);
    }
  }

  /** {@code json}: an array of objects keyed by the query's fields. */
  private static void checkJsonRows(String body) throws IOException {
    JsonNode rows = MAPPER.readTree(body);
    assertTrue(rows.isArray(), "json is an array: " + abbreviate(body));
    assertFalse(rows.isEmpty(), "json has rows");
    for (JsonNode row : rows) {
      assertTrue(row.isObject(), "json row is an object: " + row);
      assertEquals(Set.copyOf(QUERY_FIELDS), fieldNames(row), "json row keys");
      row.fields().forEachRemaining(cell -> assertTrue(cell.getValue().isValueNode(),
          "json cell " + cell.getKey() + " is a scalar: " + cell.getValue()));
    }
  }

  /**
   * {@code json_detail}: {@code data} rows of {@code {value}} cells, {@code fields} lists of
   * {@code LookmlModelExploreField}, and the SQL.
   */
  private static void checkJsonDetail(String body) throws IOException {
    JsonNode detail = MAPPER.readTree(body);
    assertTrue(detail.isObject(), "json_detail is an object: " + abbreviate(body));
    checkCellRows(detail.path("data"), "json_detail data");
    assertTrue(detail.path("sql").isTextual(), "json_detail sql");
    List<String> names = new ArrayList<>();
    for (String category : List.of("dimensions", "measures")) {
      for (JsonNode field : detail.path("fields").path(category)) {
        names.add(field.path("name").asText());
        List<String> violations =
            CONTRACT.violationsAgainst("LookmlModelExploreField", field.toString());
        assertTrue(violations.isEmpty(), () -> "json_detail field " + field.path("name").asText()
            + ": " + String.join("; ", violations));
      }
    }
    assertEquals(Set.copyOf(QUERY_FIELDS), Set.copyOf(names), "json_detail fields");
  }

  /**
   * {@code json_bi}: valid {@code JsonBi} but for {@link #JSON_BI_QUIRKS}, its {@code metadata}
   * fully valid {@code JsonBiMetadata} but for {@code columns_truncated}, rows of cells.
   */
  private static void checkJsonBi(String body) throws IOException {
    List<String> violations = CONTRACT.violationsAgainst("JsonBi", body);
    List<String> unexpected = violations.stream()
        .filter(v -> JSON_BI_QUIRKS.stream().noneMatch(q -> q.matcher(v).matches()))
        .collect(Collectors.toList());
    assertTrue(unexpected.isEmpty(), () -> unexpected.size() + " violation(s) of JsonBi:\n  "
        + String.join("\n  ", unexpected));
    JsonNode bi = MAPPER.readTree(body);
    checkCellRows(bi.path("rows"), "json_bi rows");
    JsonNode fields = bi.path("metadata").path("fields");
    List<String> names = new ArrayList<>();
    for (String category : List.of("dimensions", "measures")) {
      fields.path(category).forEach(f -> names.add(f.path("name").asText()));
    }
    assertEquals(Set.copyOf(QUERY_FIELDS), Set.copyOf(names), "json_bi metadata fields");
  }

  /** Rows as json_detail and json_bi send them: {@code {"view.field": {"value": v}}}. */
  private static void checkCellRows(JsonNode rows, String what) {
    assertTrue(rows.isArray(), what + " is an array");
    assertFalse(rows.isEmpty(), what + " has rows");
    for (JsonNode row : rows) {
      assertEquals(Set.copyOf(QUERY_FIELDS), fieldNames(row), what + " row keys");
      row.fields().forEachRemaining(cell -> {
        assertTrue(cell.getValue().isObject() && cell.getValue().has("value"),
            what + " cell " + cell.getKey() + " is {value}: " + cell.getValue());
        assertTrue(cell.getValue().get("value").isValueNode(),
            what + " cell " + cell.getKey() + " value is a scalar: " + cell.getValue());
      });
    }
  }

  /** {@code csv}/{@code txt}: a header line and one line per row, as many cells in each. */
  private static void checkDelimited(String body, char separator) {
    assertTrue(body.endsWith("\n"), "ends with a line break");
    String[] lines = body.substring(0, body.length() - 1).split("\n", -1);
    assertTrue(lines.length >= 2, "a header and rows: " + abbreviate(body));
    for (int i = 0; i < lines.length; i++) {
      assertEquals(QUERY_FIELDS.size(), cells(lines[i], separator),
          "cells of line " + i + ": " + lines[i]);
    }
  }

  /** Counts the cells of a line; separators inside double quotes (RFC 4180) do not count. */
  private static int cells(String line, char separator) {
    int cells = 1;
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == separator && !quoted) {
        cells++;
      }
    }
    return cells;
  }

  // --- query errors -----------------------------------------------------------------------------

  @Test void unknownFieldOrMalformedFilterIsAValidationError() throws Exception {
    List<String> bodies = List.of(
        QUERY.replace("\"users.age\",", "\"users.no_such_field\","),
        QUERY.replace("\"-Cancelled\"", "\"-Cancelled\", \"users.age\": \">>= nonsense\""),
        QUERY.replace("\"-Cancelled\"",
            "\"-Cancelled\", \"order_items.created_date\": \"after the flood\""),
        "{\"model\": \"ecommerce\", \"fields\": [\"order_items.count\"]}");
    for (String body : bodies) {
      Response created = post("/queries", body);
      assertStatus(422, created, "POST /queries " + body);
      CONTRACT.assertValid("POST", "/queries", created.status, created.body);
      Response run = post("/queries/run/json", body);
      assertStatus(422, run, "POST /queries/run/json " + body);
      CONTRACT.assertValid("POST", RUN_INLINE, run.status, run.body);
      assertFalse(json(run).path("errors").isEmpty(), "422 lists its errors: " + run.body);
    }
  }

  @Test void badJsonBodyIsABadRequest() throws Exception {
    for (String body : List.of("{\"model\": \"ecommerce\",", "not json", "[1, 2]", "")) {
      Response created = post("/queries", body);
      assertStatus(400, created, "POST /queries " + body);
      CONTRACT.assertValid("POST", "/queries", created.status, created.body);
      Response run = post("/queries/run/json", body);
      assertStatus(400, run, "POST /queries/run/json " + body);
      CONTRACT.assertValid("POST", RUN_INLINE, run.status, run.body);
    }
  }

  @Test void unknownResultFormatIsABadRequest() throws Exception {
    Response inline = post("/queries/run/no_such_format", QUERY);
    assertStatus(400, inline, "POST /queries/run/no_such_format");
    CONTRACT.assertValid("POST", RUN_INLINE, inline.status, inline.body);
    Response created = post("/queries", QUERY);
    assertOk(created, "POST /queries");
    String id = json(created).path("id").asText();
    Response stored = get("/queries/" + id + "/run/no_such_format");
    assertStatus(400, stored, "GET /queries/" + id + "/run/no_such_format");
    CONTRACT.assertValid("GET", RUN_STORED, stored.status, stored.body);
  }

  // --- HTTP plumbing ----------------------------------------------------------------------------

  /** A response: status, content type (empty if none) and body text. */
  private record Response(int status, String contentType, String body) {
  }

  private static Response get(String apiPath) throws IOException, InterruptedException {
    return send("GET", API + apiPath, token, null, null);
  }

  private static Response post(String apiPath, String json)
      throws IOException, InterruptedException {
    return send("POST", API + apiPath, token, "application/json", json);
  }

  private static Response postLogin(String clientId, String clientSecret)
      throws IOException, InterruptedException {
    String form = "client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
        + "&client_secret=" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
    return send("POST", API + "/login", null, "application/x-www-form-urlencoded", form);
  }

  private static String login(String clientId, String clientSecret) throws Exception {
    Response r = postLogin(clientId, clientSecret);
    assertOk(r, "POST /login");
    return json(r).path("access_token").asText();
  }

  private static Response send(String method, String path, String accessToken, String contentType,
      String body) throws IOException, InterruptedException {
    return sendWithAuthorization(method, path, accessToken == null ? null : "token " + accessToken,
        contentType, body);
  }

  private static Response sendWithAuthorization(String method, String path, String authorization)
      throws IOException, InterruptedException {
    return sendWithAuthorization(method, path, authorization, null, null);
  }

  private static Response sendWithAuthorization(String method, String path, String authorization,
      String contentType, String body) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(looker.baseUrl() + path))
        .timeout(Duration.ofSeconds(60))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    HttpResponse<String> r =
        http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
        r.body());
  }

  // --- assertions -------------------------------------------------------------------------------

  private static void assertOk(Response r, String what) {
    assertStatus(200, r, what);
  }

  private static void assertStatus(int expected, Response r, String what) {
    assertEquals(expected, r.status,
        () -> what + " answered " + r.status + ": " + abbreviate(r.body));
    boolean json = r.status >= 400 || r.body.startsWith("{") || r.body.startsWith("[");
    if (!r.body.isEmpty() && json) {
      assertTrue(r.contentType.startsWith("application/json"),
          () -> what + ": a JSON body is sent as application/json, not " + r.contentType);
    }
  }

  /**
   * A 401: the spec declares none for any operation, so its body is checked against the
   * {@code Error} schema that every declared 4xx of these operations uses.
   */
  private static void assertUnauthorized(Response r) {
    assertStatus(401, r, "a request without a valid token");
    CONTRACT.assertValidAgainst("Error", r.body);
  }

  private static JsonNode json(Response r) throws IOException {
    return MAPPER.readTree(r.body);
  }

  private static List<String> exploreNames(JsonNode model) {
    List<String> names = new ArrayList<>();
    model.path("explores").forEach(e -> names.add(e.path("name").asText()));
    return names;
  }

  private static Set<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return Set.copyOf(names);
  }

  private static String abbreviate(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }
}
