package io.looksql.emulator.lookml;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters Looker documents for each LookML construct, so that an unknown one is an error
 * naming its file, line and column, as Looker's validator reports it.
 *
 * <p>Each construct lists its parameters; {@code key:construct} means the key's block value is
 * itself that construct ({@code dimension:field}). A construct listed as {@link #OPEN} accepts
 * any parameter: its contents are read and ignored (applications, visualizations). Whether a
 * parameter changes anything is not this table's concern: it only says what is LookML.
 */
final class ParameterTable {
  /** A construct whose parameters are not checked. */
  static final String OPEN = "*";

  private static final String[] SPEC = {
      // Top level of any file other than the manifest (models, views, explores, plain .lkml).
      "file", "include connection label persist_for persist_with case_sensitive"
          + " week_start_day fiscal_month_offset datagroup:datagroup access_grant:access_grant"
          + " named_value_format:named_value_format map_layer:map_layer test:test"
          + " explore:explore view:view",
      "manifest", "project_name constant:constant local_dependency:dependency"
          + " remote_dependency:dependency localization_settings:localization"
          + " application:* visualization:* new_lookml_runtime override_constant:constant",
      "constant", "value export",
      "dependency", "project url ref override_constant:constant",
      "localization", "default_locale localization_level",
      "datagroup", "sql_trigger max_cache_age interval_trigger label description",
      "access_grant", "user_attribute allowed_values",
      "named_value_format", "value_format strict_value_format",
      "map_layer", "url file format feature_key label property_key property_label_key"
          + " projection extents_json_url max_zoom_level min_zoom_level",
      "test", "explore_source:explore_source assert:assert",
      "assert", "expression",
      "explore", "access_filter:access_filter aggregate_table:aggregate_table"
          + " always_filter:filter_defaults always_join cancel_grouping_fields case_sensitive"
          + " conditionally_filter:filter_defaults description extends extension fields final"
          + " from group_label hidden join:join label persist_for persist_with query:query"
          + " required_access_grants sql_always_having sql_always_where sql_preamble"
          + " sql_table_name symmetric_aggregates tags view_label view_name",
      "join", "fields foreign_key from outer_only relationship required_access_grants"
          + " required_joins sql sql_foreign_key sql_on sql_table_name sql_where type"
          + " view_label",
      "access_filter", "field user_attribute",
      "filter_defaults", "filters unless",
      "aggregate_table", "query:query materialization:derived_table",
      "query", "dimensions measures filters label description pivots sorts limit timezone"
          + " timeframes",
      "view", "alias derived_table:derived_table description dimension:field"
          + " dimension_group:field drill_fields extends extension fields_hidden_by_default"
          + " filter:field final label measure:field parameter:field required_access_grants"
          + " set:set sql_table_name suggestions view_label",
      "set", "fields",
      "derived_table", "cluster_keys create_process:create_process datagroup_trigger"
          + " distribution distribution_style explore_source:explore_source increment_key"
          + " increment_offset indexes interval_trigger materialized_view partition_keys"
          + " persist_for publish_as_db_view sortkeys sql sql_create sql_trigger_value"
          + " table_compression table_format",
      "create_process", "sql_step",
      "explore_source", "bind_all_filters bind_filters:bind_filters column:column"
          + " derived_column:derived_column expression_custom_filter filters:source_filter"
          + " limit sort:source_sort sorts timezone",
      "bind_filters", "from_field to_field",
      "column", "field",
      "derived_column", "sql",
      "source_filter", "field value",
      "source_sort", "field desc",
      "field", "action:action alias allow_approximate_optimization allow_fill"
          + " allowed_value:allowed_value alpha_sort approximate approximate_threshold"
          + " based_on based_on_time bins bypass_suggest_restrictions can_filter case:case"
          + " case_sensitive convert_tz datatype default_value description direction"
          + " drill_fields end_location_field fanout_on filters full_suggestions"
          + " group_item_label group_label hidden html intervals kind label"
          + " label_from_parameter link:link list_field map_layer_name order_by_field"
          + " percentile period precision primary_key required_access_grants required_fields"
          + " skip_drill_filter sql sql_distinct_key sql_end sql_latitude sql_longitude"
          + " sql_start start_location_field style suggest_dimension suggest_explore"
          + " suggest_persist_for suggestable suggestions tags tiers timeframes type units"
          + " value_format value_format_name view_label",
      "allowed_value", "label value",
      "case", "when:when else",
      "when", "sql label",
      "link", "label url icon_url",
      "action", "label url icon_url form_url param:param form_param:form_param"
          + " user_attribute_param:user_attribute_param",
      "param", "name value",
      "form_param", "name type label description required default option:option",
      "option", "name label",
      "user_attribute_param", "user_attribute name",
  };

  private static final Map<String, Map<String, String>> CONSTRUCTS = parse();

  private ParameterTable() {
  }

  /**
   * Checks every parameter of a file's pairs and, recursively, of their blocks.
   *
   * @param construct {@code file} or {@code manifest}
   * @throws LookmlException for an unknown parameter, naming where it is and what it is in
   */
  static void check(List<Node> pairs, String construct) {
    check(pairs, construct, construct.equals("manifest") ? "the manifest" : "the file");
  }

  private static void check(List<Node> pairs, String construct, String owner) {
    Map<String, String> known = CONSTRUCTS.get(construct);
    for (Node pair : pairs) {
      if (!known.containsKey(pair.key())) {
        Params.fail(pair.position(), "unknown parameter '" + pair.key() + "' in " + owner);
      }
      String child = known.get(pair.key());
      if (child != null && !child.equals(OPEN) && pair.value() instanceof Value.Block block) {
        String name = block.name() == null ? "" : " '" + block.name() + "'";
        check(block.body(), child, pair.key() + name);
      }
    }
  }

  private static Map<String, Map<String, String>> parse() {
    Map<String, Map<String, String>> constructs = new HashMap<>();
    for (int i = 0; i < SPEC.length; i += 2) {
      Map<String, String> keys = new HashMap<>();
      for (String entry : SPEC[i + 1].split(" ")) {
        int colon = entry.indexOf(':');
        keys.put(colon < 0 ? entry : entry.substring(0, colon),
            colon < 0 ? null : entry.substring(colon + 1));
      }
      constructs.put(SPEC[i], Collections.unmodifiableMap(keys));
    }
    return Map.copyOf(constructs);
  }
}
