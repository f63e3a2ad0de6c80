view: inventory_items {
  sql_table_name: inventory_items ;;

  dimension: id {
    primary_key: yes
    type: number
    label: "Inventory Item ID"
    sql: ${TABLE}.id ;;
  }

  dimension: product_id {
    type: number
    hidden: yes
    sql: ${TABLE}.product_id ;;
  }

  dimension: cost {
    type: number
    sql: ${TABLE}.cost ;;
    value_format_name: usd
  }

  dimension: is_sold {
    type: yesno
    description: "Yes once the item has been sold."
    sql: ${TABLE}.sold_at IS NOT NULL ;;
  }

  dimension: received_day {
    type: date
    label: "Received Day"
    description: "Day the item arrived in stock (UTC)."
    sql: CAST(${TABLE}.created_at AS DATE) ;;
  }

  dimension_group: created {
    type: time
    label: "Received"
    timeframes: [raw, time, date, week, month, quarter, year, day_of_week, hour_of_day, month_num]
    sql: ${TABLE}.created_at ;;
  }

  dimension_group: sold {
    type: time
    timeframes: [raw, time, date, week, month, quarter, year]
    sql: ${TABLE}.sold_at ;;
  }

  measure: count {
    type: count
    label: "Number of Inventory Items"
  }

  measure: sold_count {
    type: count
    label: "Number Sold"
    filters: [is_sold: "yes"]
  }

  measure: total_cost {
    type: sum
    sql: ${cost} ;;
    value_format_name: usd
  }

  measure: average_cost {
    type: average
    sql: ${cost} ;;
    value_format_name: usd
  }

  measure: sell_through_rate {
    type: number
    description: "Share of stocked items that have been sold."
    sql: CAST(${sold_count} AS DOUBLE PRECISION) / NULLIF(${count}, 0) ;;
    value_format_name: percent_1
  }
}
