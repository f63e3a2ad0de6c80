package io.looksql.emulator.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.looksql.emulator.lookml.Explore;
import io.looksql.emulator.lookml.Field;
import io.looksql.emulator.lookml.Timeframe;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps a LookML field to OpenAPI {@code LookmlModelExploreField}, the shape of explore metadata
 * and of the field lists in {@code json_detail} and {@code json_bi}. Properties the spec does not
 * allow to be null are always present; nullable ones are null when they do not apply.
 *
 * <p>{@code user_attribute_filter_types} is left out: the spec puts its enum on the array rather
 * than on the items, so no non-empty value (and not even an empty one) would validate.
 */
final class FieldMetadata {
  private static final Set<String> NUMERIC_MEASURES = Set.of("count", "count_distinct", "sum",
      "average", "number", "min", "max", "median", "percentile", "sum_distinct",
      "average_distinct", "median_distinct", "percentile_distinct", "running_total",
      "percent_of_total", "percent_of_previous");
  private static final Set<Timeframe> RANGE_TIMEFRAMES = Set.of(Timeframe.DATE, Timeframe.WEEK,
      Timeframe.MONTH, Timeframe.QUARTER, Timeframe.YEAR);

  private final String projectName;
  private final Explore explore;

  FieldMetadata(String projectName, Explore explore) {
    this.projectName = projectName;
    this.explore = explore;
  }

  /** Returns the metadata of a field addressed as {@code alias.field} in the explore. */
  ObjectNode of(String alias, Field f, boolean dynamic) {
    String name = alias + "." + f.name();
    String viewLabel = viewLabel(alias, f);
    Timeframe tf = f.timeframe();
    boolean yesno = "yesno".equals(f.type());
    boolean numeric = isNumeric(f);
    String groupLabel = null;
    String variant;
    String labelShort;
    if (f.group() != null && tf != null) {
      String group = f.label() != null ? f.label() : Labels.title(f.group());
      variant = Labels.timeframe(tf);
      labelShort = group + " " + variant;
      groupLabel = f.label() != null ? group : group + " Date";
    } else {
      labelShort = f.label() != null ? f.label()
          : Labels.title(f.name()) + (yesno ? " (Yes / No)" : "");
      variant = labelShort;
      groupLabel = f.presentation().groupLabel();
      if (groupLabel != null && f.presentation().groupItemLabel() != null) {
        variant = f.presentation().groupItemLabel();
      }
    }
    String sourceFile = f.position() == null ? "" : f.position().file();

    ObjectNode n = Json.object();
    n.put("align", numeric ? "right" : "left");
    n.put("can_filter", true);
    n.put("category", f.category().api());
    n.putNull("default_filter_value");
    n.put("description", f.description());
    n.put("dimension_group", f.group() == null ? null : alias + "." + f.group());
    n.set("drill_fields", Json.strings(drillFields(alias, f)));
    if (yesno) {
      ArrayNode e = n.putArray("enumerations");
      e.addObject().put("label", "Yes").put("value", "Yes");
      e.addObject().put("label", "No").put("value", "No");
    } else {
      n.putNull("enumerations");
    }
    n.putNull("error");
    n.put("field_group_label", groupLabel);
    n.put("field_group_variant", variant);
    if (yesno) {
      n.put("fill_style", "enumeration");
    } else if (tf != null && RANGE_TIMEFRAMES.contains(tf)) {
      n.put("fill_style", "range");
    }
    n.put("fiscal_month_offset", 0);
    n.put("has_allowed_values", false);
    n.put("has_drills_metadata", false);
    n.put("hidden", f.hidden());
    n.put("is_filter", false);
    n.put("is_fiscal", false);
    n.put("is_numeric", numeric);
    n.put("is_timeframe", tf != null);
    n.put("can_time_filter", tf != null && tf.isTemporal());
    String interval = interval(tf);
    if (interval != null) {
      n.putObject("time_interval").put("name", interval).put("count", 1);
    }
    n.put("label", viewLabel + " " + labelShort);
    n.put("label_short", labelShort);
    n.putNull("lookml_link");
    n.putArray("links");
    n.put("measure", f.isMeasure());
    n.put("name", name);
    n.put("strict_value_format", false);
    n.put("parameter", false);
    n.putNull("permanent");
    n.put("primary_key", f.primaryKey());
    n.put("project_name", projectName);
    n.put("requires_refresh_on_sort", false);
    n.put("scope", alias);
    n.put("sortable", true);
    n.put("source_file", sourceFile);
    n.put("source_file_path", projectName + "/" + sourceFile);
    n.put("sql", f.sql());
    n.putNull("sql_case");
    n.set("filters", measureFilters(f.filters()));
    n.put("suggest_dimension", name);
    n.put("suggest_explore", explore.name());
    n.put("suggestable", !f.isMeasure() && ("string".equals(f.type()) || "zipcode".equals(f.type())));
    n.putNull("suggestions");
    n.putArray("synonyms");
    n.set("tags", Json.strings(f.tags() == null ? List.of() : f.tags()));
    n.put("type", f.type());
    n.put("value_format", f.presentation().valueFormat());
    n.put("value_format_name", f.valueFormatName());
    n.put("view", alias);
    n.put("view_label", viewLabel);
    n.put("dynamic", dynamic);
    n.put("week_start_day", "monday");
    n.put("times_used", 0);
    n.put("original_view", ExploreFields.viewName(explore, alias));
    n.put("datatype", f.group() == null ? null : f.datatype());
    if (f.group() != null) {
      n.put("convert_tz", f.convertTz());
    } else {
      n.putNull("convert_tz");
    }
    return n;
  }

