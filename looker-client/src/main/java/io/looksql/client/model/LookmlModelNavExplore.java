package io.looksql.client.model;

/**
 * OpenAPI {@code LookmlModelNavExplore}: an explore as listed in its model.
 *
 * @param name explore name, the {@code view} of a query
 * @param description description, may be null
 * @param label label shown in the UI
 * @param hidden whether the explore is hidden from the UI
 * @param groupLabel menu group
 */
public record LookmlModelNavExplore(String name, String description, String label,
    Boolean hidden, String groupLabel) {
}
