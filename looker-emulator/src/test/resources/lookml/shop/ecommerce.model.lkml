# The sample shop. Comments may sit anywhere.
connection: "shop_db"   # trailing comment
label: "E-commerce"
include: "/views/*.view.lkml"
include: "derived/**/*.view"   # suffix-less glob, as older projects write them

week_start_day: monday
case_sensitive: no

datagroup: nightly {
  sql_trigger: SELECT CURRENT_DATE ;;
  max_cache_age: "24 hours"
}

explore: order_items {
  label: "Order Items"
  description: "Line items with their \"order\" and buyer"
  group_label: "Shop"
  always_filter: { filters: [orders.created_date: "last 30 days"] }
  sql_always_where: ${orders.status} <> 'test' ;;
  join: orders {
    sql_on: ${order_items.order_id} = ${orders.id} ;;
    relationship: many_to_one
  }
  join: buyer {
    from: users
    type: inner
    sql_on: ${orders.user_id} = ${buyer.id} ;;  # an alias of users
    fields: [buyer.name, buyer.email]
    view_label: "Buyer"
  }
  join: products { sql_on: ${order_items.product_id} = ${products.id} ;; }
  join: user_facts { relationship: one_to_one  sql_on: ${buyer.id}
    = ${user_facts.user_id} ;; }
}

explore: buyers {
  from: users
  hidden: yes
  fields: [ALL_FIELDS*, -buyers.email, orders.*]
  access_filter: { field: buyers.state  user_attribute: state }
  join: orders {
    type: full_outer
    relationship: one_to_many
    sql_on: ${buyers.id} = ${orders.user_id} ;;
  }
}

explore: customers { view_name: users  description: "Everyone who signed up" }
