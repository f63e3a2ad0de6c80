/** Looker queries: the request body, its compilation to one SQL statement, and the result columns. */
package io.looksql.emulator.query;
