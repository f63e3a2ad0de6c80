package io.looksql.catalog.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.linq4j.Linq4j;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Rows of one Looker query that can be enumerated again without asking Looker again: the first
 * enumeration records them as they stream, and once it has read them all, later enumerations
 * (a nested-loop join reads its inner input once per outer row) replay the recording.
 *
 * <p>Only the first {@value #MAX_RECORDED} rows are recorded, so that a large result read once
 * costs no memory; a result larger than that is asked for again when it is enumerated again.
 *
 * @param <T> the row type
 */
public final class RecordedRows<T> extends AbstractEnumerable<T> {
  /** The most rows recorded for replay. */
  public static final int MAX_RECORDED = 10_000;

  private final Supplier<Enumerator<T>> run;
  private @Nullable List<T> recorded;

  /**
   * Creates rows that {@code run} enumerates; it sends the query each time it is called.
   *
   * @param run starts a new run of the query
   */
  public RecordedRows(Supplier<Enumerator<T>> run) {
    this.run = run;
  }

  @Override public Enumerator<T> enumerator() {
    List<T> rows = recorded;
    return rows != null ? Linq4j.enumerator(rows) : new Recording(run.get());
  }

  /** Enumerates one run, recording its rows until it ends or has too many to record. */
  private final class Recording implements Enumerator<T> {
    private final Enumerator<T> rows;
    private @Nullable List<T> recording = new ArrayList<>();

    Recording(Enumerator<T> rows) {
      this.rows = rows;
    }

    @Override public T current() {
      return rows.current();
    }

    @Override public boolean moveNext() {
      boolean next = rows.moveNext();
      List<T> r = recording;
      if (r != null) {
        if (!next) {
          recorded = r;
          recording = null;
        } else if (r.size() < MAX_RECORDED) {
          r.add(rows.current());
        } else {
          recording = null;
        }
      }
      return next;
    }

    @Override public void reset() {
      throw new UnsupportedOperationException();
    }

    @Override public void close() {
      rows.close();
    }
  }
}
