view: orders {
  sql_table_name: orders ;;

  dimension: order_id {
    primary_key: yes
    type: number
    label: "Order ID"
    sql: ${TABLE}.order_id ;;
  }

  dimension: user_id {
    type: number
    hidden: yes
    sql: ${TABLE}.user_id ;;
  }

  dimension: status {
    type: string
    description: "Processing, Shipped, Complete, Returned or Cancelled."
    sql: ${TABLE}.status ;;
  }

  dimension: num_of_item {
    type: number
    label: "Number of Items"
    sql: ${TABLE}.num_of_item ;;
  }

  dimension: is_delivered {
    type: yesno
    sql: ${delivered_raw} IS NOT NULL ;;
  }

  dimension_group: created {
    type: time
    description: "When the order was placed (UTC)."
    timeframes: [raw, time, date, week, month, quarter, year, day_of_week, hour_of_day, month_num]
    sql: ${TABLE}.created_at ;;
  }

  dimension_group: shipped {
    type: time
    timeframes: [raw, time, date, week, month, quarter, year]
    sql: ${TABLE}.shipped_at ;;
  }

  dimension_group: delivered {
    type: time
    timeframes: [raw, time, date, week, month, quarter, year]
    sql: ${TABLE}.delivered_at ;;
  }

  dimension_group: returned {
    type: time
    timeframes: [raw, time, date, week, month, quarter, year]
    sql: ${TABLE}.returned_at ;;
  }

  measure: count {
    type: count
    label: "Number of Orders"
  }

  measure: user_count {
    type: count_distinct
    label: "Number of Buyers"
    sql: ${user_id} ;;
  }

  measure: total_items {
    type: sum
    sql: ${num_of_item} ;;
  }

  measure: average_items_per_order {
    type: average
    sql: ${num_of_item} ;;
    value_format_name: decimal_2
  }

  measure: max_items_per_order {
    type: max
    sql: ${num_of_item} ;;
  }

  measure: cancelled_count {
    type: count
    label: "Number of Cancelled Orders"
    filters: [status: "Cancelled"]
  }

  measure: cancellation_rate {
    type: number
    sql: CAST(${cancelled_count} AS DOUBLE PRECISION) / NULLIF(${count}, 0) ;;
    value_format_name: percent_1
  }
}
