package io.looksql.emulator.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.format.Format;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Validates JSON response bodies against Looker's OpenAPI 3.0 spec ({@code Looker.4.0.oas.json}).
 *
 * <p>The spec is not part of the repository: {@link #get()} reads it from the path in the system
 * property {@value #SPEC_PROPERTY}, which the Maven profile {@code contract} passes to the test JVM.
 * Schemas are evaluated with the OpenAPI 3.0 dialect of networknt's json-schema-validator, so the
 * OpenAPI rules apply rather than plain JSON Schema ones:
 * <ul>
 *   <li>{@code nullable: true} admits {@code null}; without it {@code null} is a violation;</li>
 *   <li>{@code readOnly} properties are allowed (a response is what they are for), {@code writeOnly}
 *       ones are not;</li>
 *   <li>{@code format} is asserted: {@code date-time}, {@code date} and {@code uri-reference} as
 *       their RFCs say, {@code int32}/{@code int64} as signed 32/64-bit integers, {@code float}
 *       and {@code double} as numbers in range; formats the validator does not know (Looker's
 *       {@code any}) assert nothing;</li>
 *   <li>properties the spec does not list are allowed, as the spec does not forbid them
 *       ({@code additionalProperties} is only used for maps there).</li>
 * </ul>
 *
 * <p>Three corrections are applied to the spec as loaded, because its literal reading
 * contradicts both its intent and real Looker responses (see {@code correct}):
 * <ol>
 *   <li>component schemas, which all lack a {@code type}, are objects ({@code "type": "object"}),
 *       so that a number or an array does not pass as an {@code AccessToken};</li>
 *   <li>a property that is a bare {@code $ref} may also be {@code null}, as Looker sends for
 *       absent nested objects such as {@code LookmlModelExploreField.time_interval};</li>
 *   <li>an {@code enum} written on an array schema constrains its items, not the array.</li>
 * </ol>
 *
 * <p>Failures are {@link AssertionError}s that list every violation with its JSON path
 * ({@code $.explores[0].name}), so one run shows everything that is wrong with a body.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class OpenApiContract {

    /** System property holding the path of {@code Looker.4.0.oas.json}. */
    public static final String SPEC_PROPERTY = "looker.spec";

    /** Media type whose schema is validated; the spec's other types are text or binary. */
    private static final String JSON = "application/json";

    /**
     * The spec's base IRI inside the validator. It is never fetched: the spec text is registered
     * under it, so the spec's own {@code #/components/schemas/X} references resolve locally.
     */
    private static final String SPEC_IRI = "https://spec.looksql.invalid/Looker.4.0.oas.json";

    /** Prefix of the spec's {@code servers} URL; requests made by tests carry it, spec paths do not. */
    private static final String API_PREFIX = "/api/4.0";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path specPath;
    private final JsonNode spec;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private OpenApiContract(Path specPath, String specText) {
        this.specPath = specPath;
        try {
            this.spec = MAPPER.readTree(specText);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Looker spec " + specPath + " is not JSON: " + e.getOriginalMessage(), e);
        }
        if (!spec.path("openapi").asText().startsWith("3.0")) {
            throw new IllegalArgumentException("Looker spec " + specPath + " is not OpenAPI 3.0 (openapi: "
                    + spec.path("openapi") + "); use spec/Looker.4.0.oas.json, not the Swagger 2.0 Looker.4.0.json");
        }
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_PATH)
                // A test touches a handful of the ~360 component schemas: compile them on first use.
                .preloadSchema(false)
                .build();
        String correctedText;
        try {
            correctedText = MAPPER.writeValueAsString(correct(spec.deepCopy()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize the corrected spec", e);
        }
        this.registry = SchemaRegistry.withDialect(openApi30Dialect(), builder -> builder
                .schemaRegistryConfig(config)
                .schemas(Map.of(SPEC_IRI, correctedText)));
    }

    /**
     * Applies the corrections listed in the class comment to a copy of the spec. Each one fixes
     * a place where the literal reading of Looker's generated spec contradicts both its evident
     * intent and what Looker servers send. The only values they admit that the literal reading
     * rejects are non-empty arrays of an enum's values, which the literal reading rejects always.
     */
    private static JsonNode correct(JsonNode spec) {
        for (JsonNode schema : spec.path("components").path("schemas")) {
            if (schema.isObject() && schema.has("properties") && !schema.has("type")) {
                // Looker's component schemas omit "type": "object", which lets any non-object
                // (a number, an array, a top-level null) pass as, say, an AccessToken.
                ((ObjectNode) schema).put("type", "object");
            }
        }
        correctSchemas(spec);
        return spec;
    }

    private static void correctSchemas(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if ("array".equals(object.path("type").asText()) && object.has("enum")
                    && object.path("items").isObject() && !object.path("items").has("enum")) {
                // The generator writes the allowed element values on the array itself
                // (LookmlModelExploreField.user_attribute_filter_types, Integration.supported_*),
                // where they would reject every non-empty array; they belong to the items.
                ((ObjectNode) object.get("items")).set("enum", object.remove("enum"));
            }
            JsonNode properties = object.path("properties");
            if (properties.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = it.next();
                    JsonNode value = property.getValue();
                    if (value.isObject() && value.size() == 1 && value.has("$ref")) {
                        // A property that is a bare $ref cannot carry "nullable" in OpenAPI 3.0,
                        // yet Looker sends null for absent nested objects
                        // (LookmlModelExploreField.time_interval, map_layer,
                        // period_over_period_params): null or the referenced object.
                        ObjectNode nullable = JsonNodeFactory.instance.objectNode();
                        nullable.putArray("anyOf").add(value).addObject().put("type", "null");
                        property.setValue(nullable);
                    }
                }
            }
        }
        for (JsonNode child : node) {
            correctSchemas(child);
        }
    }

    /**
     * Returns the contract for the spec named by the system property {@value #SPEC_PROPERTY}, loading
     * it on first use.
     *
     * @return the shared instance
     * @throws IllegalStateException if the property is unset or the file is missing or unreadable
     */
    public static OpenApiContract get() {
        return Holder.INSTANCE;
    }

    /**
     * Loads a contract from an explicit spec file, for callers that do not go through the system
     * property.
     *
     * @param specPath path of an OpenAPI 3.0 {@code Looker.4.0.oas.json}
     * @return a new contract
     * @throws UncheckedIOException if the file cannot be read
     * @throws IllegalArgumentException if it is not an OpenAPI 3.0 JSON document
     */
    public static OpenApiContract load(Path specPath) {
        try {
            return new OpenApiContract(specPath, Files.readString(specPath));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read Looker spec " + specPath, e);
        }
    }

    /** @return the spec's {@code info.version}, e.g. {@code 4.0.26.12} */
    public String specVersion() {
        return spec.path("info").path("version").asText();
    }

    /** @return the file the spec was read from */
    public Path specPath() {
        return specPath;
    }

    /**
     * Asserts that a JSON response body is what the spec declares for an operation and status.
     *
     * <p>The schema is {@code paths[path][method].responses[status].content["application/json"].schema}
     * of the spec itself; a status the operation does not declare (and no {@code default} or
     * {@code 2XX}-style range covers) is a failure too, as is a body for a response without content.
     *
     * @param method HTTP method, any case
     * @param path   a spec path template ({@code /lookml_models/{lookml_model_name}}) or a concrete
     *               request path ({@code /api/4.0/lookml_models/thelook?fields=name}); the
     *               {@code /api/4.0} prefix and the query string are ignored
     * @param status HTTP status of the response
     * @param body   the response body
     * @throws AssertionError listing every violation, or naming what the spec lacks
     */
    public void assertValid(String method, String path, int status, String body) {
        fail(describeOperation(method, path, status), violations(method, path, status, body));
    }

    /**
     * Asserts that a JSON document is valid against a component schema, e.g. {@code "AccessToken"}
     * ({@code #/components/schemas/AccessToken}).
     *
     * @param schemaName name under {@code components/schemas}
     * @param json       the JSON document
     * @throws AssertionError listing every violation
     */
    public void assertValidAgainst(String schemaName, String json) {
        fail("#/components/schemas/" + schemaName, violationsAgainst(schemaName, json));
    }

    /**
     * Asserts that a JSON document is an array whose every element is valid against a component
     * schema, the shape of list endpoints such as {@code GET /lookml_models}.
     *
     * @param schemaName name under {@code components/schemas} of the element schema
     * @param json       the JSON document
     * @throws AssertionError listing every violation
     */
    public void assertValidArrayOf(String schemaName, String json) {
        fail("array of #/components/schemas/" + schemaName, violationsArrayOf(schemaName, json));
    }

    /**
     * Lists the violations of a response body, as {@link #assertValid} would report them.
     *
     * @param method HTTP method, any case
     * @param path   spec path template or concrete request path (see {@link #assertValid})
     * @param status HTTP status of the response
     * @param body   the response body
     * @return one line per violation ({@code $.path: message}); empty when the body is valid
     */
    public List<String> violations(String method, String path, int status, String body) {
        String template = resolvePath(path);
        String verb = method.toLowerCase(Locale.ROOT);
        JsonNode operation = spec.path("paths").path(template).path(verb);
        if (operation.isMissingNode()) {
            throw new AssertionError("Looker spec declares no operation " + method.toUpperCase(Locale.ROOT) + " "
                    + template + "; it has " + fieldNames(spec.path("paths").path(template)));
        }
        JsonNode responses = operation.path("responses");
        String statusKey = responseKey(responses, status);
        if (statusKey == null) {
            throw new AssertionError("Looker spec declares no response " + status + " for " + method.toUpperCase(Locale.ROOT)
                    + " " + template + "; it declares " + fieldNames(responses));
        }
        JsonNode content = responses.path(statusKey).path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return body == null || body.isBlank() ? List.of()
                    : List.of("$: the spec declares no content for this response, but the body is " + abbreviate(body));
        }
        if (!content.has(JSON)) {
            throw new AssertionError("Looker spec declares no " + JSON + " body for " + status + " of "
                    + method.toUpperCase(Locale.ROOT) + " " + template + "; it declares " + fieldNames(content));
        }
        String pointer = "/paths/" + escape(template) + "/" + verb + "/responses/" + escape(statusKey)
                + "/content/" + escape(JSON) + "/schema";
        JsonNode schemaNode = spec.at(pointer);
        if (isOpaqueString(schemaNode)) {
            // Looker declares the bodies of result-format endpoints (run_query, query task results,
            // logout) as {type: string}: the body is the result text itself, not a JSON string
            // literal. Validating the raw text as that string is the only reading that fits.
            return validate(schema(pointer), JsonNodeFactory.instance.textNode(body == null ? "" : body));
        }
        return validate(schema(pointer), parse(body));
    }

    /**
     * Lists the violations of a JSON document against a component schema.
     *
     * @param schemaName name under {@code components/schemas}
     * @param json       the JSON document
     * @return one line per violation; empty when the document is valid
     */
    public List<String> violationsAgainst(String schemaName, String json) {
        return validate(schema(componentPointer(schemaName)), parse(json));
    }

    /**
     * Lists the violations of a JSON document against "array of" a component schema.
     *
     * @param schemaName name under {@code components/schemas} of the element schema
     * @param json       the JSON document
     * @return one line per violation; empty when the document is valid
     */
    public List<String> violationsArrayOf(String schemaName, String json) {
        String pointer = componentPointer(schemaName);
        String key = "array:" + schemaName;
        Schema arraySchema = schemas.computeIfAbsent(key, k -> {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.put("type", "array");
            // An absolute $ref: this wrapper is a document of its own, not part of the spec.
            node.putObject("items").put("$ref", SPEC_IRI + "#" + pointer);
            return registry.getSchema(SchemaLocation.of(SPEC_IRI + ".array-of." + schemaName), node);
        });
        return validate(arraySchema, parse(json));
    }

    /**
     * Returns the spec path template a request path is answered by: the path itself when the spec
     * has it, else the template whose literal segments match most of it.
     *
     * @param path spec path template or concrete request path, with or without {@code /api/4.0}
     *             and query string
     * @return the spec path template
     * @throws AssertionError if no template, or more than one equally specific one, matches
     */
    public String resolvePath(String path) {
        String p = path;
        int query = p.indexOf('?');
        if (query >= 0) {
            p = p.substring(0, query);
        }
        if (p.startsWith(API_PREFIX + "/")) {
            p = p.substring(API_PREFIX.length());
        }
        JsonNode paths = spec.path("paths");
        if (paths.has(p)) {
            return p;
        }
        String[] segments = p.split("/", -1);
        String best = null;
        int bestLiterals = -1;
        boolean ambiguous = false;
        for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
            String template = it.next();
            int literals = matchLiterals(template.split("/", -1), segments);
            if (literals > bestLiterals) {
                best = template;
                bestLiterals = literals;
                ambiguous = false;
            } else if (literals == bestLiterals && literals >= 0) {
                ambiguous = true;
            }
        }
        if (best == null || bestLiterals < 0) {
            throw new AssertionError("Looker spec has no path matching " + path);
        }
        if (ambiguous) {
            throw new AssertionError("Path " + path + " matches several Looker spec paths equally well; pass the template");
        }
        return best;
    }

    /** Returns the number of literal segments of a template that match, or -1 if it does not match. */
    private static int matchLiterals(String[] template, String[] segments) {
        if (template.length != segments.length) {
            return -1;
        }
        int literals = 0;
        for (int i = 0; i < template.length; i++) {
            String t = template[i];
            if (t.startsWith("{") && t.endsWith("}")) {
                if (segments[i].isEmpty()) {
                    return -1;
                }
            } else if (t.equals(segments[i])) {
                literals++;
            } else {
                return -1;
            }
        }
        return literals;
    }

    /** Picks the responses key for a status: exact, then an OpenAPI range such as {@code 2XX}, then {@code default}. */
    private static String responseKey(JsonNode responses, int status) {
        String exact = Integer.toString(status);
        if (responses.has(exact)) {
            return exact;
        }
        String range = (status / 100) + "XX";
        if (responses.has(range)) {
            return range;
        }
        return responses.has("default") ? "default" : null;
    }

    /** True for a schema that is just {@code {type: string}}, which Looker uses for raw result text. */
    private static boolean isOpaqueString(JsonNode schema) {
        return "string".equals(schema.path("type").asText()) && schema.size() == 1;
    }

    private Schema schema(String pointer) {
        return schemas.computeIfAbsent(pointer, p -> {
            if (spec.at(p).isMissingNode()) {
                throw new AssertionError("Looker spec " + specPath + " has nothing at #" + p);
            }
            return registry.getSchema(SchemaLocation.of(SPEC_IRI + "#" + p));
        });
    }

    private String componentPointer(String schemaName) {
        String pointer = "/components/schemas/" + escape(schemaName);
        if (spec.at(pointer).isMissingNode()) {
            throw new AssertionError("Looker spec has no component schema " + schemaName);
        }
        return pointer;
    }

    private List<String> validate(Schema schema, JsonNode instance) {
        List<Error> errors = schema.validate(instance, (ExecutionContext context) -> context.executionConfig(c -> c
                // Messages in English whatever the JVM locale (the build runs tests under de_DE).
                .locale(Locale.ENGLISH)
                .formatAssertionsEnabled(true)
                // Validating a response: readOnly properties belong there, writeOnly ones do not.
                .readOnly(false)
                .writeOnly(true)));
        return errors.stream()
                .filter(error -> !isInjectedNullBranch(error))
                .map(OpenApiContract::describe)
                .collect(Collectors.toList());
    }

    /**
     * True for the "null expected" half of a failed nullable-$ref correction: the referenced
     * schema's own violations already say what is wrong, "or null" would only add noise.
     */
    private boolean isInjectedNullBranch(Error error) {
        if (error.getSchemaLocation() == null) {
            return false;
        }
        String fragment = error.getSchemaLocation().getFragment().toString();
        String suffix = "/anyOf/1/type";
        return fragment.endsWith(suffix)
                && spec.at(fragment.substring(0, fragment.length() - suffix.length()) + "/anyOf").isMissingNode();
    }

    /** Formats one violation as {@code $.json.path: message [schema #/components/...]}. */
    private static String describe(Error error) {
        String where = error.getInstanceLocation() == null ? "$" : error.getInstanceLocation().toString();
        String message = error.getMessage();
        // The validator's message may already start with the instance location.
        if (message.startsWith(where + ": ")) {
            message = message.substring(where.length() + 2);
        }
        String schema = error.getSchemaLocation() == null ? ""
                : " [schema " + error.getSchemaLocation().getFragment() + "]";
        return where + ": " + message + schema;
    }

    private static JsonNode parse(String json) {
        Objects.requireNonNull(json, "json");
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("Body is not JSON (" + e.getOriginalMessage() + "): " + abbreviate(json), e);
        }
    }

    private static void fail(String what, List<String> violations) {
        if (!violations.isEmpty()) {
            throw new AssertionError(violations.size() + " violation(s) of Looker spec " + what + ":\n  "
                    + String.join("\n  ", violations));
        }
    }

    private String describeOperation(String method, String path, int status) {
        return method.toUpperCase(Locale.ROOT) + " " + resolvePath(path) + " " + status;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Escapes a JSON-pointer token (RFC 6901). */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    /**
     * The networknt OpenAPI 3.0 dialect plus the OpenAPI numeric formats, which JSON Schema does not
     * define and the validator would otherwise skip as unknown.
     */
    private static Dialect openApi30Dialect() {
        return Dialect.builder(Dialects.getOpenApi30())
                .format(new NumericFormat("int32", JsonNode::canConvertToInt))
                .format(new NumericFormat("int64", JsonNode::canConvertToLong))
                .format(new NumericFormat("float", v -> Math.abs(v.doubleValue()) <= Float.MAX_VALUE))
                .format(new NumericFormat("double", v -> Double.isFinite(v.doubleValue())))
                .build();
    }

    /** An OpenAPI numeric format: the number must fit the named machine type. */
    private static final class NumericFormat implements Format {
        private final String name;
        private final Predicate<JsonNode> fits;

        NumericFormat(String name, Predicate<JsonNode> fits) {
            this.name = name;
            this.fits = fits;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean matches(ExecutionContext executionContext, SchemaContext schemaContext, JsonNode value) {
            // Non-numbers, and fractions for the integer formats, are the "type" keyword's to
            // report; reporting them here too would list one mistake twice.
            if (!value.isNumber() || (!value.isIntegralNumber() && name.startsWith("int"))) {
                return true;
            }
            return fits.test(value);
        }
    }

    /** Lazy holder: the spec (2 MB) is read once, on the first contract assertion. */
    private static final class Holder {
        static final OpenApiContract INSTANCE = fromSystemProperty();

        private static OpenApiContract fromSystemProperty() {
            String value = System.getProperty(SPEC_PROPERTY);
            if (value == null || value.isBlank()) {
                throw new IllegalStateException("System property " + SPEC_PROPERTY + " is not set: run the contract tests with"
                        + " -D" + SPEC_PROPERTY + "=<absolute path of Looker.4.0.oas.json> (profile \"contract\")");
            }
            Path path = Path.of(value);
            if (!Files.isRegularFile(path)) {
                throw new IllegalStateException(SPEC_PROPERTY + "=" + value + " is not a file (resolved against "
                        + Path.of("").toAbsolutePath() + "); pass an absolute path");
            }
            return load(path);
        }
    }
}
