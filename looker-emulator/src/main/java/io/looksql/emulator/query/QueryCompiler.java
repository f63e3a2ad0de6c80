package io.looksql.emulator.query;

import io.looksql.emulator.filter.FilterCompiler;
import io.looksql.emulator.filter.FilterContext;
import io.looksql.emulator.filter.FilterException;
import io.looksql.emulator.filter.FilterType;
import io.looksql.emulator.lookml.Explore;
import io.looksql.emulator.lookml.Field;
import io.looksql.emulator.lookml.Model;
import io.looksql.emulator.lookml.Project;
import io.looksql.emulator.sql.Dialect;
import io.looksql.emulator.sql.SqlFragment;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Compiles a Looker query against a LookML project into one SQL statement. */
public final class QueryCompiler {
  /** Looker's row limit when a query gives none. */
  public static final long DEFAULT_LIMIT = 5000;

  private final Dialect dialect;
  private final Clock clock;

  /** Creates a QueryCompiler; the clock is what relative date filters are relative to. */
  public QueryCompiler(Dialect dialect, Clock clock) {
    this.dialect = dialect;
    this.clock = clock;
  }

  /** Returns the dialect the compiler writes SQL for. */
  public Dialect dialect() {
    return dialect;
  }

  /**
   * Returns the SQL statement of a query.
   *
   * @param limitOverride the {@code limit} query parameter of the run endpoints, or null
   * @throws QueryException if the model or explore is unknown (404) or the query is invalid (422)
   */
  public CompiledQuery compile(Project project, WriteQuery query, Long limitOverride) {
    return compile(project, query, limitOverride, QueryContext.NONE);
  }

  /**
   * Returns the SQL statement of a query run by a user: models the user may not see are unknown,
   * and the explore's access, always and conditional filters are applied.
   *
   * @param limitOverride the {@code limit} query parameter of the run endpoints, or null
   * @param context the user the query runs as
   * @throws QueryException if the model or explore is unknown (404), the user may not run it (403)
   *     or the query is invalid (422)
   */
  public CompiledQuery compile(Project project, WriteQuery query, Long limitOverride,
      QueryContext context) {
    return compile(project, query, limitOverride, context, 0);
  }

  /** Compiles a query, {@code depth} native derived tables deep. */
  CompiledQuery compile(Project project, WriteQuery query, Long limitOverride,
      QueryContext context, int depth) {
    Model model = project.models().get(required("model", query.model()));
    if (model == null || !context.canSeeModel(model.name())) {
      throw QueryException.notFound("Model '" + query.model() + "' not found");
    }
    Explore explore = model.explores().get(required("view", query.view()));
    // An explore whose access grants the user lacks is as absent as an unknown one.
    if (explore == null || !context.granted(model, explore.requiredAccessGrants())) {
      throw QueryException.notFound("Explore '" + query.view() + "' not found in model '" + model.name() + "'");
    }
    if (query.pivots() != null && !query.pivots().isEmpty()) {
      throw QueryException.invalid("pivots", "invalid", "Pivots are not supported by the emulator");
    }
    ZoneId timeZone = timeZone(query.queryTimezone());
    long limit = limit(query.limit(), limitOverride);
    FilterContext filterContext =
        new FilterContext(LocalDateTime.now(clock.withZone(timeZone)), model.calendar().weekStart());

    ExploreScope scope = new ExploreScope(model, explore,
        required -> context.granted(model, required));
    DimensionSql dimensions = new DimensionSql(scope, dialect, timeZone);
    scope.nativeTables(new NativeDerivedTables(this, project, model.name(),
        query.filters() == null ? Map.of() : query.filters(), context, depth));
    scope.liquid(new LiquidSql(scope, query.fields() == null ? List.of() : query.fields(),
        query.filters() == null ? Map.of() : query.filters(), context.userAttributes(),
        filterContext, f -> dimensions.filterType(f).name()));
    MeasureSql measures = new MeasureSql(scope, dimensions, dialect, filterContext);
    CustomDimensions customDimensions =
        new CustomDimensions(scope, dialect, timeZone, filterContext.now());
    Map<String, ScopedField> custom = DynamicFields.parse(query.dynamicFields(), scope, customDimensions);

    SelectPlan plan = new SelectPlan(scope, dimensions, measures, customDimensions, dialect);
    for (String name : query.fields() == null ? List.<String>of() : query.fields()) {
      if (!plan.hasField(name)) {
        ScopedField field = resolve(name, "fields", scope, custom);
        if (field.field().isFilterOnly()) {
          throw QueryException.invalid("fields", "invalid", "Field \"" + name + "\" is a "
              + field.field().category().api() + ", which queries filter on but can't select");
        }
        plan.select(name, field, custom.containsKey(name));
      }
    }
    if (plan.isEmpty()) {
      throw QueryException.invalid("fields", "missing_field", "A query needs at least one field in 'fields'");
    }
    if (query.filterExpression() != null && !query.filterExpression().isBlank()) {
      // ANDed with the filters, as Looker does; the order of the conditions doesn't matter.
      FilterExpression.apply(query.filterExpression(), plan, customDimensions, dimensions,
          filterContext.now());
    }
    if (query.filters() != null) {
      for (Map.Entry<String, String> filter : query.filters().entrySet()) {
        addFilter(plan, resolve(filter.getKey(), "filters", scope, custom), filter.getKey(),
            filter.getValue(), dimensions, filterContext);
      }
    }
    for (ImpliedFilter implied : ExploreFilters.of(explore, query.filters(), context)) {
      addFilter(plan, implied(implied, scope), implied.field(), implied.expression(), dimensions,
          filterContext);
    }
    ExploreSqlClauses.apply(explore, scope, plan, dimensions);
    plan.sort(query.sorts() == null ? List.of() : query.sorts());
    SqlFragment sql = plan.write(limit);
    return new CompiledQuery(model, explore, sql, plan.resultFields(), limit, timeZone,
        plan.unrunnable());
  }

