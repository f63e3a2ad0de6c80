package io.looksql.emulator.lookml;

import static io.looksql.emulator.lookml.BadInput.view;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Tests that well-formed but invalid views and fields fail, naming the offending element. */
class LookmlFieldErrorTest {
  static Stream<BadInput> badFields() {
    return Stream.of(
        view("unsupported dimension type", """
            view: v {
              dimension: a { type: geopoint }
            }
            """, "v.view.lkml:2:24: unsupported dimension type 'geopoint' (supported: string, "
                + "number, yesno, tier, zipcode, date, date_time, location, distance, bin, "
                + "duration_day, duration_hour, duration_minute, duration_second, duration_week, "
                + "duration_month, duration_quarter, duration_year)"),
        view("unsupported measure type", """
            view: v {
              measure: m { type: mode sql: 1 ;; }
            }
            """, "v.view.lkml:2:22: unsupported measure type 'mode' (supported: count, "
                + "count_distinct, sum, average, min, max, number, list, string, date, yesno, "
                + "median, percentile, sum_distinct, average_distinct, median_distinct, "
                + "percentile_distinct, running_total, percent_of_total, percent_of_previous, "
                + "period_over_period)"),
        view("measure without type", """
            view: v {
              measure: m {}
            }
            """, "v.view.lkml:2:3: expected 'type' in measure 'm', found none"),
        view("sum without sql", """
            view: v {
              measure: m { type: sum }
            }
            """, "v.view.lkml:2:3: expected 'sql' in measure 'm' of type sum, found none"),
        view("list without list_field", """
            view: v {
              measure: m { type: list }
            }
            """, "v.view.lkml:2:3: expected 'list_field' in measure 'm' of type list, "
                + "found none"),
        view("list_field naming a measure", """
            view: v {
              measure: c { type: count }
              measure: m { type: list  list_field: c }
            }
            """, "v.view.lkml:3:3: list_field 'c' of measure 'm' is not a dimension of view 'v'"),
        view("list_field naming another view's dimension", """
            view: v {
              measure: m { type: list  list_field: users.name }
            }
            """, "v.view.lkml:2:3: list_field 'users.name' of measure 'm' is not a dimension "
                + "of view 'v'"),
        view("unknown timeframe", """
            view: v {
              dimension_group: d { type: time timeframes: [date, decade] }
            }
            """, "v.view.lkml:2:54: unsupported timeframe 'decade' (supported: raw, time, "
                + "time_of_day, date, week, month, quarter, year, hour, minute, second, "
                + "millisecond, microsecond, hour2, hour3, hour4, hour6, hour8, hour12, minute2, "
                + "minute3, minute4, minute5, minute6, minute10, minute12, minute15, minute20, "
                + "minute30, millisecond2, millisecond4, millisecond5, millisecond8, "
                + "millisecond10, millisecond20, millisecond25, millisecond40, millisecond50, "
                + "millisecond100, millisecond125, millisecond200, millisecond250, "
                + "millisecond500, day_of_week, day_of_week_index, day_of_month, day_of_year, "
                + "hour_of_day, week_of_year, month_num, month_name, quarter_of_year, "
                + "fiscal_year, fiscal_quarter, fiscal_quarter_of_year, fiscal_month_num, yesno)"),
        view("repeated timeframe", """
            view: v {
              dimension_group: d { type: time timeframes: [date, date] }
            }
            """, "v.view.lkml:2:54: duplicate timeframe 'date'"),
        view("no timeframes", """
            view: v {
              dimension_group: d { type: time timeframes: [] }
            }
            """, "v.view.lkml:2:47: expected a timeframe in 'timeframes', found an empty list"),
        view("duration group without its span", """
            view: v {
              dimension_group: d { type: duration sql_start: ${TABLE}.a ;; }
            }
            """, "v.view.lkml:2:3: expected 'sql_start' and 'sql_end' in duration "
                + "dimension_group 'd'"),
        view("unsupported dimension group type", """
            view: v {
              dimension_group: d { type: period }
            }
            """, "v.view.lkml:2:30: unsupported dimension_group type 'period' "
                + "(supported: time, duration)"),
        view("group without type", """
            view: v {
              dimension_group: d {}
            }
            """, "v.view.lkml:2:3: expected 'type: time' in dimension_group 'd', found none"),
        view("unsupported datatype", """
            view: v {
              dimension_group: d { type: time datatype: julian }
            }
            """, "v.view.lkml:2:45: unsupported datatype 'julian' (supported: timestamp, "
                + "datetime, date, epoch, yyyymmdd)"),
        view("boolean spelled true", """
            view: v {
              dimension: a { hidden: true }
            }
            """, "v.view.lkml:2:26: expected yes or no for 'hidden', found 'true'"),
        view("boolean quoted", """
            view: v {
              dimension: a { primary_key: "yes" }
            }
            """, "v.view.lkml:2:31: expected yes or no for 'primary_key', found string \"yes\""),
        view("duplicate field", """
            view: v {
              dimension: a {}
              measure: a { type: count }
            }
            """, "v.view.lkml:3:3: duplicate field 'a' in view 'v' "
                + "(first declared at v.view.lkml:2:3)"),
        view("dimension group member clashing with a dimension", """
            view: v {
              dimension: d_date {}
              dimension_group: d { type: time }
            }
            """, "v.view.lkml:3:3: duplicate field 'd_date' in view 'v' "
                + "(first declared at v.view.lkml:2:3)"),
        view("repeated parameter", """
            view: v {
              dimension: a { sql: 1 ;; sql: 2 ;; }
            }
            """, "v.view.lkml:2:28: duplicate parameter 'sql' in dimension 'a'"),
        view("tier that is not a number", """
            view: v {
              dimension: a { type: tier tiers: [0, ten] }
            }
            """, "v.view.lkml:2:40: expected a number in 'tiers', found 'ten'"),
        view("tier dimension without tiers", """
            view: v {
              dimension: a { type: tier }
            }
            """, "v.view.lkml:2:3: expected 'tiers' in tier dimension 'a', found none"),
        view("unsupported tier style", """
            view: v {
              dimension: a { type: tier tiers: [1] style: fancy }
            }
            """, "v.view.lkml:2:47: unsupported tier style 'fancy' (supported: classic, "
                + "interval, integer, relational)"),
        view("list given for a single value", """
            view: v {
              dimension: a { label: [x] }
            }
            """, "v.view.lkml:2:25: expected a value for 'label', found a list"),
        view("single value given for a list", """
            view: v {
              dimension: a { tags: x }
            }
            """, "v.view.lkml:2:24: expected a list for 'tags', found 'x'"),
        view("pair given in a list of names", """
            view: v {
              dimension: a { tags: [x: "y"] }
            }
            """, "v.view.lkml:2:25: expected a name or string in 'tags', found 'x:'"),
        view("filter without expression", """
            view: v {
              measure: m { type: count filters: [name] }
            }
            """, "v.view.lkml:2:38: expected 'field: \"expression\"' in 'filters', "
                + "found 'name'"),
        view("derived table without sql", """
            view: v {
              derived_table: { persist_for: "1 hour" }
            }
            """, "v.view.lkml:2:18: expected 'sql', 'explore_source', 'create_process' or "
                + "'sql_create' in derived_table of view 'v', found none"),
        view("derived table with a name", """
            view: v {
              derived_table: t { sql: SELECT 1 ;; }
            }
            """, "v.view.lkml:2:18: expected '{' after 'derived_table:', found block 't'"),
        view("table and derived table", """
            view: v {
              sql_table_name: t ;;
              derived_table: { sql: SELECT 1 ;; }
            }
            """, "v.view.lkml:3:18: view 'v' has both sql_table_name and derived_table"),
        view("view declared twice in the project", "view: users {}\n",
            "v.view.lkml:1:1: duplicate view 'users' in model 'm' (first declared at "
                + "base.view.lkml:1:1)"),
        view("unknown parameter", """
            view: v {
              dimension: a { sql: ${TABLE}.a ;; colour: red }
            }
            """, "v.view.lkml:2:37: unknown parameter 'colour' in dimension 'a'"),
        view("unknown parameter of a view", """
            view: v {
              sql_table_name: t ;;
              primary_key: id
            }
            """, "v.view.lkml:3:3: unknown parameter 'primary_key' in view 'v'"),
        view("unknown parameter inside a link", """
            view: v {
              dimension: a { link: { label: "x" url: "y" target: "_blank" } }
            }
            """, "v.view.lkml:2:46: unknown parameter 'target' in link"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFields")
  void fails(BadInput input) {
    input.assertFails();
  }
}
