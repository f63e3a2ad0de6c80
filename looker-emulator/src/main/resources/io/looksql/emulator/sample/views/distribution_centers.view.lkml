view: distribution_centers {
  sql_table_name: distribution_centers ;;

  dimension: id {
    primary_key: yes
    type: number
    label: "Distribution Center ID"
    sql: ${TABLE}.id ;;
  }

  dimension: name {
    type: string
    description: "City the distribution center serves."
    sql: ${TABLE}.name ;;
  }

  dimension: latitude {
    type: number
    sql: ${TABLE}.latitude ;;
    value_format_name: decimal_4
  }

  dimension: longitude {
    type: number
    sql: ${TABLE}.longitude ;;
    value_format_name: decimal_4
  }

  measure: count {
    type: count
    label: "Number of Distribution Centers"
  }
}
