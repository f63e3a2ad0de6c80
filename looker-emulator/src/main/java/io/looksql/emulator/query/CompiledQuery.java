package io.looksql.emulator.query;

import io.looksql.emulator.lookml.Explore;
import io.looksql.emulator.lookml.Model;
import io.looksql.emulator.sql.SqlFragment;
import java.time.ZoneId;
import java.util.List;

/**
 * A Looker query compiled to one SQL statement.
 *
 * @param model the model queried
 * @param explore the explore queried
 * @param statement the SQL and its parameters; column {@code i + 1} holds {@code fields.get(i)}
 * @param fields the result columns, in order
 * @param limit the row limit applied, or -1 for none
 * @param timeZone the query time zone
 * @param unrunnable why the database can't run the SQL (its {@code sql} format still shows it),
 *     or null
 */
public record CompiledQuery(
    Model model,
    Explore explore,
    SqlFragment statement,
    List<ResultField> fields,
    long limit,
    ZoneId timeZone,
    String unrunnable) {

  /** Creates a compiled query that the database can run. */
  public CompiledQuery(Model model, Explore explore, SqlFragment statement,
      List<ResultField> fields, long limit, ZoneId timeZone) {
    this(model, explore, statement, fields, limit, timeZone, null);
  }

  /** Returns the SQL with each parameter written in as a literal, for the {@code sql} format. */
  public String sqlWithLiterals() {
    return io.looksql.emulator.sql.SqlLiterals.inline(statement);
  }
}
