# The sample e-commerce model, after Looker's "thelook" dataset. Loaded by
# io.looksql.emulator.sample.SampleData into unqualified tables of the default schema.
connection: "ecommerce"
label: "E-commerce"

include: "/views/*.view.lkml"

# Buyers' e-mail addresses only for users who see every region (user attribute "region" is "%",
# as for the sample admin); analysts of one region see their buyers' rows but not the addresses.
access_grant: every_region {
  user_attribute: region
  allowed_values: ["%"]
}

explore: order_items {
  label: "Order Items"
  description: "Every item sold, with its order, buyer, inventory item, product, distribution center and the buyer's lifetime facts."
  # Row-level security: each user sees the buyers of their user attribute "region" only.
  access_filter: {
    field: users.region
    user_attribute: region
  }

  join: orders {
    type: left_outer
    relationship: many_to_one
    sql_on: ${order_items.order_id} = ${orders.order_id} ;;
  }

  join: users {
    relationship: many_to_one
    sql_on: ${order_items.user_id} = ${users.id} ;;
  }

  join: inventory_items {
    relationship: one_to_one
    sql_on: ${order_items.inventory_item_id} = ${inventory_items.id} ;;
  }

  join: products {
    relationship: many_to_one
    sql_on: ${inventory_items.product_id} = ${products.id} ;;
  }

  join: distribution_centers {
    relationship: many_to_one
    sql_on: ${products.distribution_center_id} = ${distribution_centers.id} ;;
  }

  join: user_order_facts {
    relationship: many_to_one
    sql_on: ${order_items.user_id} = ${user_order_facts.user_id} ;;
  }
}

explore: orders {
  label: "Orders"
  description: "Orders with their items and buyer. Joining items fans orders out, so order measures need symmetric aggregates."
  # E-mail addresses are personal data that order analysis has no use for.
  fields: [ALL_FIELDS*, -users.email]
  # Row-level security: each user sees the buyers of their user attribute "region" only.
  access_filter: {
    field: users.region
    user_attribute: region
  }

  join: order_items {
    relationship: one_to_many
    sql_on: ${orders.order_id} = ${order_items.order_id} ;;
  }

  join: users {
    type: inner
    relationship: many_to_one
    sql_on: ${orders.user_id} = ${users.id} ;;
  }
}

explore: users {
  label: "Users"
  description: "Customers with their orders and order items. Both joins fan users out, so user measures such as Average Age need symmetric aggregates."
  # Row-level security: each user sees the buyers of their user attribute "region" only.
  access_filter: {
    field: users.region
    user_attribute: region
  }

  join: orders {
    relationship: one_to_many
    sql_on: ${users.id} = ${orders.user_id} ;;
  }

  join: order_items {
    relationship: one_to_many
    sql_on: ${orders.order_id} = ${order_items.order_id} ;;
  }
}

explore: products {
  label: "Products"
  description: "The product catalogue with distribution centers and the inventory stocked for each product."

  join: distribution_centers {
    relationship: many_to_one
    sql_on: ${products.distribution_center_id} = ${distribution_centers.id} ;;
  }

  join: inventory_items {
    relationship: one_to_many
    sql_on: ${products.id} = ${inventory_items.product_id} ;;
  }
}

# Hidden, and aliased twice: the explore reads the users view as "customers" and joins
# user_order_facts as "customer_facts", so fields are addressed by the aliases.
explore: customers {
  from: users
  hidden: yes
  label: "Customers (internal)"
  description: "Customers with their lifetime order facts; for internal reporting."
  # Row-level security: each user sees the buyers of their user attribute "region" only.
  access_filter: {
    field: customers.region
    user_attribute: region
  }

  join: customer_facts {
    from: user_order_facts
    relationship: one_to_one
    sql_on: ${customers.id} = ${customer_facts.user_id} ;;
  }
}

# Sales of order items with the buyer joined under an alias, the buyers' lifetime sales (a native
# derived table), a parameter and a templated filter; cancelled items are left out unless a query
# filters on the status itself (always_filter).
explore: sales {
  # Hidden until the driver handles every construct it shows (parameters, filter fields,
  # post-query measures); queries through the API reach it all the same.
  hidden: yes
  label: "Sales"
  description: "Order items as sales, with the buyer and the buyer's lifetime sales; cancelled items are left out unless the status is filtered."
  always_filter: {
    filters: [sales.status: "-Cancelled"]
  }
  # Row-level security: each user sees the buyers of their user attribute "region" only.
  access_filter: {
    field: buyer.region
    user_attribute: region
  }

  join: buyer {
    from: users
    relationship: many_to_one
    sql_on: ${sales.user_id} = ${buyer.id} ;;
  }

  join: buyer_sales {
    relationship: many_to_one
    sql_on: ${sales.user_id} = ${buyer_sales.user_id} ;;
  }
}
