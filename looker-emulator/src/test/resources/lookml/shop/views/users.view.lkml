view: users {
  sql_table_name: public.users ;;

  dimension: id { primary_key: yes  type: number }
  dimension: name {
    sql: ${TABLE}.first_name || ' ' || ${TABLE}.last_name ;;
    html: <b>{{ value }}</b> ;;
  }
  dimension: email {
    link: { label: "Mail"  url: "mailto:{{ value }}"  icon_url: "https://example.com/m.png" }
    can_filter: no
  }
  dimension: state { map_layer_name: us_states  group_label: "Address"  group_item_label: "State" }
  dimension: zip { type: zipcode }
  dimension: age { type: number }
  dimension: age_tier { type: tier  tiers: [0, 18, 65]  sql: ${age} ;; }
  dimension: signup { type: date  sql: ${TABLE}.signup_date ;; }
  dimension: last_seen { type: date_time  sql: ${TABLE}.last_seen_at ;;  convert_tz: no }
  dimension: nickname { html: <b>{{ value }}</b> ;;  link: { label: "Search" url: "https://example.com/?q={{ value }}" } }

  filter: name_filter { type: string }
  parameter: metric {
    type: unquoted
    allowed_value: { label: "Count"  value: "count" }
  }
  set: basics { fields: [id, name] }

  measure: count { type: count }
  measure: california_count { type: count  filters: [state: "CA"] }
}
