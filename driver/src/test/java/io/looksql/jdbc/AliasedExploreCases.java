package io.looksql.jdbc;

import static io.looksql.jdbc.DiffCase.answer;
import static io.looksql.jdbc.DiffCase.refuse;

import java.util.ArrayList;
import java.util.List;

/**
 * Differential cases over model {@code retail} ({@link RetailProject}), whose explores name their
 * views by aliases: each with plain SQL written by hand over the sample's tables.
 *
 * <p>How the hand SQL reads an explore: its rows are the base view's rows joined to the views the
 * statement uses (every join of the sample data finds its row, except that a user may have no
 * orders); SQL's {@code COUNT(*)}, {@code SUM(d)} and {@code AVG(d)} are over those joined rows.
 * A LookML measure is Looker's own value (over distinct rows of its view).
 */
final class AliasedExploreCases {
  /** Explore {@code sales}: order items (alias sales) with every join the statement may use. */
  private static final String SALES = "order_items s join users b on b.id = s.user_id "
      + "join orders o on o.order_id = s.order_id join users ou on ou.id = o.user_id "
      + "join inventory_items st on st.id = s.inventory_item_id "
      + "join products p on p.id = st.product_id";
  /** The derived table user_order_facts, written out. */
  private static final String UOF = "(select user_id, count(distinct order_id) lifetime_orders, "
      + "sum(sale_price) lifetime_revenue from order_items group by user_id)";

  private AliasedExploreCases() {
  }

  /** Returns every case, in a stable order. */
  static List<DiffCase> all() {
    List<DiffCase> all = new ArrayList<>();
    aliasedExplore(all);
    viewJoinedTwice(all);
    repeatedViews(all);
    oneToManyAlias(all);
    primaryKeys(all);
    sampleFanOutGrain(all);
    defaultFilters(all);
    return all;
  }

  /** Explore sales { from: sales_fact }: the alias is the base view in every rule. */
  private static void aliasedExplore(List<DiffCase> all) {
    all.add(answer("alias_count_star", "select count(*) from retail.sales",
        "select count(*) from order_items"));
    all.add(answer("alias_count_star_by_buyer_state",
        "select [buyer.state], count(*) from retail.sales group by [buyer.state]",
        "select b.state, count(*) from " + SALES + " group by b.state"));
    all.add(answer("alias_sum_by_product_category",
        "select [product.category], sum([sales.sale_price]) from retail.sales "
            + "group by [product.category]",
        "select p.category, sum(s.sale_price) from " + SALES + " group by p.category"));
    all.add(answer("alias_avg_by_order_status",
        "select [orders.status], avg([sales.sale_price]) from retail.sales "
            + "group by [orders.status]",
        "select o.status, avg(s.sale_price) from " + SALES + " group by o.status"));
    all.add(answer("alias_aggregate_next_to_count_star",
        "select [buyer.gender], aggregate([sales.total_sale_price]), count(*), "
            + "aggregate([sales.count]) from retail.sales group by [buyer.gender]",
        "select b.gender, sum(s.sale_price), count(*), count(*) from " + SALES
            + " group by b.gender"));
    all.add(answer("alias_sum_of_aggregate_rolled_up",
        "select sum(n) from (select [product.category], aggregate([sales.count]) n "
            + "from retail.sales group by [product.category]) t",
        "select count(*) from order_items"));
    all.add(answer("alias_rollup_through_expression",
        "select substring([buyer.state], 1, 3), count(*), sum([sales.sale_price]), "
            + "aggregate([sales.total_sale_price]) from retail.sales "
            + "group by substring([buyer.state], 1, 3)",
        "select substring(b.state, 1, 3), count(*), sum(s.sale_price), sum(s.sale_price) from "
            + SALES + " group by substring(b.state, 1, 3)"));
    all.add(answer("alias_subquery_having",
        "select st, n from (select [buyer.state] st, count(*) n from retail.sales "
            + "group by [buyer.state]) t where n > 20",
        "select b.state, count(*) from " + SALES + " group by b.state having count(*) > 20"));
    all.add(answer("alias_one_to_one_sum",
        "select [stock.is_sold], count(*), sum([stock.cost]) from retail.sales "
            + "group by [stock.is_sold]",
        "select st.sold_at is not null, count(*), sum(st.cost) from " + SALES
            + " group by st.sold_at is not null"));
    all.add(answer("alias_filtered_count",
        "select [orders.status], count(*), aggregate([sales.average_sale_price]) "
            + "from retail.sales where [product.category] = 'Jeans' group by [orders.status]",
        "select o.status, count(*), avg(s.sale_price) from " + SALES
            + " where p.category = 'Jeans' group by o.status"));
  }

