# One row per user who has ordered: lifetime figures computed from order_items.
view: user_order_facts {
  derived_table: {
    sql:
      SELECT
        user_id,
        COUNT(DISTINCT order_id) AS lifetime_orders,
        SUM(sale_price) AS lifetime_revenue,
        CAST(MIN(created_at) AS DATE) AS first_order_date,
        MAX(created_at) AS latest_order_at
      FROM order_items
      GROUP BY user_id ;;
  }

  dimension: user_id {
    primary_key: yes
    type: number
    hidden: yes
    sql: ${TABLE}.user_id ;;
  }

  dimension: lifetime_orders {
    type: number
    description: "Number of orders the user has placed."
    sql: ${TABLE}.lifetime_orders ;;
  }

  dimension: lifetime_revenue {
    type: number
    description: "Total the user has spent, cancelled items included."
    sql: ${TABLE}.lifetime_revenue ;;
    value_format_name: usd
  }

  dimension: is_repeat_customer {
    type: yesno
    label: "Is Repeat Customer"
    description: "Yes when the user has placed more than one order."
    sql: ${lifetime_orders} > 1 ;;
  }

  # The column is a DATE, so there are no time-of-day timeframes and no time-zone conversion.
  dimension_group: first_order {
    type: time
    datatype: date
    convert_tz: no
    timeframes: [raw, date, week, month, quarter, year]
    sql: ${TABLE}.first_order_date ;;
  }

  dimension: latest_order_at {
    type: date_time
    label: "Latest Order Time"
    sql: ${TABLE}.latest_order_at ;;
  }

  measure: count {
    type: count
    label: "Number of Customers"
  }

  measure: repeat_customer_count {
    type: count
    label: "Number of Repeat Customers"
    filters: [is_repeat_customer: "yes"]
  }

  measure: total_lifetime_revenue {
    type: sum
    sql: ${lifetime_revenue} ;;
    value_format_name: usd
  }

  measure: average_lifetime_revenue {
    type: average
    sql: ${lifetime_revenue} ;;
    value_format_name: usd
  }

  measure: average_lifetime_orders {
    type: average
    sql: ${lifetime_orders} ;;
    value_format_name: decimal_2
  }
}
