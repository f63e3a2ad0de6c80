package io.looksql.emulator.contract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Self-test of {@link OpenApiContract}: hand-written bodies in the shapes Looker documents (the
 * spec and {@code shared/reference/looker-api.md}) pass, and bodies that break the spec in the
 * ways an emulator plausibly would are rejected with the offending JSON path.
 *
 * <p>It needs the spec, so it is a contract test and runs only in the Maven profile
 * {@code contract}.
 */
class OpenApiContractSelfContractTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.get();

    private static final String ACCESS_TOKEN = """
            {"access_token": "4QDkCyCtZzYgj4C2p2cj3csJH7zqS5RzKs2kTnG4",
             "token_type": "Bearer", "expires_in": 3600, "refresh_token": null}""";

    private static final String NOT_FOUND = """
            {"message": "Not found",
             "documentation_url": "https://cloud.google.com/looker/docs/r/err/4.0/404/get/lookml_models/:lookml_model_name"}""";

    private static final String VALIDATION_ERROR = """
            {"message": "Validation Failed",
             "errors": [{"field": "name", "code": "missing_field", "message": "'name' is required.",
                         "documentation_url": "https://cloud.google.com/looker/docs/r/err/4.0/422/post/queries"}],
             "documentation_url": "https://cloud.google.com/looker/docs/r/err/4.0/422/post/queries"}""";

    private static final String LOOKML_MODELS = """
            [{"name": "thelook", "label": "Thelook", "project_name": "thelook",
              "allowed_db_connection_names": ["thelook_db"], "unlimited_db_connections": false,
              "has_content": true,
              "explores": [{"name": "orders", "label": "Orders", "description": null, "hidden": false,
                            "group_label": "Thelook"}],
              "can": {"index": true, "show": true}}]""";

    private static final String DATE_FIELD = """
            {"name": "orders.created_date", "category": "dimension", "type": "date_date",
             "view": "orders", "original_view": "orders", "dimension_group": "orders.created",
             "label": "Orders Created Date", "label_short": "Created Date", "view_label": "Orders",
             "field_group_label": "Created Date", "field_group_variant": "Date",
             "is_numeric": false, "is_timeframe": true, "time_interval": {"name": "day", "count": 1},
             "fill_style": "range", "hidden": false, "measure": false, "parameter": false,
             "primary_key": false, "user_attribute_filter_types": ["datetime", "advanced_filter_datetime"],
             "week_start_day": "monday", "sql": null, "project_name": "thelook",
             "source_file": "views_core/orders.view.lkml"}""";

    private static final String YESNO_FIELD = """
            {"name": "orders.is_first_purchase", "category": "dimension", "type": "yesno",
             "label": "Orders Is First Purchase (Yes / No)", "label_short": "Is First Purchase (Yes / No)",
             "enumerations": [{"label": "Yes", "value": "Yes"}, {"label": "No", "value": "No"}],
             "fill_style": "enumeration", "is_numeric": false}""";

    private static final String MEASURE_FIELD = """
            {"name": "orders.count", "category": "measure", "type": "count_distinct", "measure": true,
             "is_numeric": true, "label": "Orders Count", "label_short": "Count", "align": "right",
             "times_used": 0, "fiscal_month_offset": 0}""";

    // --- valid bodies -------------------------------------------------------------------------

    @Test
    void accessTokenOfLogin() {
        CONTRACT.assertValid("POST", "/login", 200, ACCESS_TOKEN);
        CONTRACT.assertValidAgainst("AccessToken", ACCESS_TOKEN);
    }

    @Test
    void errorBodies() {
        CONTRACT.assertValid("GET", "/lookml_models/{lookml_model_name}", 404, NOT_FOUND);
        CONTRACT.assertValid("POST", "/login", 404, NOT_FOUND);
        CONTRACT.assertValidAgainst("Error", NOT_FOUND);
        // documentation_url is required but nullable: present as null is fine.
        CONTRACT.assertValidAgainst("Error", "{\"message\": \"Requires authentication.\", \"documentation_url\": null}");
    }

    @Test
    void validationError() {
        CONTRACT.assertValid("POST", "/queries", 422, VALIDATION_ERROR);
        CONTRACT.assertValidAgainst("ValidationError", VALIDATION_ERROR);
    }

    @Test
    void lookmlModelArray() {
        CONTRACT.assertValid("GET", "/lookml_models", 200, LOOKML_MODELS);
        CONTRACT.assertValidArrayOf("LookmlModel", LOOKML_MODELS);
        CONTRACT.assertValid("GET", "/lookml_models", 200, "[]");
    }

    @Test
    void lookmlModelExploreFields() {
        CONTRACT.assertValidAgainst("LookmlModelExploreField", DATE_FIELD);
        CONTRACT.assertValidAgainst("LookmlModelExploreField", YESNO_FIELD);
        CONTRACT.assertValidAgainst("LookmlModelExploreField", MEASURE_FIELD);
    }

    @Test
    void exploreWithFieldsByOperation() {
        String explore = String.format(Locale.ROOT, """
                {"id": "thelook::orders", "name": "orders", "label": "Orders", "model_name": "thelook",
                 "view_name": "orders", "hidden": false, "description": null, "scopes": ["orders"],
                 "fields": {"dimensions": [%s, %s], "measures": [%s], "filters": [], "parameters": []},
                 "joins": [], "supported_measure_types": []}""",
                DATE_FIELD, YESNO_FIELD, MEASURE_FIELD);
        CONTRACT.assertValid("GET", "/lookml_models/{lookml_model_name}/explores/{explore_name}", 200, explore);
        // A concrete request path, as a test of the running server has it, picks the same operation.
        CONTRACT.assertValid("get", "/api/4.0/lookml_models/thelook/explores/orders?fields=id,name", 200, explore);
    }

    @Test
    void unknownPropertiesAreAllowed() {
        // The spec does not forbid them, and newer Looker releases add properties all the time.
        CONTRACT.assertValidAgainst("AccessToken", """
                {"access_token": "t", "token_type": "Bearer", "expires_in": 3600, "refresh_token": null,
                 "granted_scopes": ["api"]}""");
    }

    @Test
    void resultFormatBodiesAreOpaqueText() {
        // run_inline_query declares application/json as {type: string}: the body is the result text.
        CONTRACT.assertValid("POST", "/queries/run/{result_format}", 200, "[{\"orders.count\": 42}]");
        CONTRACT.assertValid("DELETE", "/logout", 204, "");
    }

    // --- invalid bodies -----------------------------------------------------------------------

    @Test
    void numericIdWhereTheSpecSaysString() {
        List<String> violations = CONTRACT.violations("GET",
                "/lookml_models/{lookml_model_name}/explores/{explore_name}", 200,
                "{\"id\": 42, \"name\": \"orders\"}");
        assertViolation(violations, "$.id", "integer");
    }

    @Test
    void expiresInAsString() {
        AssertionError error = assertThrows(AssertionError.class,
                () -> CONTRACT.assertValid("POST", "/login", 200, ACCESS_TOKEN.replace("3600", "\"3600\"")));
        assertTrue(error.getMessage().contains("$.expires_in"), error.getMessage());
    }

    @Test
    void errorWithoutRequiredMessage() {
        List<String> violations = CONTRACT.violationsAgainst("Error",
                "{\"documentation_url\": \"https://cloud.google.com/looker/docs/r/err/4.0/404/get/user\"}");
        assertViolation(violations, "$", "message");
    }

    @Test
    void nullWhereTheSpecSaysNotNullable() {
        // AccessToken.access_token is "nullable": false; refresh_token (true) is null in every sample.
        List<String> violations = CONTRACT.violationsAgainst("AccessToken",
                "{\"access_token\": null, \"token_type\": \"Bearer\", \"expires_in\": 3600, \"refresh_token\": null}");
        assertViolation(violations, "$.access_token", "null");
        assertEquals(1, violations.size(), violations::toString);
    }

    @Test
    void int64OutOfRange() {
        List<String> violations = CONTRACT.violationsAgainst("AccessToken",
                "{\"access_token\": \"t\", \"token_type\": \"Bearer\", \"expires_in\": 9223372036854775808}");
        assertViolation(violations, "$.expires_in", "int64");
    }

    @Test
    void fractionWhereTheSpecSaysInteger() {
        List<String> violations = CONTRACT.violationsAgainst("AccessToken",
                "{\"access_token\": \"t\", \"token_type\": \"Bearer\", \"expires_in\": 3600.5}");
        assertViolation(violations, "$.expires_in", "integer");
    }

    @Test
    void formatsAreAsserted() {
        // date-time is RFC 3339, as Looker sends it; a space instead of "T" is what a careless
        // Timestamp.toString() produces.
        CONTRACT.assertValidAgainst("SupportAccessStatus", "{\"open\": true, \"open_until\": \"2024-05-01T12:00:00.000+00:00\"}");
        List<String> violations = CONTRACT.violationsAgainst("SupportAccessStatus",
                "{\"open\": true, \"open_until\": \"2024-05-01 12:00:00\"}");
        assertViolation(violations, "$.open_until", "date-time");
    }

    @Test
    void numberWhereTheSpecSaysString() {
        // API 4.0 ids are strings everywhere (ApiSession.workspace_id is "dev"/"production").
        List<String> violations = CONTRACT.violations("GET", "/session", 200, "{\"workspace_id\": 1}");
        assertViolation(violations, "$.workspace_id", "integer");
    }

    @Test
    void nestedViolationsCarryTheirArrayPath() {
        String broken = LOOKML_MODELS.replace("\"name\": \"orders\"", "\"name\": 7")
                .replace("\"has_content\": true", "\"has_content\": \"yes\"");
        AssertionError error = assertThrows(AssertionError.class,
                () -> CONTRACT.assertValid("GET", "/lookml_models", 200, broken));
        // Every violation is listed, not only the first one.
        assertTrue(error.getMessage().contains("$[0].explores[0].name"), error.getMessage());
        assertTrue(error.getMessage().contains("$[0].has_content"), error.getMessage());
        assertTrue(error.getMessage().startsWith("2 violation(s)"), error.getMessage());
    }

    @Test
    void arrayOrNullWhereTheSpecSaysObject() {
        assertViolation(CONTRACT.violations("GET", "/lookml_models/{lookml_model_name}", 200, LOOKML_MODELS),
                "$", "array");
        assertViolation(CONTRACT.violations("POST", "/login", 200, "null"), "$", "null");
    }

    @Test
    void nestedObjectMayBeNullButNotAnotherType() {
        // Real explore fields carry "time_interval": null outside dimension groups.
        CONTRACT.assertValidAgainst("LookmlModelExploreField",
                "{\"name\": \"orders.status\", \"time_interval\": null, \"map_layer\": null}");
        List<String> violations = CONTRACT.violationsAgainst("LookmlModelExploreField",
                "{\"name\": \"orders.status\", \"time_interval\": \"day\"}");
        assertEquals(List.of("$.time_interval: string found, object expected"
                + " [schema /components/schemas/LookmlModelExploreFieldTimeInterval/type]"), violations);
        List<String> nested = CONTRACT.violationsAgainst("LookmlModelExploreField",
                "{\"name\": \"orders.status\", \"time_interval\": {\"name\": \"day\", \"count\": \"1\"}}");
        assertEquals(1, nested.size(), nested::toString);
        assertViolation(nested, "$.time_interval.count", "string found, integer expected");
    }

    @Test
    void arrayEnumConstrainsTheItems() {
        List<String> violations = CONTRACT.violationsAgainst("LookmlModelExploreField",
                "{\"user_attribute_filter_types\": [\"string\", \"text\"]}");
        assertViolation(violations, "$.user_attribute_filter_types[1]", "enumeration");
        assertEquals(1, violations.size(), violations::toString);
    }

    @Test
    void objectWhereTheSpecSaysArray() {
        List<String> violations = CONTRACT.violations("GET", "/lookml_models", 200,
                LOOKML_MODELS.substring(1, LOOKML_MODELS.length() - 1));
        assertViolation(violations, "$", "array");
    }

    @Test
    void undeclaredStatusOrOperationFails() {
        AssertionError status = assertThrows(AssertionError.class,
                () -> CONTRACT.assertValid("GET", "/lookml_models", 201, LOOKML_MODELS));
        assertTrue(status.getMessage().contains("no response 201"), status.getMessage());
        AssertionError operation = assertThrows(AssertionError.class,
                () -> CONTRACT.assertValid("PUT", "/login", 200, ACCESS_TOKEN));
        assertTrue(operation.getMessage().contains("no operation PUT /login"), operation.getMessage());
        assertThrows(AssertionError.class, () -> CONTRACT.assertValidAgainst("NoSuchSchema", "{}"));
    }

    @Test
    void bodyThatIsNotJson() {
        AssertionError error = assertThrows(AssertionError.class,
                () -> CONTRACT.assertValid("POST", "/login", 200, "access_token=abc"));
        assertTrue(error.getMessage().startsWith("Body is not JSON"), error.getMessage());
    }

    // --- the spec itself ----------------------------------------------------------------------

    @Test
    void knownQuirkRealJsonBiContradictsTheSpec() {
        // A json_bi body as Looker's SQL Interface sends it (shared/reference/looker-api.md §7.4):
        // rows are objects of {"value": ...}, columns_truncated is a boolean. The spec says
        // array<string> and string, so an emulator faithful to the wire cannot pass JsonBi; this
        // pins the contradiction so that a spec that fixes it is noticed.
        String realJsonBi = """
                {"metadata": {"columns_truncated": false, "has_totals": false, "has_subtotals": false,
                              "fields": {"dimensions": [], "measures": [], "pivots": [], "table_calculations": []},
                              "pivots": [], "filters": {}, "filter_expression": null, "sql": null,
                              "big_query_metadata": {"total_bytes_processed": 0, "backend_cache_hit": true}},
                 "rows": [{"users.name": {"value": "Reinoehl Augustinus"}, "users.age": {"value": 94.0}}]}""";
        List<String> violations = CONTRACT.violations("GET",
                "/sql_interface_queries/{query_id}/run/{result_format}", 200, realJsonBi);
        assertViolation(violations, "$.rows[0]", "string expected");
        assertViolation(violations, "$.metadata.columns_truncated", "string expected");
        assertEquals(2, violations.size(), violations::toString);
    }


    @Test
    void everyComponentSchemaCompiles() throws IOException {
        // Catches spec constructs the validator cannot evaluate (Looker's "type": "any", unresolved
        // $refs) before an endpoint test trips over them.
        JsonNode spec = new ObjectMapper().readTree(CONTRACT.specPath().toFile());
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = spec.path("components").path("schemas").fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        assertTrue(names.size() > 300, "component schemas: " + names.size());
        for (String name : names) {
            assertDoesNotThrow(() -> CONTRACT.violationsAgainst(name, "{}"), name);
        }
    }

    private static void assertViolation(List<String> violations, String path, String mention) {
        assertTrue(violations.stream().anyMatch(v -> v.startsWith(path + ": ") && v.contains(mention)),
                () -> "expected a violation at " + path + " mentioning '" + mention + "', got " + violations);
    }
}
