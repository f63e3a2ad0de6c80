package io.looksql.emulator.expression;

/**
 * A literal: a number, a string, {@code yes}/{@code no}/{@code true}/{@code false}, or
 * {@code null}.
 *
 * @param type {@link ValueType#NUMBER}, {@link ValueType#STRING}, {@link ValueType#YESNO} or
 *     {@link ValueType#NULL}
 * @param value a BigDecimal, a String, a Boolean, or null
 * @param position where the literal starts
 */
public record Literal(ValueType type, Object value, int position) implements Node {
}
