/**
 * Query result formats ({@code json}, {@code json_detail}, {@code json_bi}, {@code csv},
 * {@code txt}): writers that stream rows as they are read from JDBC.
 */
package io.looksql.emulator.format;
