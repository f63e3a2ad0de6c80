package io.looksql.emulator.server;

import io.looksql.emulator.format.ResultHeader;
import io.looksql.emulator.query.CompiledQuery;

/**
 * A query compiled for one run, with what its result writers need to know.
 *
 * @param compiled the SQL and result columns
 * @param header the columns' metadata and the query's description
 */
record PreparedQuery(CompiledQuery compiled, ResultHeader header) {
}
