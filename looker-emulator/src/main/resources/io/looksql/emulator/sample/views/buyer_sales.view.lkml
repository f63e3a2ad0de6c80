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
