# One row per user, computed from orders.
view: user_facts {
  derived_table: {
    sql:
      SELECT user_id, COUNT(*) AS order_count  -- "quoted" # not a comment
      FROM ${orders.SQL_TABLE_NAME}
      WHERE status <> '}'
      GROUP BY user_id
      ;;
    persist_for: "24 hours"
  }
  dimension: user_id { primary_key: yes  type: number  hidden: yes }
  dimension: order_count { type: number }
}