  private static void addFilter(SelectPlan plan, ScopedField field, String name, String expression,
      DimensionSql dimensions, FilterContext context) {
    try {
      if (field.field().isFilterOnly()) {
        // Its value reaches SQL through Liquid; a filter field's own sql is a WHERE condition.
        if (field.field().sql() != null) {
          plan.where(SqlFragment.of("(" + Substitution.apply(field.field().sql(), field.alias(),
              plan.scope(), f -> f.field().type().equals("yesno") ? dimensions.condition(f)
                  : dimensions.value(f)) + ")"));
        }
      } else if (field.field().isMeasure()) {
        FilterType type = switch (field.field().type()) {
          case "list", "string", "yesno" -> FilterType.STRING;
          case "date" -> FilterType.DATE;
          default -> FilterType.NUMBER;
        };
        plan.having(field, type, expression == null ? "" : expression);
      } else if (plan.isCustomDimension(field)) {
        plan.where(plan.customDimensionFilter(field, expression == null ? "" : expression, context));
      } else {
        plan.where(FilterCompiler.compile(dimensions.filterType(field), expression == null ? "" : expression,
            dimensions.filterColumn(field), context));
      }
    } catch (FilterException e) {
      throw QueryException.invalid("filters", "invalid", "Filter on " + name + ": " + e.getMessage());
    }
  }

  private static ScopedField resolve(String name, String property, ExploreScope scope,
      Map<String, ScopedField> custom) {
    ScopedField field = custom.containsKey(name) ? custom.get(name) : scope.find(name);
    if (field == null) {
      throw QueryException.invalid(property, "invalid", "Unknown field \"" + name + "\" in explore '"
          + scope.explore().name() + "' of model '" + scope.model().name() + "'");
    }
    return field;
  }

  /** Resolves an explore's own filter field, which its {@code fields} lists need not expose. */
  private static ScopedField implied(ImpliedFilter filter, ExploreScope scope) {
    String name = filter.field();
    ScopedField field = scope.find(name);
    int dot = name.indexOf('.');
    if (field == null && dot > 0) {
      field = scope.findAny(name.substring(0, dot), name.substring(dot + 1));
    }
    if (field == null) {
      throw QueryException.invalid("filters", "invalid", "Unknown field \"" + name + "\" in the "
          + filter.source() + " of explore '" + scope.explore().name() + "'");
    }
    return field;
  }

  private static String required(String property, String value) {
    if (value == null || value.isBlank()) {
      throw QueryException.invalid(property, "missing_field", "'" + property + "' is required.");
    }
    return value;
  }

  private static ZoneId timeZone(String name) {
    if (name == null || name.isBlank()) {
      return ZoneOffset.UTC;
    }
    try {
      return ZoneId.of(name);
    } catch (DateTimeException e) {
      throw QueryException.invalid("query_timezone", "invalid", "Unknown time zone \"" + name + "\"");
    }
  }

  private static long limit(String limit, Long override) {
    if (override != null) {
      return checkLimit(override, String.valueOf(override));
    }
    if (limit == null || limit.isBlank()) {
      return DEFAULT_LIMIT;
    }
    try {
      return checkLimit(Long.parseLong(limit.trim()), limit);
    } catch (NumberFormatException e) {
      throw QueryException.invalid("limit", "invalid", "limit must be a whole number or -1, not \"" + limit + "\"");
    }
  }

  private static long checkLimit(long value, String text) {
    if (value < -1) {
      throw QueryException.invalid("limit", "invalid", "limit must be -1 (no limit) or at least 0, not " + text);
    }
    return value;
  }


  /** Returns whether a field holds points in time (for Looker's default sort). */
  static boolean isTemporal(Field field) {
    return (field.timeframe() != null && field.timeframe().isTemporal())
        || field.type().equals("date") || field.type().equals("date_time");
  }

}