  /** The users view joined as buyer and, through orders, as order_user. */
  private static void viewJoinedTwice(List<DiffCase> all) {
    all.add(answer("twice_both_aliases",
        "select [buyer.gender], [order_user.gender], count(*) from retail.sales "
            + "group by [buyer.gender], [order_user.gender]",
        "select b.gender, ou.gender, count(*) from " + SALES + " group by b.gender, ou.gender"));
    all.add(answer("twice_sum_by_second_alias",
        "select [order_user.traffic_source], sum([sales.sale_price]), count(*) "
            + "from retail.sales group by [order_user.traffic_source]",
        "select ou.traffic_source, sum(s.sale_price), count(*) from " + SALES
            + " group by ou.traffic_source"));
    all.add(answer("twice_measures_of_each_alias",
        "select [sales.status], aggregate([buyer.count]), aggregate([order_user.count]) "
            + "from retail.sales group by [sales.status]",
        "select s.status, count(distinct b.id), count(distinct ou.id) from " + SALES
            + " group by s.status"));
  }

  /** Views whose rows the query's joins repeat: plain SQL's sum, or a refusal. */
  private static void repeatedViews(List<DiffCase> all) {
    all.add(refuse("repeated_sum_of_many_to_one_view",
        "select [sales.status], sum([buyer.age]) from retail.sales group by [sales.status]",
        "repeat rows of buyer (join buyer is many_to_one)", "alias_sum_by_product_category"));
    all.add(refuse("repeated_avg_of_many_to_one_view",
        "select [sales.status], avg([buyer.age]) from retail.sales group by [sales.status]",
        "AVG(`buyer.age`) can't be computed exactly", "alias_avg_by_order_status"));
    all.add(refuse("repeated_one_to_one_behind_many_to_one",
        "select [sales.status], sum([buyer_facts.lifetime_orders]) from retail.sales "
            + "group by [sales.status]",
        "buyer_facts is joined through buyer, which is many_to_one", "alias_one_to_one_sum"));
    all.add(refuse("repeated_count_of_one_to_one_behind_many_to_one",
        "select [sales.status], count([buyer_facts.lifetime_revenue]) from retail.sales "
            + "group by [sales.status]",
        "COUNT(`buyer_facts.lifetime_revenue`)", "alias_one_to_one_sum"));
  }

  /** Explore buyers { from: users } with purchases { from: sales_fact } one-to-many. */
  private static void oneToManyAlias(List<DiffCase> all) {
    String buyers = "users u left join order_items s on s.user_id = u.id";
    all.add(answer("buyers_count_star", "select [buyers.gender], count(*) from retail.buyers "
            + "group by [buyers.gender]",
        "select gender, count(*) from users group by gender"));
    all.add(answer("buyers_sum_of_many_side",
        "select [buyers.gender], sum([purchases.sale_price]), count([purchases.status]) "
            + "from retail.buyers group by [buyers.gender]",
        "select u.gender, sum(s.sale_price), count(s.status) from " + buyers
            + " group by u.gender"));
    all.add(refuse("buyers_count_star_next_to_many_side",
        "select [purchases.status], count(*) from retail.buyers group by [purchases.status]",
        "the query joins purchases, which is one_to_many", "buyers_count_star"));
    all.add(refuse("buyers_sum_of_base_by_many_side",
        "select [purchases.status], sum([buyers.age]) from retail.buyers "
            + "group by [purchases.status]",
        "SUM(`buyers.age`) can't be computed exactly over explore buyers",
        "buyers_sum_of_many_side"));
    all.add(answer("buyers_measure_by_many_side",
        "select [purchases.status], aggregate([buyers.count]), aggregate([purchases.count]) "
            + "from retail.buyers group by [purchases.status]",
        "select s.status, count(distinct u.id), count(s.id) from " + buyers
            + " group by s.status"));
  }

