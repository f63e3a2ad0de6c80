package io.looksql.emulator.expression;

import io.looksql.emulator.sql.SqlFragment;

/**
 * A typed piece of SQL: what an expression, or a field it refers to, is written as.
 *
 * @param sql the SQL, self-contained (parenthesized or a single term); for {@link ValueType#YESNO}
 *     a boolean condition
 * @param type the value's type
 */
public record Operand(SqlFragment sql, ValueType type) {
}
