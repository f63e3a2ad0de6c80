view: orders {
  sql_table_name: public.orders ;;

  dimension: id { primary_key: yes  type: number  sql: ${TABLE}.id ;; }
  dimension: user_id { type: number  hidden: yes }  # no sql: Looker reads ${TABLE}.user_id
  dimension: status {
    description: "Where the order is: \"complete\" or \"pending\""
    sql: CASE WHEN ${TABLE}.status = 'x#1' THEN '{braced}' ELSE ${TABLE}.status END ;;
    # a comment between parameters
    suggestions: ["complete", "pending"]
  }
  dimension: amount {
    type: number
    sql: ${TABLE}.amount ;;
    value_format_name: usd
    tags: ["money", finance]
  }
  dimension: amount_tier { type: tier  tiers: [0, 10, 50.5, 100]  style: integer  sql: ${amount} ;; }
  dimension: is_big { type: yesno  sql: ${amount} > 100 ;; }

  dimension_group: created {
    type: time
    timeframes: [raw, time, date, week, month, quarter, year, day_of_week, hour_of_day,
                 month_num]  # the list spans lines
    sql: ${TABLE}.created_at ;;
    label: "Ordered"
  }
  dimension_group: shipped {
    type: time
    datatype: date
    convert_tz: yes
    sql: ${TABLE}.shipped_on ;;
    hidden: yes
  }

  measure: count { type: count  drill_fields: [id, status] }
  measure: total_amount { type: sum  sql: ${amount} ;;  value_format_name: usd }
  measure: completed_count {
    type: count
    filters: [status: "complete", created_date: "last 7 days", users.state: "-CA"]
  }
  measure: pct_complete {
    label: "Share complete"
    type: number
    sql: 1.0 * ${completed_count} / NULLIF(${count}, 0) ;;
  }
  measure: statuses { type: list  list_field: status }
  measure: buyers { type: count_distinct  sql: ${user_id} ;;  hidden: yes }
  measure: first_order { type: min  sql: ${created_raw} ;; }
  measure: last_order { type: max  sql: ${created_raw} ;; }
  measure: average_amount { type: average  sql: ${amount} ;; }
}
