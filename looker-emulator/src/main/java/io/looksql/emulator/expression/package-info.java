/**
 * Looker's expression language (the subset used by {@code filter_expression} and custom
 * dimensions): lexer, parser, syntax tree, and a writer that turns a tree into SQL whose literal
 * values are all bind parameters.
 */
package io.looksql.emulator.expression;
