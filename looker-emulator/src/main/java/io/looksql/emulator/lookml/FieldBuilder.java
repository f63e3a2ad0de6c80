package io.looksql.emulator.lookml;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builder of {@link Field}s from the {@code dimension}, {@code dimension_group} and
 * {@code measure} declarations of a view; references are checked later by {@link References}.
 */
final class FieldBuilder {
  /** Dimension types Looker documents; {@code date_<timeframe>} ones are checked apart. */
  private static final List<String> DIMENSION_TYPES = List.of("string", "number", "yesno",
      "tier", "zipcode", "date", "date_time", "location", "distance", "bin", "duration_day",
      "duration_hour", "duration_minute", "duration_second", "duration_week", "duration_month",
      "duration_quarter", "duration_year");
  /** Measure types Looker documents. */
  private static final List<String> MEASURE_TYPES = List.of("count", "count_distinct", "sum",
      "average", "min", "max", "number", "list", "string", "date", "yesno", "median",
      "percentile", "sum_distinct", "average_distinct", "median_distinct",
      "percentile_distinct", "running_total", "percent_of_total", "percent_of_previous",
      "period_over_period");
  /** Types of a {@code filter} field. */
  private static final List<String> FILTER_TYPES =
      List.of("string", "number", "yesno", "date", "date_time");
  /** Types of a {@code parameter} field. */
  private static final List<String> PARAMETER_TYPES = List.of("string", "number", "yesno",
      "date", "date_time", "unquoted");
  /** Intervals of a {@code type: duration} dimension group, by default all four given. */
  private static final List<String> INTERVALS = List.of("day", "hour", "minute", "second",
      "week", "month", "quarter", "year");
  private static final List<String> TIER_STYLES =
      List.of("classic", "interval", "integer", "relational");
  private static final List<String> DATATYPES =
      List.of("timestamp", "datetime", "date", "epoch", "yyyymmdd");
  private static final List<Timeframe> DEFAULT_TIMEFRAMES = List.of(Timeframe.RAW,
      Timeframe.TIME, Timeframe.DATE, Timeframe.WEEK, Timeframe.MONTH, Timeframe.QUARTER,
      Timeframe.YEAR);
  /** Measure types that aggregate or compute an expression, so they cannot do without sql. */
  private static final Set<String> MEASURES_NEEDING_SQL =
      Set.of("count_distinct", "sum", "average", "min", "max", "number", "string", "date",
          "yesno", "median", "percentile", "sum_distinct", "average_distinct", "median_distinct",
          "percentile_distinct", "running_total", "percent_of_total", "percent_of_previous");

  private FieldBuilder() {
  }

  /** Returns the field of a {@code dimension: name { ... }} declaration. */
  static Field dimension(Node node, Mentions mentions, boolean hiddenByDefault) {
    Value.Block block = Params.named(node);
    String name = block.name();
    Params params = new Params(block.body(), "dimension '" + name + "'");
    String written = params.string("type");
    String type = written != null && written.startsWith("date_")
        && Timeframe.of(written.substring("date_".length())) != null ? written
        : choice(params, "type", "string", DIMENSION_TYPES, "dimension type");
    List<Double> tiers = List.of();
    String tierStyle = null;
    if (type.equals("tier") || type.equals("bin")) {
      tiers = tiers(params, type.equals("bin") && params.single("bins") != null ? "bins" : "tiers",
          name, node.position());
      tierStyle = choice(params, "style", "classic", TIER_STYLES, "tier style");
    }
    // type: date_month and the like apply a timeframe to the dimension's own SQL.
    Timeframe timeframe = type.startsWith("date_") ? Timeframe.of(type.substring(5)) : null;
    String datatype = timeframe == null ? null
        : choice(params, "datatype", "timestamp", DATATYPES, "datatype");
    return new Field(name, Category.DIMENSION, type, sqlOrColumn(params, name, mentions),
        params.bool("primary_key", false), params.bool("hidden", hiddenByDefault),
        params.string("label"), params.string("description"),
        params.string("value_format_name"), params.strings("tags"),
        null, timeframe, datatype, params.bool("convert_tz", true), tiers, tierStyle,
        Map.of(), null, node.position(), params.strings("required_access_grants"),
        Presentation.of(params),
        FieldDetailsBuilder.dimension(params, type, name, node.position(), mentions));
  }

