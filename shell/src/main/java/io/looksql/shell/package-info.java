/**
 * The SQL shell behind the repository's {@code ./looksql} launcher: sqlline connected through the
 * LookSQL driver to a Looker instance, or to the emulator serving the sample model
 * ({@code ./looksql demo}).
 */
package io.looksql.shell;
