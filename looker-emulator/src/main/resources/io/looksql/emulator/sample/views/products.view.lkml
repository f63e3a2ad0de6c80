view: products {
  sql_table_name: products ;;

  dimension: id {
    primary_key: yes
    type: number
    label: "Product ID"
    sql: ${TABLE}.id ;;
  }

  dimension: name {
    type: string
    label: "Product Name"
    description: "Some names contain characters that filter expressions must escape."
    sql: ${TABLE}.name ;;
  }

  dimension: brand {
    type: string
    description: "Brand; includes the literal values NULL and EMPTY, an empty string and true NULLs."
    sql: ${TABLE}.brand ;;
  }

  dimension: category {
    type: string
    sql: ${TABLE}.category ;;
  }

  dimension: department {
    type: string
    description: "Men or Women."
    sql: ${TABLE}.department ;;
  }

  dimension: sku {
    type: string
    label: "SKU"
    sql: ${TABLE}.sku ;;
  }

  dimension: retail_price {
    type: number
    sql: ${TABLE}.retail_price ;;
    value_format_name: usd
  }

  dimension: cost {
    type: number
    description: "What the shop pays the supplier for one item."
    sql: ${TABLE}.cost ;;
    value_format_name: usd
  }

  dimension: margin {
    type: number
    description: "Retail price minus cost."
    sql: ${retail_price} - ${cost} ;;
    value_format_name: usd
  }

  dimension: is_premium {
    type: yesno
    description: "Yes when the retail price is at least 100."
    sql: ${retail_price} >= 100 ;;
  }

  dimension: distribution_center_id {
    type: number
    hidden: yes
    sql: ${TABLE}.distribution_center_id ;;
  }

  measure: count {
    type: count
    label: "Number of Products"
  }

  measure: brand_count {
    type: count_distinct
    label: "Number of Brands"
    sql: ${brand} ;;
  }

  measure: brand_list {
    type: list
    description: "The distinct brands, comma separated."
    list_field: brand
  }

  measure: total_retail_price {
    type: sum
    sql: ${retail_price} ;;
    value_format_name: usd
  }

  measure: total_cost {
    type: sum
    sql: ${cost} ;;
    value_format_name: usd
  }

  measure: average_retail_price {
    type: average
    sql: ${retail_price} ;;
    value_format_name: usd
  }

  measure: min_retail_price {
    type: min
    sql: ${retail_price} ;;
    value_format_name: usd
  }

  measure: max_retail_price {
    type: max
    sql: ${retail_price} ;;
    value_format_name: usd
  }

  measure: gross_margin_pct {
    type: number
    label: "Gross Margin %"
    description: "Share of the total retail price left after cost."
    # The casts keep the division in floating point on both H2 and PostgreSQL.
    sql: CAST(${total_retail_price} - ${total_cost} AS DOUBLE PRECISION) / NULLIF(CAST(${total_retail_price} AS DOUBLE PRECISION), 0) ;;
    value_format_name: percent_1
  }
}
