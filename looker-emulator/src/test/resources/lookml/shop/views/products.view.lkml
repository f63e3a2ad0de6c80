view: products {
  dimension: id { primary_key: yes  type: number }
  dimension: name {}
  dimension: cost { type: number }
  measure: count { type: count }
}
