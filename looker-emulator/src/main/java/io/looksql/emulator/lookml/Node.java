package io.looksql.emulator.lookml;

/**
 * A {@code key: value} pair of the generic LookML syntax tree, before any meaning is given to it.
 *
 * @param key the key, e.g. {@code dimension}; null for a plain element of a list
 * @param position where the pair starts (its key, or its value when there is no key)
 * @param value the value
 */
record Node(String key, SourcePosition position, Value value) {
}