  /** Returns the field of a templated {@code filter} or a {@code parameter} declaration. */
  static Field userField(Node node, Category category, Mentions mentions) {
    return FieldDetailsBuilder.filterOnly(node, mentions, category);
  }

  /** Returns the fields of a {@code dimension_group}, one per timeframe in declaration order. */
  static List<Field> dimensionGroup(Node node, Mentions mentions, boolean hiddenByDefault) {
    Value.Block block = Params.named(node);
    String group = block.name();
    Params params = new Params(block.body(), "dimension_group '" + group + "'");
    if (params.single("type") == null) {
      Params.fail(node.position(), "expected 'type: time' in dimension_group '" + group
          + "', found none");
    }
    if (choice(params, "type", "time", List.of("time", "duration"), "dimension_group type")
        .equals("duration")) {
      return durations(node, params, group, mentions, hiddenByDefault);
    }
    String datatype = choice(params, "datatype", "timestamp", DATATYPES, "datatype");
    // A date has no time of day, so there is nothing to shift between time zones.
    boolean convertTz = !datatype.equals("date") && !datatype.equals("yyyymmdd")
        && params.bool("convert_tz", true);
    String sql = sqlOrColumn(params, group, mentions);
    List<Field> fields = new ArrayList<>();
    for (Timeframe timeframe : timeframes(params)) {
      fields.add(new Field(group + "_" + timeframe.lookml(), Category.DIMENSION,
          timeframe.apiType(), sql, false, params.bool("hidden", hiddenByDefault),
          params.string("label"), params.string("description"),
          params.string("value_format_name"), params.strings("tags"),
          group, timeframe, datatype, convertTz, List.of(), null, Map.of(), null,
          node.position(), params.strings("required_access_grants"), Presentation.of(params)));
    }
    return fields;
  }

  /**
   * Returns the fields of a {@code type: duration} dimension group, {@code <interval>s_<group>}
   * of type {@code duration_<interval>}, one per interval; their SQL is {@code sql_start} (the
   * span's semantics, with {@code sql_end}, belong to query generation).
   */
  private static List<Field> durations(Node node, Params params, String group,
      Mentions mentions, boolean hiddenByDefault) {
    Value.Sql start = params.sqlBlock("sql_start");
    Value.Sql end = params.sqlBlock("sql_end");
    if (start == null || end == null) {
      Params.fail(node.position(), "expected 'sql_start' and 'sql_end' in duration "
          + "dimension_group '" + group + "'");
    }
    mentions.addSql(start);
    mentions.addSql(end);
    List<String> intervals = params.single("intervals") == null
        ? List.of("day", "hour", "minute", "second") : params.strings("intervals");
    String datatype = choice(params, "datatype", "timestamp", DATATYPES, "datatype");
    FieldDetails details = new FieldDetails(null, null, null, null, List.of(), null, start.text(),
        end.text(), null, null, null, List.of(), null);
    List<Field> fields = new ArrayList<>();
    for (String interval : intervals) {
      if (!INTERVALS.contains(interval)) {
        Params.fail(params.valuePosition("intervals", node.position()), "unsupported interval '"
            + interval + "' (supported: " + String.join(", ", INTERVALS) + ")");
      }
      fields.add(new Field(interval + "s_" + group, Category.DIMENSION, "duration_" + interval,
          start.text(), false, params.bool("hidden", hiddenByDefault), params.string("label"),
          params.string("description"), params.string("value_format_name"),
          params.strings("tags"), group, null, datatype, false, List.of(), null, Map.of(), null,
          node.position(), params.strings("required_access_grants"), Presentation.of(params),
          details));
    }
    return fields;
  }

