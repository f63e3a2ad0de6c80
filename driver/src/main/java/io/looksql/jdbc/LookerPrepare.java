package io.looksql.jdbc;

import io.looksql.catalog.ExploreDefinition;
import io.looksql.catalog.LookSqlException;
import io.looksql.catalog.LookerTable;
import io.looksql.catalog.QueryWarnings;
import io.looksql.catalog.rel.LookerPrograms;
import io.looksql.catalog.rel.LookerQuery;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.prepare.CalcitePrepareImpl;
import org.apache.calcite.prepare.Prepare;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.rel.RelVisitor;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.sql.util.SqlOperatorTables;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql2rel.SqlToRelConverter;
import org.apache.calcite.tools.Program;
import org.apache.calcite.tools.Programs;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Calcite's statement preparation with LookSQL's planner: the Looker pre-pass and measure guard
 * before the standard program, the grouped-rows guard after it, {@link LookerSqlValidator}'s
 * refusal of measures in WHERE and ON, {@link ExploreSelectConverter}'s SELECT DISTINCT for a
 * non-aggregate SELECT of an explore, IN lists kept as predicates (so they become one Looker
 * filter), {@code MEASURE(m)} read as {@code AGGREGATE(m)}, a {@link QueryWarnings} per prepared
 * statement, and the connection's {@link PlanCache}.
 *
 * <p>Calcite creates one per statement it prepares.
 */
final class LookerPrepare extends CalcitePrepareImpl {
  private final Function<Object, @Nullable PlanCache> plansOfConnection;
  /** The explores the plan being prepared reads, with the definitions it was planned against. */
  private final Map<LookerTable, ExploreDefinition> reads = new HashMap<>();

  /**
   * Creates a LookerPrepare.
   *
   * @param plansOfConnection the plan cache of a connection (Calcite's query provider), or null
   */
  LookerPrepare(Function<Object, @Nullable PlanCache> plansOfConnection) {
    this.plansOfConnection = plansOfConnection;
  }

  @Override public <T> CalciteSignature<T> prepareSql(CalcitePrepare.Context context,
      CalcitePrepare.Query<T> query, Type elementType, long maxRowCount) {
    PlanCache plans = query.sql == null ? null
        : plansOfConnection.apply(context.getDataContext().getQueryProvider());
    if (plans == null || !plans.enabled()) {
      return PlanCache.withOwnWarnings(prepare(context, query, elementType, maxRowCount));
    }
    PlanCache.Key key = new PlanCache.Key(query.sql, context.getDefaultSchemaPath(), elementType,
        maxRowCount);
    CalciteSignature<T> cached = plans.get(key);
    if (cached != null) {
      return cached;
    }
    CalciteSignature<T> signature = prepare(context, query, elementType, maxRowCount);
    plans.put(key, signature, reads);
    return PlanCache.withOwnWarnings(signature);
  }

  private <T> CalciteSignature<T> prepare(CalcitePrepare.Context context,
      CalcitePrepare.Query<T> query, Type elementType, long maxRowCount) {
    CalcitePrepare.Query<T> q = query.sql == null ? query
        : CalcitePrepare.Query.of(MeasureSynonym.rewrite(ToolSyntax.rewrite(query.sql)));
    try {
      return super.prepareSql(context, q, elementType, maxRowCount);
    } catch (AssertionError | StackOverflowError e) {
      throw plannerFailure(e);
    } catch (ExceptionInInitializerError e) {
      // Calcite computes constants at plan time in generated code; a cast that fails there
      // (CAST('x' AS BOOLEAN)) surfaces as this Error.
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new LookSqlException("A constant in the statement can't be computed: "
          + cause.getMessage(), "22000");
    }
  }

  /** Notes the explores a final plan reads, so that the cache can tell when it went stale. */
  private RelNode recordReads(RelNode plan) {
    new RelVisitor() {
      @Override public void visit(RelNode node, int ordinal, @Nullable RelNode parent) {
        if (node instanceof LookerQuery leaf) {
          reads.put(leaf.lookerTable(), leaf.lookerTable().definition());
        }
        super.visit(node, ordinal, parent);
      }
    }.go(plan);
    return plan;
  }

  /**
   * Returns a RuntimeException for an Error thrown while planning, which Calcite, like for any
   * other failure, reports as an SQLException; JDBC callers don't expect Errors.
   */
  private static IllegalStateException plannerFailure(Error e) {
    String first = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
    return new IllegalStateException("LookSQL could not plan this statement: Calcite's planner "
        + "failed with " + e.getClass().getSimpleName()
        + (first.isEmpty() ? "" : " (" + first + ")") + ". This is a LookSQL bug; a statement "
        + "that computes measures in a sub-query first may avoid it", e);
  }

  @Override protected CalcitePreparingStmt getPreparingStmt(CalcitePrepare.Context context,
      Type elementType, CalciteCatalogReader catalogReader, RelOptPlanner planner) {
    EnumerableRel.Prefer prefer = elementType == Object[].class
        ? EnumerableRel.Prefer.ARRAY : EnumerableRel.Prefer.CUSTOM;
    RelOptCluster cluster = createCluster(planner, new RexBuilder(context.getTypeFactory()));
    return new CalcitePreparingStmt(this, context, catalogReader, context.getTypeFactory(),
        context.getRootSchema(), prefer, cluster, EnumerableConvention.INSTANCE,
        createConvertletTable()) {
      private boolean trimming;

      @Override protected SqlToRelConverter getSqlToRelConverter(SqlValidator validator,
          Prepare.CatalogReader reader, SqlToRelConverter.Config config) {
        // From 20 values on, Calcite turns IN lists into a join with VALUES, which no rule pushes.
        SqlToRelConverter.Config c = config.withInSubQueryThreshold(Integer.MAX_VALUE);
        if (trimming) {
          // Trimming simplifies a contradiction (x = 'a' AND x = 'b') into an empty VALUES: the
          // explore's leaf would be gone, and a measure over it can't be computed.
          c = c.withRelBuilderFactory(FilterKeepingRelBuilder::new);
        }
        c = c.withTopDownGeneralDecorrelationEnabled(
            context.config().topDownGeneralDecorrelationEnabled());
        return new ExploreSelectConverter(this, validator, reader, cluster, convertletTable, c);
      }

      @Override protected RelRoot trimUnusedFields(RelRoot root) {
        trimming = true;
        try {
          return super.trimUnusedFields(root);
        } finally {
          trimming = false;
        }
      }

      @Override protected SqlValidator createSqlValidator(Prepare.CatalogReader reader,
          UnaryOperator<SqlValidator.Config> configTransform) {
        SqlValidator calcite = super.createSqlValidator(reader, configTransform);
        return new LookerSqlValidator(
            SqlOperatorTables.chain(calcite.getOperatorTable(), ToolFunctions.OPERATORS),
            (CalciteCatalogReader) reader, context.getTypeFactory(),
            calcite.config().withTypeCoercionFactory(LookerTypeCoercion::new));
      }

      @Override protected Program getProgram() {
        Program record = (planner, rel, traits, materializations, lattices) -> recordReads(rel);
        return Programs.sequence(LookerPrograms.standard(), record);
      }
    };
  }
}
