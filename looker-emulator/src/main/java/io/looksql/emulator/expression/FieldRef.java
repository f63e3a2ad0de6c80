package io.looksql.emulator.expression;

/**
 * A field reference, {@code ${view.field}} or {@code ${custom_field}}.
 *
 * @param name the name inside {@code ${...}}, e.g. {@code users.age}
 * @param position where {@code $} stands
 */
public record FieldRef(String name, int position) implements Node {
}
