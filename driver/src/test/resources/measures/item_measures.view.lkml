view: item_measures {
  sql_table_name: order_items ;;

  dimension: id {
    primary_key: yes
    type: number
    sql: ${TABLE}.id ;;
  }

  dimension: status {
    type: string
    sql: ${TABLE}.status ;;
  }

  dimension: user_id {
    type: number
    sql: ${TABLE}.user_id ;;
  }

  dimension: sale_price {
    type: number
    sql: ${TABLE}.sale_price ;;
  }

  measure: count {
    type: count
  }

  measure: median_price {
    type: median
    sql: ${sale_price} ;;
  }

  measure: high_price {
    type: percentile
    percentile: 90
    sql: ${sale_price} ;;
  }

  measure: distinct_user_sum {
    type: sum_distinct
    sql_distinct_key: ${user_id} ;;
    sql: ${user_id} ;;
  }

  measure: first_status {
    type: string
    sql: MIN(${status}) ;;
  }

  measure: first_sale_date {
    type: date
    sql: MIN(CAST(${TABLE}.created_at AS DATE)) ;;
  }

  measure: any_returned {
    type: yesno
    sql: MAX(CASE WHEN ${status} = 'Returned' THEN 1 ELSE 0 END) = 1 ;;
  }

  measure: running_count {
    type: running_total
    sql: ${count} ;;
  }

  measure: share_of_count {
    type: percent_of_total
    sql: ${count} ;;
  }
}