  /** Returns the field of a {@code measure: name { ... }} declaration. */
  static Field measure(Node node, Mentions mentions, boolean hiddenByDefault) {
    Value.Block block = Params.named(node);
    String name = block.name();
    Params params = new Params(block.body(), "measure '" + name + "'");
    String type = choice(params, "type", null, MEASURE_TYPES, "measure type");
    if (type == null) {
      Params.fail(node.position(), "expected 'type' in measure '" + name + "', found none");
    }
    String sql = params.sql("sql");
    mentions.addSql(params.sqlBlock("sql"));
    mentions.addFilterFields(params.pairItems("filters"));
    if (sql == null && MEASURES_NEEDING_SQL.contains(type)) {
      Params.fail(node.position(),
          "expected 'sql' in measure '" + name + "' of type " + type + ", found none");
    }
    String listField = params.string("list_field");
    if (listField == null && type.equals("list")) {
      Params.fail(node.position(),
          "expected 'list_field' in measure '" + name + "' of type list, found none");
    }
    Integer percentile = null;
    if (type.startsWith("percentile")) {
      percentile = percentile(params, name, node.position());
    }
    mentions.addSql(params.sqlBlock("sql_distinct_key"));
    FieldDetails details = new FieldDetails(percentile, params.sql("sql_distinct_key"), null,
        null, List.of(), null, null, null, null, null, null, List.of(), null);
    return new Field(name, Category.MEASURE, type, sql, false,
        params.bool("hidden", hiddenByDefault), params.string("label"),
        params.string("description"), params.string("value_format_name"),
        params.strings("tags"), null, null, null, false, List.of(), null,
        params.pairs("filters"), listField, node.position(),
        params.strings("required_access_grants"), Presentation.of(params), details);
  }

  /** Returns the {@code percentile} of a percentile measure, a whole number from 1 to 99. */
  private static int percentile(Params params, String name, SourcePosition position) {
    String text = params.string("percentile");
    if (text == null) {
      Params.fail(position, "expected 'percentile' in percentile measure '" + name + "', found none");
    }
    try {
      int value = Integer.parseInt(text);
      if (value >= 1 && value <= 99) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    return Params.fail(params.valuePosition("percentile", position),
        "expected a whole number from 1 to 99 for 'percentile', found '" + text + "'");
  }

  /** Returns {@code sql}, or {@code ${TABLE}.name} as Looker assumes when there is none. */
  private static String sqlOrColumn(Params params, String name, Mentions mentions) {
    Value.Sql sql = params.sqlBlock("sql");
    mentions.addSql(sql);
    return sql != null ? sql.text() : "${TABLE}." + name;
  }

  private static List<Double> tiers(Params params, String key, String name,
      SourcePosition position) {
    List<Node> items = params.items(key);
    if (items.isEmpty()) {
      Params.fail(position, "expected '" + key + "' in " + (key.equals("bins") ? "bin" : "tier")
          + " dimension '" + name + "', found none");
    }
    List<Double> tiers = new ArrayList<>();
    for (Node item : items) {
      Value.Scalar value = (Value.Scalar) item.value();
      if (item.key() != null || value.kind() != Token.Kind.NUMBER) {
        Params.fail(item.position(), "expected a number in '" + key + "', found "
            + (item.key() != null ? "'" + item.key() + ":'" : value.describe()));
      }
      tiers.add(Double.parseDouble(value.text()));
    }
    return List.copyOf(tiers);
  }

  private static List<Timeframe> timeframes(Params params) {
    if (params.single("timeframes") == null) {
      return DEFAULT_TIMEFRAMES;
    }
    List<Node> items = params.items("timeframes");
    if (items.isEmpty()) {
      Params.fail(params.valuePosition("timeframes", null),
          "expected a timeframe in 'timeframes', found an empty list");
    }
    EnumSet<Timeframe> seen = EnumSet.noneOf(Timeframe.class);
    List<Timeframe> timeframes = new ArrayList<>();
    for (Node item : items) {
      Value.Scalar value = (Value.Scalar) item.value();
      Timeframe timeframe = item.key() == null ? Timeframe.of(value.text()) : null;
      if (timeframe == null) {
        Params.fail(item.position(), "unsupported timeframe "
            + (item.key() != null ? "'" + item.key() + ":'" : "'" + value.text() + "'")
            + " (supported: " + String.join(", ", timeframeNames()) + ")");
      }
      if (!seen.add(timeframe)) {
        Params.fail(item.position(), "duplicate timeframe '" + value.text() + "'");
      }
      timeframes.add(timeframe);
    }
    return List.copyOf(timeframes);
  }

  private static List<String> timeframeNames() {
    List<String> names = new ArrayList<>();
    for (Timeframe timeframe : Timeframe.values()) {
      names.add(timeframe.lookml());
    }
    return names;
  }

  /** Returns a key's value, which must be one of the supported ones, or the default. */
  static String choice(Params params, String key, String absent, List<String> supported,
      String what) {
    Node node = params.single(key);
    if (node == null) {
      return absent;
    }
    String value = params.string(key);
    if (!supported.contains(value)) {
      Params.fail(node.value().position(), "unsupported " + what + " '" + value
          + "' (supported: " + String.join(", ", supported) + ")");
    }
    return value;
  }
}