  /**
   * Returns the label of the field's view in the field picker: the field's {@code view_label},
   * else its join's or (for the base view) the explore's, else the alias title-cased.
   */
  private String viewLabel(String alias, Field f) {
    if (f.presentation().viewLabel() != null) {
      return f.presentation().viewLabel();
    }
    String written = null;
    if (alias.equals(explore.alias())) {
      written = explore.options().viewLabel();
    } else if (explore.join(alias) != null) {
      written = explore.join(alias).options().viewLabel();
    }
    return written != null ? written : Labels.title(alias);
  }

  /** Returns the field's {@code drill_fields}, a name without a view being the field's own. */
  private static List<String> drillFields(String alias, Field f) {
    List<String> names = new java.util.ArrayList<>();
    for (String field : f.presentation().drillFields()) {
      // A set (name*) is left out: its fields are the view's, not resolved here.
      if (!field.endsWith("*")) {
        names.add(field.contains(".") ? field : alias + "." + field);
      }
    }
    return names;
  }

  private static boolean isNumeric(Field f) {
    if (f.isMeasure()) {
      return NUMERIC_MEASURES.contains(f.type());
    }
    if (f.timeframe() != null) {
      return f.timeframe().isNumeric();
    }
    return "number".equals(f.type());
  }

  /** Returns the {@code time_interval} name of a timeframe, or null when it is not a period. */
  private static String interval(Timeframe tf) {
    if (tf == null) {
      return null;
    }
    switch (tf) {
    case TIME:
      return "second";
    case MINUTE:
      return "minute";
    case HOUR:
      return "hour";
    case DATE:
      return "day";
    case WEEK:
      return "week";
    case MONTH:
      return "month";
    case QUARTER:
      return "quarter";
    case YEAR:
      return "year";
    default:
      return null;
    }
  }

  private static ArrayNode measureFilters(Map<String, String> filters) {
    if (filters == null || filters.isEmpty()) {
      return null;
    }
    ArrayNode a = Json.array();
    filters.forEach((field, condition) -> a.addObject().put("field", field).put("condition", condition));
    return a;
  }
}
