# Order items as a "sales" view of its own, with the constructs real projects use most: a
# parameter, a templated filter and a refinement adding a median and a running total (with the
# native derived table buyer_sales, for the "sales" explore of the model, so that the other
# explores keep their fields).
view: sales {
  sql_table_name: order_items ;;

  parameter: price_threshold {
    type: number
    label: "Price Threshold"
    description: "The sale price that Is Above Threshold compares with."
    default_value: "100"
  }

  filter: order_status {
    type: string
    description: "Filters sales, and the buyers' lifetime sales, on the item status."
    sql: {% condition order_status %} ${status} {% endcondition %} ;;
  }

  dimension: id {
    primary_key: yes
    hidden: yes
    type: number
    sql: ${TABLE}.id ;;
  }

  dimension: user_id {
    hidden: yes
    type: number
    sql: ${TABLE}.user_id ;;
  }

  dimension: status {
    type: string
    sql: ${TABLE}.status ;;
  }

  dimension: sale_price {
    type: number
    value_format_name: usd
    sql: ${TABLE}.sale_price ;;
  }

  dimension: is_above_threshold {
    type: yesno
    sql: ${sale_price} >= {% parameter price_threshold %} ;;
  }

  dimension_group: created {
    type: time
    timeframes: [raw, date, week, month, year]
    sql: ${TABLE}.created_at ;;
  }

  measure: count {
    type: count
  }

  measure: total_sale_price {
    type: sum
    value_format_name: usd
    sql: ${sale_price} ;;
  }
}

# A refinement, as projects add to views they include: the measures Looker computes as medians
# and over the result rows.
view: +sales {
  measure: median_sale_price {
    type: median
    value_format_name: usd
    sql: ${sale_price} ;;
  }

  measure: running_total_sale_price {
    type: running_total
    value_format_name: usd
    sql: ${total_sale_price} ;;
  }
}
