package io.looksql.client.model;

/**
 * OpenAPI {@code ApiVersionElement}: one API version a server supports.
 *
 * @param version e.g. {@code 4.0}
 * @param fullVersion e.g. {@code 4.0.26.12}
 * @param status e.g. {@code current}
 * @param swaggerUrl where the version's OpenAPI spec is served
 */
public record ApiVersionElement(String version, String fullVersion, String status,
    String swaggerUrl) {
}
