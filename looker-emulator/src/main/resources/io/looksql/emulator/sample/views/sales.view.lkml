# Order items as a "sales" view of its own, with the constructs real projects use most: a
# parameter, a templated filter, a refinement adding a median and a running total, and a native
# derived table of each buyer's sales. The "sales" explore (in the model) uses them, so the other
# explores keep their fields.
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

# A native derived table: each buyer's sales, from the order_items explore's query. A filter on
# sales.order_status applies to it too.
view: buyer_sales {
  derived_table: {
    explore_source: order_items {
      column: user_id { field: order_items.user_id }
      column: lifetime_sales { field: order_items.total_sale_price }
      column: items { field: order_items.count }
      bind_filters: {
        from_field: sales.order_status
        to_field: order_items.status
      }
    }
  }

  dimension: user_id {
    primary_key: yes
    hidden: yes
    type: number
  }

  dimension: lifetime_sales {
    type: number
    value_format_name: usd
  }

  dimension: items {
    type: number
    label: "Lifetime Items"
  }

  measure: median_lifetime_sales {
    type: median
    value_format_name: usd
    sql: ${lifetime_sales} ;;
  }
}
