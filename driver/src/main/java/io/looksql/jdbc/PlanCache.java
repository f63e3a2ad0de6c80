package io.looksql.jdbc;

import io.looksql.catalog.ExploreDefinition;
import io.looksql.catalog.LookerTable;
import io.looksql.catalog.QueryWarnings;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.jdbc.CalcitePrepare.CalciteSignature;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The prepared plans of one connection's recent statements, by SQL text. Preparing a text again
 * reuses its compiled plan instead of parsing, validating, planning and compiling it anew (10 to
 * 20 ms against a few microseconds), as long as every explore the plan reads still has the
 * definition it was planned against; an explore whose cached definition expired and changed in
 * Looker makes the plan stale, and the text is prepared again.
 *
 * <p>Only queries are cached. A plan is immutable once compiled; what an execution changes lives
 * in the {@code DataContext} built from each statement's own copy of the parameters.
 */
final class PlanCache {
  private final int capacity;
  private final Map<Key, Plan> plans;

  /** Creates a PlanCache that keeps at most {@code capacity} plans; 0 keeps none. */
  PlanCache(int capacity) {
    this.capacity = capacity;
    this.plans = new LinkedHashMap<>(16, 0.75f, true) {
      @Override protected boolean removeEldestEntry(Map.Entry<Key, Plan> eldest) {
        return size() > PlanCache.this.capacity;
      }
    };
  }

  /** What besides the SQL text decides a plan. */
  record Key(String sql, List<String> schemaPath, Type elementType, long maxRowCount) {
  }

  /**
   * A compiled plan and the definitions of the explores it reads.
   *
   * @param signature the prepared statement Calcite made
   * @param reads the definition each explore had when the plan was made
   */
  record Plan(CalciteSignature<?> signature, Map<LookerTable, ExploreDefinition> reads) {
    boolean fresh() {
      for (Map.Entry<LookerTable, ExploreDefinition> read : reads.entrySet()) {
        if (read.getKey().definition() != read.getValue()) {
          return false;
        }
      }
      return true;
    }
  }

  /** Returns whether plans are kept at all. */
  boolean enabled() {
    return capacity > 0;
  }

  /** Returns a fresh copy of the plan of a key, or null when there is none or it went stale. */
  @SuppressWarnings("unchecked")
  <T> @Nullable CalciteSignature<T> get(Key key) {
    Plan plan;
    synchronized (plans) {
      plan = plans.get(key);
    }
    // Checked outside the lock: an expired explore definition is fetched from Looker again.
    if (plan == null || !plan.fresh()) {
      return null;
    }
    return withOwnWarnings((CalciteSignature<T>) plan.signature());
  }

  /** Keeps a plan if it is a query. */
  void put(Key key, CalciteSignature<?> signature, Map<LookerTable, ExploreDefinition> reads) {
    if (signature.statementType != Meta.StatementType.SELECT) {
      return;
    }
    synchronized (plans) {
      plans.put(key, new Plan(signature, Map.copyOf(reads)));
    }
  }

  /**
   * Returns the same plan with its own {@link QueryWarnings}, so that statements sharing a plan
   * don't share warnings. The parameters are Calcite's map handed to each execution's
   * DataContext: the leaves report to these warnings and the statement reads them.
   */
  static <T> CalciteSignature<T> withOwnWarnings(CalciteSignature<T> plan) {
    Map<String, Object> parameters = new LinkedHashMap<>(plan.internalParameters);
    parameters.put(QueryWarnings.KEY, new QueryWarnings());
    // The original applies its own maxRowCount, so the copy has none (-1).
    return new CalciteSignature<>(plan.sql, plan.parameters, parameters, plan.rowType,
        plan.columns, plan.cursorFactory, plan.rootSchema, plan.getCollationList(), -1,
        plan::enumerable, plan.statementType);
  }
}
