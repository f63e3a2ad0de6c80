view: order_items {
  sql_table_name: public.order_items ;;
  dimension: id { primary_key: yes  type: number }
  dimension: order_id { type: number }
  dimension: product_id { type: number }
  dimension: sale_price { type: number }
  # A view's SQL may name any view's field; the explore decides which exists.
  dimension: margin { type: number  sql: ${sale_price} - ${products.cost} ;; }
  measure: total_sale_price { type: sum  sql: ${sale_price} ;; }
  measure: orders_count { type: count_distinct  sql: ${orders.id} ;; }
}
