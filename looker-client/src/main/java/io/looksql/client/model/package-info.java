/**
 * Immutable records for the Looker API 4.0 bodies the client reads and writes, named as in
 * Looker's OpenAPI spec ({@code LookmlModelExplore}, {@code WriteQuery}); components are the
 * spec's properties in camelCase, unknown properties are ignored, and lists are never null.
 */
package io.looksql.client.model;