  /** A hidden primary key counts; a missing one is named in the refusal. */
  private static void primaryKeys(List<DiffCase> all) {
    all.add(answer("shoppers_view_name_alias",
        "select [users.gender], count(*), sum([users.age]) from retail.shoppers "
            + "group by [users.gender]",
        "select gender, count(*), sum(age) from users group by gender"));
    all.add(answer("members_one_to_one_alias",
        "select [members.gender], count(*), sum([member_facts.lifetime_revenue]), "
            + "count([member_facts.lifetime_orders]) from retail.members group by [members.gender]",
        "select u.gender, count(*), sum(f.lifetime_revenue), count(f.lifetime_orders) "
            + "from users u left join " + UOF
            + " f on f.user_id = u.id group by u.gender"));
    all.add(answer("no_key_sum", "select [sales_lines.status], sum([sales_lines.sale_price]) "
            + "from retail.sales_lines group by [sales_lines.status]",
        "select status, sum(sale_price) from order_items group by status"));
    all.add(refuse("no_key_count_star", "select [sales_lines.status], count(*) "
        + "from retail.sales_lines group by [sales_lines.status]", "no primary key",
        "no_key_sum"));
  }

  /**
   * The sample's users explore, whose joins to orders and order items are one-to-many: the grain
   * is judged from the joins each statement makes, the same way for the base and joined views.
   */
  private static void sampleFanOutGrain(List<DiffCase> all) {
    String users = "users u left join orders o on o.user_id = u.id";
    String items = users + " left join order_items oi on oi.order_id = o.order_id";
    all.add(refuse("grain_sum_of_base_by_one_to_many",
        "select [orders.status], sum([users.age]) from ecommerce.users group by [orders.status]",
        "SUM(`users.age`) can't be computed exactly over explore users: SQL aggregates the rows "
            + "the query joins, which repeat rows of users (the query joins orders, which is "
            + "one_to_many), while Looker aggregates each row of users once (symmetric "
            + "aggregates); for Looker's value use AGGREGATE of a LookML measure of users",
        "grain_sum_of_many_side"));
    all.add(answer("grain_sum_of_many_side",
        "select [users.gender], sum([orders.num_of_item]), avg([orders.num_of_item]) "
            + "from ecommerce.users group by [users.gender]",
        "select u.gender, sum(o.num_of_item), avg(o.num_of_item) from " + users
            + " group by u.gender"));
    all.add(refuse("grain_count_star_by_one_to_many",
        "select [orders.status], count(*) from ecommerce.users group by [orders.status]",
        "COUNT(*) can't be computed exactly over explore users", "grain_base_only"));
    all.add(answer("grain_base_only",
        "select [users.gender], count(*), sum([users.age]), avg([users.age]) "
            + "from ecommerce.users group by [users.gender]",
        "select gender, count(*), sum(age), avg(age) from users group by gender"));
    all.add(refuse("grain_middle_view_repeated_by_its_child",
        "select [order_items.status], sum([orders.num_of_item]) from ecommerce.users "
            + "group by [order_items.status]",
        "the query joins order_items, which is one_to_many", "grain_end_of_chain"));
    all.add(answer("grain_end_of_chain",
        "select [users.gender], avg([order_items.sale_price]), count([order_items.id]) "
            + "from ecommerce.users group by [users.gender]",
        "select u.gender, avg(oi.sale_price), count(oi.id) from " + items
            + " group by u.gender"));
    all.add(answer("grain_measures_keep_looker_meaning",
        "select [orders.status], aggregate([users.total_age]), aggregate([users.count]) "
            + "from ecommerce.users group by [orders.status]",
        "select s, sum(age), count(*) from (select distinct u.id, u.age, o.status s from "
            + users + ") group by s"));
  }

  /** always_filter and conditionally_filter: applied unless the statement filters the field. */
  private static void defaultFilters(List<DiffCase> all) {
    all.add(answer("defaults_always_filter_applies",
        "select [completed_sales.status], count(*), sum([completed_sales.sale_price]) "
            + "from retail.completed_sales group by [completed_sales.status]",
        "select status, count(*), sum(sale_price) from order_items where status = 'Complete' "
            + "group by status"));
    all.add(answer("defaults_always_filter_replaced",
        "select [completed_sales.status], count(*) from retail.completed_sales "
            + "where [completed_sales.status] in ('Shipped', 'Returned') "
            + "group by [completed_sales.status]",
        "select status, count(*) from order_items where status in ('Shipped', 'Returned') "
            + "group by status"));
    all.add(answer("defaults_conditionally_filter_applies",
        "select count(*) from retail.returned_sales",
        "select count(*) from order_items where status = 'Returned'"));
    all.add(answer("defaults_conditionally_filter_replaced",
        "select count(*) from retail.returned_sales where [returned_sales.status] = 'Complete'",
        "select count(*) from order_items where status = 'Complete'"));
  }
}
