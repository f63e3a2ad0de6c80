view: order_items {
  sql_table_name: order_items ;;

  dimension: id {
    primary_key: yes
    type: number
    label: "Order Item ID"
    sql: ${TABLE}.id ;;
  }

  dimension: order_id {
    type: number
    label: "Order ID"
    sql: ${TABLE}.order_id ;;
  }

  dimension: user_id {
    type: number
    hidden: yes
    sql: ${TABLE}.user_id ;;
  }

  dimension: product_id {
    type: number
    hidden: yes
    sql: ${TABLE}.product_id ;;
  }

  dimension: inventory_item_id {
    type: number
    hidden: yes
    sql: ${TABLE}.inventory_item_id ;;
  }

  dimension: status {
    type: string
    description: "Status of the item's order: Processing, Shipped, Complete, Returned or Cancelled."
    sql: ${TABLE}.status ;;
  }

  dimension: sale_price {
    type: number
    description: "Price the buyer paid, after any discount."
    sql: ${TABLE}.sale_price ;;
    value_format_name: usd
  }

  dimension: is_returned {
    type: yesno
    label: "Is Returned"
    sql: ${status} = 'Returned' ;;
  }

  dimension_group: created {
    type: time
    label: "Sale"
    description: "When the item was ordered (UTC)."
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
    label: "Number of Order Items"
  }

  measure: order_count {
    type: count_distinct
    label: "Number of Orders"
    sql: ${order_id} ;;
  }

  measure: total_sale_price {
    type: sum
    label: "Total Revenue"
    sql: ${sale_price} ;;
    value_format_name: usd
  }

  measure: average_sale_price {
    type: average
    sql: ${sale_price} ;;
    value_format_name: usd
  }

  measure: min_sale_price {
    type: min
    sql: ${sale_price} ;;
    value_format_name: usd
  }

  measure: max_sale_price {
    type: max
    sql: ${sale_price} ;;
    value_format_name: usd
  }

  measure: average_order_value {
    type: number
    description: "Revenue per distinct order."
    sql: ${total_sale_price} / NULLIF(${order_count}, 0) ;;
    value_format_name: usd
  }

  measure: complete_count {
    type: count
    label: "Number of Complete Items"
    filters: [status: "Complete"]
  }

  measure: returned_count {
    type: count
    label: "Number of Returned Items"
    filters: [is_returned: "yes"]
  }

  measure: returned_revenue {
    type: sum
    description: "Revenue of items that were returned."
    sql: ${sale_price} ;;
    filters: [is_returned: "yes"]
    value_format_name: usd
  }

  measure: net_revenue {
    type: sum
    description: "Revenue of items that were not cancelled."
    sql: ${sale_price} ;;
    filters: [status: "-Cancelled"]
    value_format_name: usd
  }

  measure: return_rate {
    type: number
    sql: CAST(${returned_count} AS DOUBLE PRECISION) / NULLIF(${count}, 0) ;;
    value_format_name: percent_1
  }
}
