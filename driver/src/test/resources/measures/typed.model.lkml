# Purpose-built LookML over the sample's order_items: one measure of each type Looker documents
# beyond the sample's (median, percentile, sum_distinct, string, date, yesno, post-query).
connection: "ecommerce"

include: "/measures/*.view.lkml"

explore: items {
  from: item_measures
}
