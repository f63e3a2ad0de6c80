package io.looksql.catalog.rel;

import io.looksql.catalog.CustomDimension;
import io.looksql.catalog.DefaultFilter;
import io.looksql.catalog.ExecutionSettings;
import io.looksql.catalog.ExploreDefinition;
import io.looksql.catalog.LookerRequest;
import io.looksql.catalog.LookerTable;
import io.looksql.catalog.QueryRows;
import io.looksql.catalog.QueryWarnings;
import io.looksql.catalog.StatementFailures;
import io.looksql.catalog.exec.BackgroundWait;
import io.looksql.catalog.exec.InlineRun;
import io.looksql.catalog.exec.RecordedRows;
import io.looksql.catalog.exec.ValueConverter;
import io.looksql.catalog.lang.ExplainContext;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.runtime.Hook;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Runs the Looker query of one {@link LookerQuery} leaf when a statement executes: binds
 * parameters into the filters, sends the request through the connection's runner and streams the
 * rows, converted to Calcite's representation. Public only because generated code calls it.
 */
public final class LookerExecution {
  private final LookerTable table;
  private final LookerSpec spec;
  private final RelDataType rowType;

  LookerExecution(LookerTable table, LookerSpec spec, RelDataType rowType) {
    this.table = table;
    this.spec = spec;
    this.rowType = rowType;
  }

  /** Builds the request shown before execution: parameters show as {@code ?0}, {@code ?1}, …. */
  static LookerRequest request(LookerTable table, LookerSpec spec) {
    DataContext context = ExplainContext.INSTANCE;
    return request(table, spec, context,
        Objects.requireNonNull(BoundFilters.bind(table, spec, context)));
  }

  private static LookerRequest request(LookerTable table, LookerSpec spec, DataContext root,
      BoundFilters filters) {
    ExecutionSettings settings = table.catalog().settings();
    long limit = spec.fetch() != null ? spec.fetch() : settings.rowLimit();
    List<CustomDimension> dimensions = spec.customDimensions().stream()
        .map(d -> new CustomDimension(d.name(), d.expression().render(root)))
        .toList();
    return new LookerRequest(table.model(), table.explore(), spec.fieldNames(), filters.filters(),
        filters.expression(), spec.lookerSorts(), limit, settings.queryTimezone(),
        spec.customMeasures(), dimensions);
  }

  /**
   * Returns the rows; the query is sent when enumeration starts, once per execution of the
   * statement (see {@link RecordedRows}).
   */
  public Enumerable<Object[]> run(DataContext root) {
    if (spec.columns().isEmpty()) {
      throw new IllegalStateException("A query over explore " + table.explore()
          + " must select at least one field");
    }
    BoundFilters filters = BoundFilters.bind(table, spec, root);
    if (filters == null) {
      return Linq4j.emptyEnumerable(); // a NULL parameter leaves no row: nothing to ask Looker
    }
    LookerRequest request = request(table, spec, root, filters);
    Hook.QUERY_PLAN.run(request.toJson());
    warnDefaultFilters(request, root);
    // A nested-loop join enumerates its inner input once per outer row: one Looker query.
    return new RecordedRows<>(() -> new RowEnumerator(request, root));
  }

  /** Warns of each {@code always_filter} or {@code conditionally_filter} the request gets. */
  private void warnDefaultFilters(LookerRequest request, DataContext root) {
    ExploreDefinition explore = table.definition();
    for (DefaultFilter f : DefaultFilters.applied(explore, request.filters().keySet())) {
      String message = DefaultFilters.warning(explore, f);
      if (root.get(QueryWarnings.KEY) instanceof QueryWarnings w
          && !w.messages().contains(message)) {
        w.add(message);
      }
      table.catalog().settings().warnings().accept(message);
    }
  }

  /** Returns the values of a one-column result, as Calcite's SCALAR row format wants them. */
  public Enumerable<Object> runScalar(DataContext root) {
    return run(root).select(row -> row[0]);
  }

  /** Enumerator over one run of the query; detects a result cut by the limit. */
  private final class RowEnumerator implements Enumerator<Object[]> {
    private final LookerRequest request;
    private final @Nullable AtomicBoolean cancel;
    private final @Nullable Long timeoutMillis;
    private final @Nullable QueryWarnings warnings;
    private final ValueConverter converter = new ValueConverter(rowType);
    private final List<String> fields;
    private @Nullable QueryRows rows;
    private Object @Nullable [] current;
    private long count;

    RowEnumerator(LookerRequest request, DataContext root) {
      this.request = request;
      this.cancel = DataContext.Variable.CANCEL_FLAG.get(root);
      this.timeoutMillis = DataContext.Variable.TIMEOUT.get(root);
      this.warnings = root.get(QueryWarnings.KEY) instanceof QueryWarnings w ? w : null;
      this.fields = spec.columns().stream().map(SpecColumn::field).toList();
    }

    @Override public Object[] current() {
      return current;
    }

    @Override public boolean moveNext() {
      if (cancel != null && cancel.get()) {
        RuntimeException failure = rows instanceof InlineRun run ? run.cancel()
            : StatementFailures.cancelled("Statement cancelled");
        close();
        throw failure;
      }
      if (rows == null) {
        rows = start();
      }
      if (!rows.hasNext()) {
        return false;
      }
      QueryRows.Row row = rows.next();
      Object[] values = new Object[fields.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = converter.convert(i, row.get(fields.get(i)));
      }
      current = values;
      count++;
      if (spec.fetch() == null && count == request.limit()) {
        truncated();
      }
      return true;
    }

    /**
     * Sends the query. A statement with a query timeout runs it in the background, so that the
     * timeout stops the Looker query itself while Looker computes it; otherwise the rows stream
     * from one request, about 90 ms faster per query against the emulator. Either way a cancel
     * stops the statement at once and kills the Looker query.
     */
    private QueryRows start() {
      if (timeoutMillis == null) {
        return InlineRun.start(table.catalog().runner(), request, cancel);
      }
      return BackgroundWait.await(table.catalog().runner(), request, cancel, timeoutMillis);
    }

    private void truncated() {
      String message = "The Looker query over explore " + table.model() + "." + table.explore()
          + " returned " + count + " rows, its row limit, so the result may be incomplete; add a "
          + "LIMIT or raise the connection's rowLimit";
      if (table.catalog().settings().failOnTruncation()) {
        close();
        throw new IllegalStateException(message);
      }
      if (warnings != null) {
        warnings.add(message);
      }
      table.catalog().settings().warnings().accept(message);
    }

    @Override public void reset() {
      throw new UnsupportedOperationException();
    }

    @Override public void close() {
      if (rows != null) {
        rows.close();
        rows = null;
      }
    }
  }
}
