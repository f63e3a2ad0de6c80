package io.looksql.emulator.lookml;

/**
 * A view or explore as built, with what it mentions, which is checked once all views are known.
 *
 * @param value the view or explore
 * @param mentions its SQL blocks and filter field names
 * @param <T> {@link View} or {@link Explore}
 */
record Declared<T>(T value, Mentions mentions) {
}
