package io.looksql.catalog;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Explore as listed by {@code GET /lookml_models}: enough to create a table without fetching its
 * fields.
 *
 * @param name explore name
 * @param label label, or null
 * @param description description, or null
 * @param hidden whether the explore is hidden
 */
public record ExploreSummary(String name, @Nullable String label, @Nullable String description,
    boolean hidden) {
}
