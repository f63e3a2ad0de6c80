# Purpose-built LookML over the sample tables, shaped as real projects are: explores named for
# an alias of their base view (from:), joins under aliases, a view joined twice, a hidden primary
# key, a base view without a primary key, and an explore that keeps its view's name (view_name:).
connection: "ecommerce"

include: "/views/*.view.lkml"

# Fields are sales.*, buyer.*, orders.*, order_user.*, stock.*, product.*, buyer_facts.*.
explore: sales {
  from: sales_fact

  join: buyer {
    from: users
    relationship: many_to_one
    sql_on: ${sales.user_id} = ${buyer.id} ;;
  }

  join: orders {
    relationship: many_to_one
    sql_on: ${sales.order_id} = ${orders.order_id} ;;
  }

  # The users view again, reached through the order.
  join: order_user {
    from: users
    relationship: many_to_one
    sql_on: ${orders.user_id} = ${order_user.id} ;;
  }

  join: stock {
    from: inventory_items
    relationship: one_to_one
    sql_on: ${sales.inventory_item_id} = ${stock.id} ;;
  }

  join: product {
    from: products
    relationship: many_to_one
    sql_on: ${stock.product_id} = ${product.id} ;;
  }

  # One-to-one with the buyer, who is many-to-one with the sale: repeated by sales.
  join: buyer_facts {
    from: user_order_facts
    relationship: one_to_one
    sql_on: ${buyer.id} = ${buyer_facts.user_id} ;;
  }
}

# An aliased base view with an aliased one-to-many join.
explore: buyers {
  from: users

  join: purchases {
    from: sales_fact
    relationship: one_to_many
    sql_on: ${buyers.id} = ${purchases.user_id} ;;
  }
}

# A base view without a primary key.
explore: sales_lines {
  from: sales_lines_fact

  join: buyer {
    from: users
    relationship: many_to_one
    sql_on: ${sales_lines.user_id} = ${buyer.id} ;;
  }
}

# view_name: keeps the view's name as the alias of the base view.
explore: shoppers {
  view_name: users

  join: orders {
    relationship: one_to_many
    sql_on: ${users.id} = ${orders.user_id} ;;
  }
}

# An aliased base view with an aliased one-to-one join that not every row finds.
explore: members {
  from: users

  join: member_facts {
    from: user_order_facts
    relationship: one_to_one
    sql_on: ${members.id} = ${member_facts.user_id} ;;
  }
}

# Defaults a query gets when it doesn't filter their fields.
explore: completed_sales {
  from: sales_fact
  always_filter: {
    filters: [completed_sales.status: "Complete"]
  }
}

explore: returned_sales {
  from: sales_fact
  conditionally_filter: {
    filters: [returned_sales.status: "Returned"]
    unless: [returned_sales.created_date]
  }
}
