package io.looksql.jdbc;

import static io.looksql.jdbc.DiffCase.answer;
import static io.looksql.jdbc.DiffCase.either;
import static io.looksql.jdbc.DiffCase.refuse;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements of the differential test, over the sample model {@code ecommerce}, each with
 * its kind and, for ANSWER and EITHER, plain SQL written by hand for the emulator's database
 * (H2 tables {@code products}, {@code order_items}, {@code orders}, {@code users},
 * {@code inventory_items}, {@code distribution_centers}).
 *
 * <p>How the hand SQL reads the explores: an explore's rows are its base view's rows, joined to
 * what the statement uses (every join of the sample data finds its row, so left and inner joins
 * agree). A measure of a view on the "one" side of a join is computed over that view's distinct
 * rows (symmetric aggregates), as Looker computes it. A non-aggregate SELECT of dimensions returns
 * their distinct combinations (documented). {@code COUNT(*)} counts the explore's base rows.
 * NULLs sort low (first ascending, last descending), as the driver documents. The sample's access
 * filter on {@code users.region} lets the admin see every row, so the hand SQL needs no filter.
 */
final class DifferentialCases {
  /** The order_items explore: every item with its order, buyer, inventory item and product. */
  private static final String OI = "order_items oi join orders o on o.order_id = oi.order_id "
      + "join users u on u.id = oi.user_id join inventory_items ii on ii.id = oi.inventory_item_id "
      + "join products p on p.id = ii.product_id";
  /** The derived table user_order_facts, written out. */
  private static final String UOF = "(select user_id, count(distinct order_id) lifetime_orders, "
      + "sum(sale_price) lifetime_revenue, cast(min(created_at) as date) first_order_date, "
      + "max(created_at) latest_order_at from order_items group by user_id)";
  /** users.region, written out. */
  private static final String REGION = "case when u.country <> 'United States' then 'International'"
      + " when u.state in ('California', 'Washington', 'Arizona', 'Colorado', 'Hawaii', 'Alaska')"
      + " then 'West' when u.state in ('New York', 'Massachusetts', 'Maine', 'Rhode Island',"
      + " 'New Jersey', 'Pennsylvania') then 'Northeast' when u.state in ('Texas', 'Florida',"
      + " 'Georgia', 'Tennessee') then 'South' when u.state in ('Illinois', 'Minnesota',"
      + " 'Michigan') then 'Midwest' else 'Unknown' end";

  private DifferentialCases() {
  }

  /** Returns every case, in a stable order. */
  static List<DiffCase> all() {
    List<DiffCase> all = new ArrayList<>();
    basics(all);
    stringFilters(all);
    numberFilters(all);
    dateFilters(all);
    booleanFilters(all);
    parameters(all);
    nullParameters(all);
    having(all);
    orderAndLimit(all);
    customAggregates(all);
    emptySums(all);
    groupingByExpressions(all);
    fanOut(all);
    joinsAndSubQueries(all);
    duplicatesUnderJoins(all);
    composition(all);
    measureAggregatesBesideOtherTables(all);
    windowsAndSetOperations(all);
    refusals(all);
    eitherCases(all);
    return all;
  }

  /** A count of products per brand under a predicate: the shape of most string-filter cases. */
  private static DiffCase brandCount(String name, String where, String handWhere) {
    return answer(name,
        "select [products.brand], aggregate([products.count]) from ecommerce.products where "
            + where + " group by [products.brand]",
        "select brand, count(*) from products where " + handWhere + " group by brand");
  }

  /** A count of products per name under a predicate. */
  private static DiffCase nameCount(String name, String where, String handWhere) {
    return answer(name,
        "select [products.name], [products.count] from ecommerce.products where "
            + where + " group by [products.name]",
        "select name, count(*) from products where " + handWhere + " group by name");
  }

  private static void basics(List<DiffCase> all) {
    all.add(answer("distinct_brands", "select [products.brand] from ecommerce.products",
        "select distinct brand from products"));
    all.add(answer("distinct_category_department",
        "select [products.category], [products.department] from ecommerce.products",
        "select distinct category, department from products"));
    all.add(answer("count_all", "select aggregate([products.count]) from ecommerce.products",
        "select count(*) from products"));
    all.add(answer("product_measures_by_category",
        "select [products.category], [products.count], [products.total_retail_price], "
            + "[products.average_retail_price], [products.min_retail_price], "
            + "[products.max_retail_price], [products.total_cost] from ecommerce.products "
            + "group by [products.category]",
        "select category, count(*), sum(retail_price), avg(retail_price), min(retail_price), "
            + "max(retail_price), sum(cost) from products group by category"));
    all.add(answer("brand_count_by_department",
        "select [products.department], aggregate([products.brand_count]) "
            + "from ecommerce.products group by [products.department]",
        "select department, count(distinct brand) from products group by department"));
    all.add(answer("gross_margin_by_category",
        "select [products.category], aggregate([products.gross_margin_pct]) "
            + "from ecommerce.products group by [products.category]",
        "select category, cast(sum(retail_price) - sum(cost) as double precision) "
            + "/ cast(sum(retail_price) as double precision) from products group by category"));
    all.add(answer("brand_list_by_department",
        "select [products.department], [products.brand_list] from ecommerce.products "
            + "group by [products.department]",
        "select department, listagg(distinct brand, ', ') within group (order by brand) "
            + "from products group by department"));
    all.add(answer("product_totals",
        "select aggregate([products.count]), aggregate([products.brand_count]), "
            + "aggregate([products.average_retail_price]), aggregate([products.gross_margin_pct]) "
            + "from ecommerce.products",
        "select count(*), count(distinct brand), avg(retail_price), cast(sum(retail_price) "
            + "- sum(cost) as double precision) / cast(sum(retail_price) as double precision) "
            + "from products"));
    all.add(answer("margin_dimension",
        "select [products.id], [products.margin] from ecommerce.products where [products.id] <= 20",
        "select id, retail_price - cost from products where id <= 20"));
    all.add(answer("premium_flag_count",
        "select [products.is_premium], aggregate([products.count]) from ecommerce.products "
            + "group by [products.is_premium]",
        "select retail_price >= 100, count(*) from products group by retail_price >= 100"));
    all.add(answer("distribution_center_counts",
        "select [distribution_centers.name], aggregate([products.count]), "
            + "aggregate([distribution_centers.count]) from ecommerce.products "
            + "group by [distribution_centers.name]",
        "select dc.name, count(*), count(distinct dc.id) from products p "
            + "join distribution_centers dc on dc.id = p.distribution_center_id group by dc.name"));
    all.add(answer("order_item_measures_by_status",
        "select [order_items.status], [order_items.count], [order_items.order_count], "
            + "[order_items.total_sale_price], [order_items.average_sale_price], "
            + "[order_items.min_sale_price], [order_items.max_sale_price], "
            + "[order_items.average_order_value] from ecommerce.order_items "
            + "group by [order_items.status]",
        "select status, count(*), count(distinct order_id), sum(sale_price), avg(sale_price), "
            + "min(sale_price), max(sale_price), sum(sale_price) / count(distinct order_id) "
            + "from order_items group by status"));
    all.add(answer("filtered_measures_by_category",
        "select [products.category], [order_items.complete_count], [order_items.returned_count],"
            + " [order_items.returned_revenue], [order_items.net_revenue],"
            + " [order_items.return_rate]"
            + " from ecommerce.order_items group by [products.category]",
        "select p.category, sum(case when oi.status = 'Complete' then 1 else 0 end), "
            + "sum(case when oi.status = 'Returned' then 1 else 0 end), "
            + "sum(case when oi.status = 'Returned' then oi.sale_price end), "
            + "sum(case when oi.status <> 'Cancelled' then oi.sale_price end), "
            + "cast(sum(case when oi.status = 'Returned' then 1 else 0 end) as double precision) "
            + "/ count(*) from " + OI + " group by p.category"));
    all.add(answer("order_measures_by_status",
        "select [orders.status], [orders.count], [orders.user_count], [orders.total_items], "
            + "[orders.average_items_per_order], [orders.max_items_per_order], "
            + "[orders.cancelled_count], [orders.cancellation_rate] from ecommerce.orders "
            + "group by [orders.status]",
        "select status, count(*), count(distinct user_id), sum(num_of_item), avg(num_of_item), "
            + "max(num_of_item), sum(case when status = 'Cancelled' then 1 else 0 end), "
            + "cast(sum(case when status = 'Cancelled' then 1 else 0 end) as double precision) "
            + "/ count(*) from orders group by status"));
    all.add(answer("user_measures_by_country",
        "select [users.country], [users.count], [users.average_age], [users.total_age], "
            + "[users.min_age], [users.max_age], [users.female_count], [users.state_count] "
            + "from ecommerce.users group by [users.country]",
        "select country, count(*), avg(age), sum(age), min(age), max(age), "
            + "sum(case when gender = 'F' then 1 else 0 end), count(distinct state) "
            + "from users group by country"));
    all.add(answer("inventory_measures_by_category",
        "select [products.category], [inventory_items.count], [inventory_items.sold_count], "
            + "[inventory_items.total_cost], [inventory_items.average_cost], "
            + "[inventory_items.sell_through_rate] from ecommerce.products "
            + "group by [products.category]",
        "select p.category, count(*), count(ii.sold_at), sum(ii.cost), avg(ii.cost), "
            + "cast(count(ii.sold_at) as double precision) / count(*) from products p "
            + "join inventory_items ii on ii.product_id = p.id group by p.category"));
    all.add(answer("region_counts",
        "select [users.region], aggregate([users.count]) from ecommerce.users "
            + "group by [users.region]",
        "select r, count(*) from (select " + REGION + " r from users u) group by r"));
    all.add(answer("age_tiers",
        "select [users.age_tier], aggregate([users.count]) from ecommerce.users "
            + "group by [users.age_tier]",
        "select t, count(*) from (select case when age is null then 'Undefined' else "
            + "(age / 10) * 10 || ' to ' || ((age / 10) * 10 + 9) end t from users) group by t"));
    all.add(answer("full_names",
        "select [users.id], [users.full_name] from ecommerce.users where [users.id] < 25",
        "select id, first_name || ' ' || last_name from users where id < 25"));
    all.add(answer("order_timeframes",
        "select [orders.order_id], [orders.created_date], [orders.created_week], "
            + "[orders.created_month], [orders.created_quarter], [orders.created_year], "
            + "[orders.created_month_num], [orders.created_day_of_week], "
            + "[orders.created_hour_of_day] from ecommerce.orders where [orders.order_id] <= 60",
        "select order_id, cast(created_at as date), "
            + "dateadd(day, 1 - iso_day_of_week(created_at), cast(created_at as date)), "
            + "dateadd(day, 1 - day_of_month(created_at), cast(created_at as date)), "
            + "dateadd(month, -mod(month(created_at) - 1, 3), "
            + "dateadd(day, 1 - day_of_month(created_at), cast(created_at as date))), "
            + "year(created_at), month(created_at), case iso_day_of_week(created_at) "
            + "when 1 then 'Monday' when 2 then 'Tuesday' when 3 then 'Wednesday' "
            + "when 4 then 'Thursday' when 5 then 'Friday' when 6 then 'Saturday' "
            + "else 'Sunday' end, hour(created_at) from orders where order_id <= 60"));
    all.add(answer("item_timestamps",
        "select [order_items.id], [order_items.created_time], [order_items.shipped_time], "
            + "[order_items.returned_time] from ecommerce.order_items where [order_items.id] <= 40",
        "select id, created_at, shipped_at, returned_at from order_items where id <= 40"));
    all.add(answer("user_order_facts_dimensions",
        "select [users.id], [user_order_facts.lifetime_orders], "
            + "[user_order_facts.lifetime_revenue], [user_order_facts.first_order_date], "
            + "[user_order_facts.latest_order_at], [user_order_facts.is_repeat_customer] "
            + "from ecommerce.order_items where [users.id] <= 40",
        "select f.user_id, f.lifetime_orders, f.lifetime_revenue, f.first_order_date, "
            + "f.latest_order_at, f.lifetime_orders > 1 from " + UOF + " f where f.user_id <= 40"));
  }

  private static void stringFilters(List<DiffCase> all) {
    all.add(brandCount("brand_eq_comma", "[products.brand] = 'Smith, Jones & Co'",
        "brand = 'Smith, Jones & Co'"));
    all.add(brandCount("brand_eq_percent", "[products.brand] = '100% Organic'",
        "brand = '100% Organic'"));
    all.add(brandCount("brand_eq_underscore", "[products.brand] = 'Under_Score'",
        "brand = 'Under_Score'"));
    all.add(brandCount("brand_eq_caret", "[products.brand] = 'Caret^Top'", "brand = 'Caret^Top'"));
    all.add(brandCount("brand_eq_double_quote", "[products.brand] = 'The \"Quoted\" Label'",
        "brand = 'The \"Quoted\" Label'"));
    all.add(brandCount("brand_eq_single_quote", "[products.brand] = 'O''Neill'",
        "brand = 'O''Neill'"));
    all.add(brandCount("brand_eq_leading_minus", "[products.brand] = '-Minus Apparel'",
        "brand = '-Minus Apparel'"));
    all.add(brandCount("brand_eq_word_null", "[products.brand] = 'NULL'", "brand = 'NULL'"));
    all.add(brandCount("brand_eq_word_empty", "[products.brand] = 'EMPTY'", "brand = 'EMPTY'"));
    all.add(brandCount("brand_eq_lowercase_null", "[products.brand] = 'null'", "brand = 'null'"));
    all.add(brandCount("brand_eq_empty_string", "[products.brand] = ''", "brand = ''"));
    all.add(brandCount("brand_eq_other_case", "[products.brand] = 'adidas'", "brand = 'adidas'"));
    all.add(brandCount("brand_eq_trailing_space", "[products.brand] = 'Adidas '",
        "brand = 'Adidas '"));
    all.add(brandCount("brand_eq_backslash", "[products.brand] = 'Caret\\Top'",
        "brand = 'Caret\\Top'"));
    all.add(brandCount("brand_is_null", "[products.brand] is null", "brand is null"));
    all.add(brandCount("brand_is_not_null", "[products.brand] is not null",
        "brand is not null"));
    all.add(brandCount("brand_ne_empty_string", "[products.brand] <> ''", "brand <> ''"));
    all.add(brandCount("brand_ne_word_null", "[products.brand] <> 'NULL'", "brand <> 'NULL'"));
    all.add(brandCount("brand_in_awkward",
        "[products.brand] in ('NULL', 'EMPTY', '', 'Smith, Jones & Co', 'Caret^Top')",
        "brand in ('NULL', 'EMPTY', '', 'Smith, Jones & Co', 'Caret^Top')"));
    all.add(brandCount("brand_not_in_awkward",
        "[products.brand] not in ('-Minus Apparel', '100% Organic', 'Caret^Top', 'EMPTY')",
        "brand not in ('-Minus Apparel', '100% Organic', 'Caret^Top', 'EMPTY')"));
    all.add(brandCount("brand_eq_or_null",
        "([products.brand] = 'Puma' or [products.brand] is null)",
        "(brand = 'Puma' or brand is null)"));
    all.add(brandCount("brand_in_and_ne", "[products.brand] in ('Adidas', 'Puma') "
        + "and [products.brand] <> 'Puma'", "brand in ('Adidas', 'Puma') and brand <> 'Puma'"));
    all.add(brandCount("brand_ne_and_ne", "[products.brand] <> 'Adidas' "
        + "and [products.brand] <> ''", "brand <> 'Adidas' and brand <> ''"));
    all.add(brandCount("brand_like_prefix", "[products.brand] like 'C%'", "brand like 'C%'"));
    all.add(brandCount("brand_like_comma", "[products.brand] like '%, %'", "brand like '%, %'"));
    all.add(brandCount("brand_like_leading_minus", "[products.brand] like '-%'",
        "brand like '-%'"));
    all.add(brandCount("brand_like_caret", "[products.brand] like '%^%'", "brand like '%^%'"));
    all.add(brandCount("brand_like_double_quote", "[products.brand] like '%\"%'",
        "brand like '%\"%'"));
    all.add(brandCount("brand_like_single_quote", "[products.brand] like '%''%'",
        "brand like '%''%'"));
    all.add(brandCount("brand_like_word_null", "[products.brand] like 'NULL'",
        "brand like 'NULL'"));
    all.add(brandCount("brand_like_underscore_wildcard", "[products.brand] like 'Under_%'",
        "brand like 'Under_%'"));
    all.add(brandCount("brand_like_space", "[products.brand] like '% %'", "brand like '% %'"));
    all.add(brandCount("brand_like_other_case", "[products.brand] like 'adi%'",
        "brand like 'adi%'"));
    all.add(brandCount("brand_not_like", "[products.brand] not like '%a%'",
        "brand not like '%a%'"));
    all.add(brandCount("brand_like_and_ne", "[products.brand] like 'C%' "
        + "and [products.brand] <> 'Converse'", "brand like 'C%' and brand <> 'Converse'"));
    all.add(brandCount("brand_like_or_like", "([products.brand] like 'A%' "
        + "or [products.brand] like 'P%')", "(brand like 'A%' or brand like 'P%')"));
    all.add(brandCount("brand_in_many",
        "[products.brand] in ('Adidas', 'Allegra K', 'Billabong', 'Calvin Klein', 'Carhartt', "
            + "'Champion', 'Columbia', 'Converse', 'Diesel', 'Dockers', 'Hanes', 'Hurley', "
            + "'Jockey', 'Levi''s', 'Lucky Brand', 'Oakley', 'Patagonia', 'Pendleton', 'Puma', "
            + "'Quiksilver', 'Ray-Ban', 'Speedo', 'Volcom', 'Wrangler', 'NULL')",
        "brand in ('Adidas', 'Allegra K', 'Billabong', 'Calvin Klein', 'Carhartt', "
            + "'Champion', 'Columbia', 'Converse', 'Diesel', 'Dockers', 'Hanes', 'Hurley', "
            + "'Jockey', 'Levi''s', 'Lucky Brand', 'Oakley', 'Patagonia', 'Pendleton', 'Puma', "
            + "'Quiksilver', 'Ray-Ban', 'Speedo', 'Volcom', 'Wrangler', 'NULL')"));
    all.add(nameCount("name_eq_every_special",
        "[products.name] = '100%_Cotton ^Polo^, \"Slim\" -Fit'",
        "name = '100%_Cotton ^Polo^, \"Slim\" -Fit'"));
    all.add(nameCount("name_eq_comma", "[products.name] = 'Crew Neck Tee, Pack of 3'",
        "name = 'Crew Neck Tee, Pack of 3'"));
    all.add(nameCount("name_eq_minus_number", "[products.name] = '-40 Degree Parka'",
        "name = '-40 Degree Parka'"));
    all.add(nameCount("name_like_specials", "[products.name] like '%^Polo^, \"Slim\" -%'",
        "name like '%^Polo^, \"Slim\" -%'"));
    all.add(nameCount("name_in_specials",
        "[products.name] in ('Top^Hat Beanie', 'Slim_Fit Chino', '50% Wool Blend Sweater')",
        "name in ('Top^Hat Beanie', 'Slim_Fit Chino', '50% Wool Blend Sweater')"));
    all.add(nameCount("name_like_percent_wildcards", "[products.name] like '100%_Cotton%'",
        "name like '100%_Cotton%'"));
    all.add(answer("category_with_ampersand",
        "select [products.department], aggregate([products.total_retail_price]) "
            + "from ecommerce.products where [products.category] = 'Tops & Tees' "
            + "group by [products.department]",
        "select department, sum(retail_price) from products where category = 'Tops & Tees' "
            + "group by department"));
    all.add(answer("two_string_fields",
        "select [products.brand], [products.average_retail_price] from ecommerce.products "
            + "where [products.department] = 'Women' and [products.category] in ('Jeans', "
            + "'Dresses') and [products.brand] is not null group by [products.brand]",
        "select brand, avg(retail_price) from products where department = 'Women' and "
            + "category in ('Jeans', 'Dresses') and brand is not null group by brand"));
    all.add(answer("or_across_fields_dimensions_only",
        "select [products.brand], [products.category] from ecommerce.products "
            + "where [products.brand] = 'Adidas' or [products.category] = 'Jeans'",
        "select distinct brand, category from products where brand = 'Adidas' "
            + "or category = 'Jeans'"));
    all.add(answer("function_predicate_dimensions_only",
        "select [products.brand] from ecommerce.products where upper([products.brand]) = 'ADIDAS'",
        "select distinct brand from products where upper(brand) = 'ADIDAS'"));
    all.add(answer("zip_prefix",
        "select [users.state], aggregate([users.count]) from ecommerce.users "
            + "where [users.zip] like '55%' group by [users.state]",
        "select state, count(*) from users where zip like '55%' group by state"));
    all.add(answer("first_name_with_space",
        "select [users.gender], [users.count] from ecommerce.users "
            + "where [users.first_name] like '% %' group by [users.gender]",
        "select gender, count(*) from users where first_name like '% %' group by gender"));
  }

  private static void numberFilters(List<DiffCase> all) {
    String p = "select [products.category], aggregate([products.count]) from ecommerce.products "
        + "where ";
    String pg = " group by [products.category]";
    String h = "select category, count(*) from products where ";
    String hg = " group by category";
    all.add(answer("price_gt", p + "[products.retail_price] > 200" + pg,
        h + "retail_price > 200" + hg));
    all.add(answer("price_ge_boundary", p + "[products.retail_price] >= 295.69" + pg,
        h + "retail_price >= 295.69" + hg));
    all.add(answer("price_lt_boundary", p + "[products.retail_price] < 5.11" + pg,
        h + "retail_price < 5.11" + hg));
    all.add(answer("price_le_boundary", p + "[products.retail_price] <= 5.11" + pg,
        h + "retail_price <= 5.11" + hg));
    all.add(answer("price_eq", p + "[products.retail_price] = 295.69" + pg,
        h + "retail_price = 295.69" + hg));
    all.add(answer("price_ne", p + "[products.retail_price] <> 295.69" + pg,
        h + "retail_price <> 295.69" + hg));
    all.add(answer("price_between", p + "[products.retail_price] between 50 and 60" + pg,
        h + "retail_price between 50 and 60" + hg));
    all.add(answer("price_in", p + "[products.retail_price] in (5.11, 295.69)" + pg,
        h + "retail_price in (5.11, 295.69)" + hg));
    all.add(answer("price_not_in", p + "[products.retail_price] not in (5.11, 295.69)" + pg,
        h + "retail_price not in (5.11, 295.69)" + hg));
    all.add(answer("price_open_range", p + "[products.retail_price] > 50 "
        + "and [products.retail_price] <= 80 and [products.retail_price] <> 60" + pg,
        h + "retail_price > 50 and retail_price <= 80 and retail_price <> 60" + hg));
    all.add(answer("margin_gt", p + "[products.margin] > 100" + pg,
        h + "retail_price - cost > 100" + hg));
    String u = "select [users.gender], aggregate([users.count]), aggregate([users.average_age]) "
        + "from ecommerce.users where ";
    String ug = " group by [users.gender]";
    String uh = "select gender, count(*), avg(age) from users where ";
    String uhg = " group by gender";
    all.add(answer("age_is_null", u + "[users.age] is null" + ug, uh + "age is null" + uhg));
    all.add(answer("age_is_not_null", u + "[users.age] is not null" + ug,
        uh + "age is not null" + uhg));
    all.add(answer("age_ne", u + "[users.age] <> 30" + ug, uh + "age <> 30" + uhg));
    all.add(answer("age_not_in", u + "[users.age] not in (30, 40, 50)" + ug,
        uh + "age not in (30, 40, 50)" + uhg));
    all.add(answer("age_eq_or_null", u + "([users.age] = 30 or [users.age] is null)" + ug,
        uh + "(age = 30 or age is null)" + uhg));
    all.add(answer("age_or_values", u + "([users.age] = 30 or [users.age] = 40)" + ug,
        uh + "(age = 30 or age = 40)" + uhg));
    all.add(answer("age_range_and_ne", u + "[users.age] >= 20 and [users.age] < 30 "
        + "and [users.age] <> 25" + ug, uh + "age >= 20 and age < 30 and age <> 25" + uhg));
    all.add(answer("user_id_lt",
        "select [users.id], [users.state] from ecommerce.users where [users.id] < 10",
        "select id, state from users where id < 10"));
    all.add(answer("num_of_item_ge",
        "select [orders.status], [orders.count] from ecommerce.orders "
            + "where [orders.num_of_item] >= 3 group by [orders.status]",
        "select status, count(*) from orders where num_of_item >= 3 group by status"));
    all.add(answer("year_eq",
        "select [orders.created_month_num], [orders.count] from ecommerce.orders "
            + "where [orders.created_year] = 2024 group by [orders.created_month_num]",
        "select month(created_at), count(*) from orders where year(created_at) = 2024 "
            + "group by month(created_at)"));
    all.add(answer("year_between",
        "select [orders.created_year], [orders.count] from ecommerce.orders "
            + "where [orders.created_year] between 2020 and 2021 group by [orders.created_year]",
        "select year(created_at), count(*) from orders where year(created_at) between 2020 "
            + "and 2021 group by year(created_at)"));
    all.add(answer("month_num_in",
        "select [orders.created_year], [orders.count] from ecommerce.orders "
            + "where [orders.created_month_num] in (1, 12) group by [orders.created_year]",
        "select year(created_at), count(*) from orders where month(created_at) in (1, 12) "
            + "group by year(created_at)"));
    all.add(answer("hour_of_day_ge",
        "select [order_items.status], [order_items.count] from ecommerce.order_items "
            + "where [order_items.created_hour_of_day] >= 22 group by [order_items.status]",
        "select status, count(*) from order_items where hour(created_at) >= 22 group by status"));
    all.add(answer("sale_price_between_with_measures",
        "select [order_items.status], [order_items.total_sale_price], "
            + "[order_items.average_sale_price] from ecommerce.order_items "
            + "where [order_items.sale_price] between 100 and 150 group by [order_items.status]",
        "select status, sum(sale_price), avg(sale_price) from order_items "
            + "where sale_price between 100 and 150 group by status"));
  }

  private static void dateFilters(List<DiffCase> all) {
    String o = "select [orders.created_date], [orders.count] from ecommerce.orders where ";
    String og = " group by [orders.created_date]";
    String h = "select cast(created_at as date), count(*) from orders where ";
    String hg = " group by cast(created_at as date)";
    all.add(answer("date_eq", o + "[orders.created_date] = date '2025-11-30'" + og,
        h + "cast(created_at as date) = date '2025-11-30'" + hg));
    all.add(answer("date_between", o + "[orders.created_date] between date '2025-11-01' "
        + "and date '2025-11-07'" + og, h + "cast(created_at as date) between date '2025-11-01' "
        + "and date '2025-11-07'" + hg));
    all.add(answer("date_ge", o + "[orders.created_date] >= date '2025-12-01'" + og,
        h + "cast(created_at as date) >= date '2025-12-01'" + hg));
    all.add(answer("date_gt", o + "[orders.created_date] > date '2025-12-01'" + og,
        h + "cast(created_at as date) > date '2025-12-01'" + hg));
    all.add(answer("date_lt", o + "[orders.created_date] < date '2019-06-01'" + og,
        h + "cast(created_at as date) < date '2019-06-01'" + hg));
    all.add(answer("date_le", o + "[orders.created_date] <= date '2019-06-01'" + og,
        h + "cast(created_at as date) <= date '2019-06-01'" + hg));
    all.add(answer("date_half_open_range", o + "[orders.created_date] >= date '2024-02-27' "
        + "and [orders.created_date] < date '2024-03-02'" + og,
        h + "cast(created_at as date) >= date '2024-02-27' "
        + "and cast(created_at as date) < date '2024-03-02'" + hg));
    all.add(answer("date_in", o + "[orders.created_date] in (date '2025-11-30', "
        + "date '2025-11-27')" + og, h + "cast(created_at as date) in (date '2025-11-30', "
        + "date '2025-11-27')" + hg));
    all.add(answer("shipped_date_is_null",
        "select [orders.status], [orders.count] from ecommerce.orders "
            + "where [orders.shipped_date] is null group by [orders.status]",
        "select status, count(*) from orders where shipped_at is null group by status"));
    all.add(answer("returned_date_is_not_null",
        "select [orders.status], [orders.count], [orders.total_items] from ecommerce.orders "
            + "where [orders.returned_date] is not null group by [orders.status]",
        "select status, count(*), sum(num_of_item) from orders where returned_at is not null "
            + "group by status"));
    all.add(answer("received_day_between",
        "select [products.category], [inventory_items.count] from ecommerce.products "
            + "where [inventory_items.received_day] between date '2025-06-01' "
            + "and date '2025-06-30' group by [products.category]",
        "select p.category, count(*) from products p join inventory_items ii "
            + "on ii.product_id = p.id where cast(ii.created_at as date) between "
            + "date '2025-06-01' and date '2025-06-30' group by p.category"));
    all.add(answer("first_order_date_range",
        "select [users.gender], [user_order_facts.count], "
            + "[user_order_facts.average_lifetime_revenue] from ecommerce.order_items "
            + "where [user_order_facts.first_order_date] >= date '2024-01-01' "
            + "and [user_order_facts.first_order_date] < date '2024-04-01' group by [users.gender]",
        "select u.gender, count(*), avg(f.lifetime_revenue) from " + UOF + " f "
            + "join users u on u.id = f.user_id where f.first_order_date >= date '2024-01-01' "
            + "and f.first_order_date < date '2024-04-01' group by u.gender"));
    all.add(answer("month_eq_dimensions_only",
        "select [orders.created_date] from ecommerce.orders "
            + "where [orders.created_month] = date '2025-01-01'",
        "select distinct cast(created_at as date) from orders where year(created_at) = 2025 "
            + "and month(created_at) = 1"));
    all.add(answer("week_eq_dimensions_only",
        "select [orders.created_date], [orders.created_day_of_week] from ecommerce.orders "
            + "where [orders.created_week] = date '2025-11-24'",
        "select distinct cast(created_at as date), dayname(created_at) from orders "
            + "where cast(created_at as date) between date '2025-11-24' and date '2025-11-30'"));
    all.add(answer("timestamp_ge_dimensions_only",
        "select [order_items.id], [order_items.created_time] from ecommerce.order_items "
            + "where [order_items.created_time] >= timestamp '2025-12-08 00:00:00'",
        "select id, created_at from order_items where created_at >= timestamp '2025-12-08 "
            + "00:00:00'"));
    all.add(answer("timestamp_between_dimensions_only",
        "select [users.id], [users.created_time] from ecommerce.users "
            + "where [users.created_time] between timestamp '2025-11-01 00:00:00' "
            + "and timestamp '2025-11-30 12:00:00'",
        "select id, created_at from users where created_at between "
            + "timestamp '2025-11-01 00:00:00' and timestamp '2025-11-30 12:00:00'"));
    all.add(answer("date_ne_dimensions_only",
        "select [users.created_date] from ecommerce.users where [users.created_date] "
            + ">= date '2025-10-01' and [users.created_date] <> date '2025-11-30'",
        "select distinct cast(created_at as date) from users where cast(created_at as date) "
            + ">= date '2025-10-01' and cast(created_at as date) <> date '2025-11-30'"));
    all.add(answer("quarter_and_year_dimensions",
        "select [order_items.created_quarter], [order_items.created_year] "
            + "from ecommerce.order_items where [order_items.created_year] >= 2024",
        "select distinct dateadd(month, -mod(month(created_at) - 1, 3), dateadd(day, "
            + "1 - day_of_month(created_at), cast(created_at as date))), year(created_at) "
            + "from order_items where year(created_at) >= 2024"));
  }

  private static void booleanFilters(List<DiffCase> all) {
    String p = "select [products.category], aggregate([products.count]) from ecommerce.products "
        + "where ";
    String pg = " group by [products.category]";
    String h = "select category, count(*) from products where ";
    String hg = " group by category";
    all.add(answer("yesno_bare", p + "[products.is_premium]" + pg, h + "retail_price >= 100" + hg));
    all.add(answer("yesno_eq_false", p + "[products.is_premium] = false" + pg,
        h + "retail_price < 100" + hg));
    all.add(answer("yesno_not", p + "not [products.is_premium]" + pg,
        h + "retail_price < 100" + hg));
    all.add(answer("yesno_is_true", p + "[products.is_premium] is true" + pg,
        h + "retail_price >= 100" + hg));
    all.add(answer("yesno_and_string", p + "[products.is_premium] and "
        + "[products.department] = 'Women'" + pg,
        h + "retail_price >= 100 and department = 'Women'" + hg));
    all.add(answer("yesno_is_null_dimensions_only",
        "select [products.category] from ecommerce.products where [products.is_premium] is null",
        "select distinct category from products where retail_price is null"));
    all.add(answer("international_users",
        "select [users.country], [users.count] from ecommerce.users "
            + "where [users.is_international] = true group by [users.country]",
        "select country, count(*) from users where country <> 'United States' group by country"));
    all.add(answer("sold_inventory",
        "select [products.category], [inventory_items.count], [inventory_items.total_cost] "
            + "from ecommerce.products where [inventory_items.is_sold] "
            + "group by [products.category]",
        "select p.category, count(*), sum(ii.cost) from products p join inventory_items ii "
            + "on ii.product_id = p.id where ii.sold_at is not null group by p.category"));
    all.add(answer("undelivered_orders",
        "select [orders.status], [orders.average_items_per_order] from ecommerce.orders "
            + "where [orders.is_delivered] = false group by [orders.status]",
        "select status, avg(num_of_item) from orders where delivered_at is null group by status"));
    all.add(answer("returned_items",
        "select [order_items.created_year], [order_items.count], [order_items.total_sale_price] "
            + "from ecommerce.order_items where [order_items.is_returned] "
            + "group by [order_items.created_year]",
        "select year(created_at), count(*), sum(sale_price) from order_items "
            + "where status = 'Returned' group by year(created_at)"));
    all.add(answer("repeat_customers",
        "select [users.gender], [users.count] from ecommerce.order_items "
            + "where [user_order_facts.is_repeat_customer] group by [users.gender]",
        "select u.gender, count(*) from users u join " + UOF + " f on f.user_id = u.id "
            + "where f.lifetime_orders > 1 group by u.gender"));
  }

  private static void parameters(List<DiffCase> all) {
    String b = "select [products.brand], aggregate([products.count]) from ecommerce.products "
        + "where [products.brand] = ? group by [products.brand]";
    String bh = "select brand, count(*) from products where brand = ? group by brand";
    String[][] awkward = {{"comma", "Smith, Jones & Co"}, {"percent", "100% Organic"},
        {"double_quote", "The \"Quoted\" Label"}, {"single_quote", "O'Neill"},
        {"leading_minus", "-Minus Apparel"}, {"word_null", "NULL"}, {"word_empty", "EMPTY"},
        {"empty_string", ""}, {"caret", "Caret^Top"}, {"underscore", "Under_Score"}};
    for (String[] a : awkward) {
      all.add(answer("param_brand_" + a[0], b, bh).bind(a[1]));
    }
    all.add(answer("param_name_every_special",
        "select [products.name], [products.count] from ecommerce.products "
            + "where [products.name] = ? group by [products.name]",
        "select name, count(*) from products where name = ? group by name")
        .bind("100%_Cotton ^Polo^, \"Slim\" -Fit"));
    all.add(answer("param_brand_in",
        "select [products.brand], aggregate([products.count]) from ecommerce.products "
            + "where [products.brand] in (?, ?, ?) group by [products.brand]",
        "select brand, count(*) from products where brand in (?, ?, ?) group by brand")
        .bind("NULL", "Under_Score", "-Minus Apparel"));
    all.add(answer("param_name_like",
        "select [products.name], [products.count] from ecommerce.products "
            + "where [products.name] like ? group by [products.name]",
        "select name, count(*) from products where name like ? group by name")
        .bind("%, Pack%"));
    all.add(answer("param_brand_ne",
        "select [products.department], aggregate([products.count]) from ecommerce.products "
            + "where [products.brand] <> ? group by [products.department]",
        "select department, count(*) from products where brand <> ? group by department")
        .bind("Adidas"));
    all.add(answer("param_price_between",
        "select [products.category], aggregate([products.count]) from ecommerce.products "
            + "where [products.retail_price] between ? and ? group by [products.category]",
        "select category, count(*) from products where retail_price between ? and ? "
            + "group by category").bind(new BigDecimal("20.5"), new BigDecimal("40")));
    all.add(answer("param_age_gt",
        "select [users.gender], [users.average_age] from ecommerce.users "
            + "where [users.age] > ? group by [users.gender]",
        "select gender, avg(age) from users where age > ? group by gender").bind(60));
    all.add(answer("param_date_eq",
        "select [orders.status], [orders.count] from ecommerce.orders "
            + "where [orders.created_date] = ? group by [orders.status]",
        "select status, count(*) from orders where cast(created_at as date) = ? group by status")
        .bind(Date.valueOf("2025-11-27")));
    all.add(answer("param_date_between",
        "select [orders.created_date], [orders.count] from ecommerce.orders "
            + "where [orders.created_date] between ? and ? group by [orders.created_date]",
        "select cast(created_at as date), count(*) from orders where cast(created_at as date) "
            + "between ? and ? group by cast(created_at as date)")
        .bind(Date.valueOf("2025-10-30"), Date.valueOf("2025-11-02")));
    all.add(answer("param_status_with_measure",
        "select [products.category], [order_items.total_sale_price] from ecommerce.order_items "
            + "where [order_items.status] = ? group by [products.category]",
        "select p.category, sum(oi.sale_price) from " + OI + " where oi.status = ? "
            + "group by p.category").bind("Returned"));
    all.add(answer("param_year",
        "select [orders.created_month], [orders.count] from ecommerce.orders "
            + "where [orders.created_year] = ? group by [orders.created_month]",
        "select dateadd(day, 1 - day_of_month(created_at), cast(created_at as date)), count(*) "
            + "from orders where year(created_at) = ? group by "
            + "dateadd(day, 1 - day_of_month(created_at), cast(created_at as date))").bind(2021));
    all.add(answer("param_yesno_dimensions_only",
        "select [products.category], [products.department] from ecommerce.products "
            + "where [products.is_premium] = ?",
        "select distinct category, department from products where (retail_price >= 100) = ?")
        .bind(true));
  }

  /**
   * Parameters bound to NULL: a comparison with NULL is unknown, never true, as in the hand SQL,
   * while an aggregate without GROUP BY still has its one row.
   */
  private static void nullParameters(List<DiffCase> all) {
    String[][] where = {
        {"ne", "[products.brand] <> ?", "brand <> ?"},
        {"lt", "[products.retail_price] < ?", "retail_price < ?"},
        {"like", "[products.name] like ?", "name like ?"},
        {"not_like", "[products.name] not like ?", "name not like ?"},
        {"in", "[products.brand] in (?, 'Allegra K')", "brand in (?, 'Allegra K')"},
        {"not_in", "[products.brand] not in (?, 'Allegra K')", "brand not in (?, 'Allegra K')"},
        {"or_is_null", "([products.brand] = ? or [products.brand] is null)",
            "(brand = ? or brand is null)"},
        {"or_across_fields", "([products.brand] = ? or [products.category] = 'Jeans')",
            "(brand = ? or category = 'Jeans')"},
        {"number_or_across_fields",
            "([products.retail_price] > ? or [products.category] = 'Jeans')",
            "(retail_price > ? or category = 'Jeans')"},
        {"not_or_across_fields", "not ([products.brand] = ? or [products.category] = 'Jeans')",
            "not (brand = ? or category = 'Jeans')"},
        {"and_department", "[products.brand] = ? and [products.department] = 'Women'",
            "brand = ? and department = 'Women'"},
    };
    for (String[] w : where) {
      all.add(nullBound("null_param_" + w[0],
          "select [products.department], aggregate([products.count]) from ecommerce.products "
              + "where " + w[1] + " group by [products.department]",
          "select department, count(*) from products where " + w[2] + " group by department"));
    }
    String price = "select [products.category], aggregate([products.count]) "
        + "from ecommerce.products where [products.retail_price] between ? and ? "
        + "group by [products.category]";
    String priceHand = "select category, count(*) from products where retail_price between ? "
        + "and ? group by category";
    all.add(answer("null_param_between", price, priceHand).bind(null, null));
    all.add(answer("null_param_between_upper", price, priceHand).bind(new BigDecimal("10"), null));
    all.add(nullBound("null_param_date_eq",
        "select [orders.status], [orders.count] from ecommerce.orders "
            + "where [orders.created_date] = ? group by [orders.status]",
        "select status, count(*) from orders where cast(created_at as date) = ? group by status"));
    String[][] orders = {
        {"date_or_status", "[orders.created_date] = ? or [orders.status] = 'Cancelled'",
            "cast(created_at as date) = ? or status = 'Cancelled'"},
        {"time_or_status", "[orders.created_time] > ? or [orders.status] = 'Cancelled'",
            "created_at > ? or status = 'Cancelled'"},
    };
    for (String[] w : orders) {
      all.add(nullBound("null_param_" + w[0],
          "select [orders.status], [orders.count] from ecommerce.orders where " + w[1]
              + " group by [orders.status]",
          "select status, count(*) from orders where " + w[2] + " group by status"));
    }
    all.add(nullBound("null_param_year_in",
        "select [orders.status], [orders.count] from ecommerce.orders "
            + "where [orders.created_year] in (?, 2021) group by [orders.status]",
        "select status, count(*) from orders where year(created_at) in (?, 2021) group by status"));
    all.add(nullBound("null_param_dimensions_only",
        "select [products.brand] from ecommerce.products where [products.brand] = ?",
        "select distinct brand from products where brand = ?"));
    all.add(nullBound("null_param_no_group_by",
        "select aggregate([products.count]), aggregate([products.total_cost]), "
            + "aggregate([products.average_retail_price]) from ecommerce.products "
            + "where [products.brand] = ?",
        "select count(*), coalesce(sum(cost), 0), avg(retail_price) from products where brand = ?"));
    all.add(answer("null_param_no_group_by_custom_measures",
        "select count(*), sum([products.cost]), min([products.name]), "
            + "count(distinct [products.brand]) from ecommerce.products "
            + "where [products.category] = 'Jeans' and [products.brand] in (?, ?)",
        "select count(*), sum(cost), min(name), count(distinct brand) from products "
            + "where category = 'Jeans' and brand in (?, ?)").bind(null, null));
    all.add(nullBound("null_param_no_group_by_with_having",
        "select aggregate([products.count]) from ecommerce.products where [products.brand] = ? "
            + "having aggregate([products.count]) = 0",
        "select count(*) from products where brand = ? having count(*) = 0"));
    all.add(nullBound("null_param_having",
        "select [products.brand], aggregate([products.count]) from ecommerce.products "
            + "group by [products.brand] having aggregate([products.count]) > ?",
        "select brand, count(*) from products group by brand having count(*) > ?"));
    all.add(nullBound("null_param_having_no_group_by",
        "select aggregate([products.count]) from ecommerce.products "
            + "having aggregate([products.count]) > ?",
        "select count(*) from products having count(*) > ?"));
    all.add(nullBound("null_param_having_expression",
        "select [products.brand], aggregate([products.count]) from ecommerce.products "
            + "group by [products.brand] "
            + "having aggregate([products.count]) > ? or aggregate([products.total_cost]) < 100",
        "select brand, count(*) from products group by brand "
            + "having count(*) > ? or sum(cost) < 100"));
    all.add(nullBound("null_param_custom_dimension",
        "select case when [products.brand] = ? then 'x' else 'y' end as k, "
            + "aggregate([products.count]) from ecommerce.products group by k",
        "select case when brand = ? then 'x' else 'y' end as k, count(*) from products "
            + "group by k"));
    all.add(nullBound("null_param_outer_count",
        "select count(*) from (select [products.brand] from ecommerce.products "
            + "where [products.brand] = ? group by [products.brand]) t",
        "select count(*) from (select brand from products where brand = ? group by brand) t"));
  }

  /** Returns a case whose one {@code ?} is bound to NULL. */
  private static DiffCase nullBound(String name, String sql, String hand) {
    return answer(name, sql, hand).bind((Object) null);
  }

  private static void having(List<DiffCase> all) {
    all.add(answer("having_count",
        "select [products.brand], aggregate([products.count]) from ecommerce.products "
            + "group by [products.brand] having aggregate([products.count]) > 5",
        "select brand, count(*) from products group by brand having count(*) > 5"));
    all.add(answer("having_naked_measure",
        "select [products.brand], [products.count] from ecommerce.products "
            + "group by [products.brand] having [products.count] >= 6",
        "select brand, count(*) from products group by brand having count(*) >= 6"));
    all.add(answer("having_range",
        "select [products.brand], aggregate([products.count]) from ecommerce.products "
            + "group by [products.brand] having aggregate([products.count]) between 3 and 5",
        "select brand, count(*) from products group by brand having count(*) between 3 and 5"));
    all.add(answer("having_average",
        "select [products.category], aggregate([products.average_retail_price]) "
            + "from ecommerce.products group by [products.category] "
            + "having aggregate([products.average_retail_price]) > 80",
        "select category, avg(retail_price) from products group by category "
            + "having avg(retail_price) > 80"));
    all.add(answer("having_count_distinct",
        "select [products.category], aggregate([products.brand_count]) from ecommerce.products "
            + "group by [products.category] having aggregate([products.brand_count]) >= 8",
        "select category, count(distinct brand) from products group by category "
            + "having count(distinct brand) >= 8"));
    all.add(answer("where_and_having",
        "select [products.category], aggregate([products.count]) from ecommerce.products "
            + "where [products.department] = 'Women' group by [products.category] "
            + "having aggregate([products.count]) > 6",
        "select category, count(*) from products where department = 'Women' "
            + "group by category having count(*) > 6"));
    all.add(answer("having_on_unselected_measure",
        "select [products.brand] from ecommerce.products group by [products.brand] "
            + "having aggregate([products.count]) > 6",
        "select brand from products group by brand having count(*) > 6"));
    all.add(answer("having_or_across_measures",
        "select [products.category], aggregate([products.count]) from ecommerce.products "
            + "group by [products.category] having aggregate([products.count]) > 12 "
            + "or aggregate([products.average_retail_price]) > 100",
        "select category, count(*) from products group by category "
            + "having count(*) > 12 or avg(retail_price) > 100"));
    all.add(answer("having_expression",
        "select [products.category], aggregate([products.count]) from ecommerce.products "
            + "group by [products.category] having aggregate([products.total_retail_price]) "
            + "/ aggregate([products.count]) > 80",
        "select category, count(*) from products group by category "
            + "having sum(retail_price) / count(*) > 80"));
    all.add(answer("having_count_star",
        "select [products.category], count(*) from ecommerce.products "
            + "group by [products.category] having count(*) > 10",
        "select category, count(*) from products group by category having count(*) > 10"));
    all.add(answer("having_revenue",
        "select [products.category], [order_items.total_sale_price] from ecommerce.order_items "
            + "group by [products.category] having [order_items.total_sale_price] > 50000",
        "select p.category, sum(oi.sale_price) from " + OI + " group by p.category "
            + "having sum(oi.sale_price) > 50000"));
    all.add(answer("having_fanned_out_average",
        "select [orders.status], [users.average_age] from ecommerce.users "
            + "group by [orders.status] having [users.average_age] > 41.7",
        "select s, avg(age) from (select distinct u.id, u.age, o.status s from users u "
            + "left join orders o on o.user_id = u.id) group by s having avg(age) > 41.7"));
  }

  private static void orderAndLimit(List<DiffCase> all) {
    all.add(answer("order_by_measure_limit",
        "select [products.brand], aggregate([products.count]) as n from ecommerce.products "
            + "group by [products.brand] order by n desc, [products.brand] limit 5",
        "select brand, count(*) n from products group by brand "
            + "order by n desc, brand nulls first limit 5").ordered());
    all.add(answer("order_by_dimension_nulls_first",
        "select [products.brand], aggregate([products.count]) from ecommerce.products "
            + "group by [products.brand] order by [products.brand] limit 5",
        "select brand, count(*) from products group by brand order by brand nulls first "
            + "limit 5").ordered());
    all.add(answer("order_by_dimension_desc_nulls_last",
        "select [products.brand], aggregate([products.count]) from ecommerce.products "
            + "group by [products.brand] order by [products.brand] desc",
        "select brand, count(*) from products group by brand order by brand desc nulls last")
        .ordered());
    all.add(answer("order_by_ordinals",
        "select [products.category], aggregate([products.total_retail_price]) "
            + "from ecommerce.products group by 1 order by 2 desc, 1 limit 3",
        "select category, sum(retail_price) from products group by category "
            + "order by 2 desc, 1 limit 3").ordered());
    all.add(answer("limit_offset",
        "select [products.brand], aggregate([products.count]) from ecommerce.products "
            + "group by [products.brand] order by [products.brand] limit 5 offset 3",
        "select brand, count(*) from products group by brand order by brand nulls first "
            + "limit 5 offset 3").ordered());
    all.add(answer("offset_fetch",
        "select [products.category] from ecommerce.products order by [products.category] "
            + "offset 2 rows fetch next 3 rows only",
        "select distinct category from products order by category "
            + "offset 2 rows fetch next 3 rows only").ordered());
    all.add(answer("order_by_unselected_measure",
        "select [products.brand] from ecommerce.products group by [products.brand] "
            + "order by aggregate([products.count]) desc, [products.brand] limit 5",
        "select brand from products group by brand order by count(*) desc, brand nulls first "
            + "limit 5").ordered());
    all.add(answer("order_by_alias",
        "select [products.category] c, aggregate([products.count]) n from ecommerce.products "
            + "group by c order by n desc, c limit 4",
        "select category c, count(*) n from products group by category order by n desc, c "
            + "limit 4").ordered());
    all.add(answer("order_by_date_desc",
        "select [orders.created_date], [orders.count] from ecommerce.orders "
            + "group by [orders.created_date] order by [orders.created_date] desc limit 7",
        "select cast(created_at as date) d, count(*) from orders group by d "
            + "order by d desc limit 7").ordered());
    all.add(answer("order_by_expression",
        "select [products.category], aggregate([products.count]) from ecommerce.products "
            + "group by [products.category] order by lower([products.category]) desc",
        "select category, count(*) from products group by category order by lower(category) "
            + "desc").ordered());
    all.add(answer("order_by_fanned_out_average",
        "select [orders.status], [users.average_age] from ecommerce.users "
            + "group by [orders.status] order by [users.average_age] desc limit 3",
        "select s, avg(age) a from (select distinct u.id, u.age, o.status s from users u "
            + "left join orders o on o.user_id = u.id) group by s order by a desc limit 3")
        .ordered());
    all.add(answer("dimensions_ordered_with_limit",
        "select [users.state], [users.city] from ecommerce.users "
            + "order by [users.state] desc, [users.city] limit 6",
        "select distinct state, city from users order by state desc nulls last, city "
            + "limit 6").ordered());
  }

  private static void customAggregates(List<DiffCase> all) {
    all.add(answer("count_star_all", "select count(*) from ecommerce.products",
        "select count(*) from products"));
    all.add(answer("count_star_items_by_category",
        "select [products.category], count(*) from ecommerce.order_items "
            + "group by [products.category]",
        "select p.category, count(*) from " + OI + " group by p.category"));
    all.add(answer("count_distinct_brand",
        "select [products.department], count(distinct [products.brand]) from ecommerce.products "
            + "group by [products.department]",
        "select department, count(distinct brand) from products group by department"));
    all.add(answer("count_distinct_order_id",
        "select [order_items.status], count(distinct [order_items.order_id]) "
            + "from ecommerce.order_items group by [order_items.status]",
        "select status, count(distinct order_id) from order_items group by status"));
    all.add(answer("sum_avg_of_dimension",
        "select [order_items.status], sum([order_items.sale_price]), "
            + "avg([order_items.sale_price]) from ecommerce.order_items "
            + "group by [order_items.status]",
        "select status, sum(sale_price), avg(sale_price) from order_items group by status"));
    all.add(answer("min_max_of_dimension",
        "select [products.brand], min([products.retail_price]), max([products.retail_price]) "
            + "from ecommerce.products group by [products.brand]",
        "select brand, min(retail_price), max(retail_price) from products group by brand"));
    all.add(answer("min_max_of_date",
        "select [order_items.status], min([order_items.created_date]), "
            + "max([order_items.created_date]) from ecommerce.order_items "
            + "group by [order_items.status]",
        "select status, min(cast(created_at as date)), max(cast(created_at as date)) "
            + "from order_items group by status"));
    all.add(answer("min_max_of_string",
        "select [products.department], min([products.brand]), max([products.brand]) "
            + "from ecommerce.products group by [products.department]",
        "select department, min(brand), max(brand) from products group by department"));
    all.add(answer("sum_distinct_of_dimension",
        "select sum(distinct [products.retail_price]) from ecommerce.products "
            + "where [products.category] = 'Jeans'",
        "select sum(distinct retail_price) from products where category = 'Jeans'"));
    all.add(answer("count_distinct_state",
        "select [users.gender], count(distinct [users.state]) from ecommerce.users "
            + "group by [users.gender]",
        "select gender, count(distinct state) from users group by gender"));
    all.add(answer("avg_age",
        "select [users.traffic_source], avg([users.age]) from ecommerce.users "
            + "group by [users.traffic_source]",
        "select traffic_source, avg(age) from users group by traffic_source"));
    all.add(either("sum_of_joined_dimension_over_items",
        "select [order_items.status], sum([products.retail_price]) from ecommerce.order_items "
            + "group by [order_items.status]",
        "select oi.status, sum(p.retail_price) from " + OI + " group by oi.status"));
    all.add(either("avg_of_joined_dimension_over_items",
        "select [products.category], avg([users.age]) from ecommerce.order_items "
            + "group by [products.category]",
        "select p.category, avg(u.age) from " + OI + " group by p.category"));
    all.add(either("count_of_joined_dimension_over_items",
        "select [products.category], count([users.state]) from ecommerce.order_items "
            + "group by [products.category]",
        "select p.category, count(u.state) from " + OI + " group by p.category"));
    all.add(answer("naked_measures_without_group_by",
        "select [users.count], [users.average_age], [users.female_count] from ecommerce.users "
            + "where [users.country] = 'Germany'",
        "select count(*), avg(age), sum(case when gender = 'F' then 1 else 0 end) from users "
            + "where country = 'Germany'"));
    all.add(answer("custom_and_lookml_measures",
        "select [products.category], count(*), aggregate([products.average_retail_price]), "
            + "sum([products.cost]) from ecommerce.products group by [products.category]",
        "select category, count(*), avg(retail_price), sum(cost) from products "
            + "group by category"));
    all.add(answer("count_star_filtered",
        "select count(*) from ecommerce.products where [products.brand] like '%e%' "
            + "and [products.retail_price] < 50",
        "select count(*) from products where brand like '%e%' and retail_price < 50"));
    all.add(answer("count_distinct_users_by_order_status",
        "select [orders.status], count(distinct [users.id]) from ecommerce.users "
            + "group by [orders.status]",
        "select o.status, count(distinct u.id) from users u left join orders o "
            + "on o.user_id = u.id group by o.status"));
    all.add(answer("sum_with_date_filter",
        "select [order_items.status], sum([order_items.sale_price]), count(*) "
            + "from ecommerce.order_items where [order_items.created_date] "
            + "between date '2025-01-01' and date '2025-03-31' group by [order_items.status]",
        "select status, sum(sale_price), count(*) from order_items where cast(created_at as "
            + "date) between date '2025-01-01' and date '2025-03-31' group by status"));
  }

  /**
   * Sums over only NULLs or over no rows: SQL's {@code SUM(d)} is NULL there, while Looker's sum
   * measures (and custom sums) are {@code COALESCE(SUM(x), 0)}, so {@code AGGREGATE(m)} of a
   * LookML sum is 0. Averages are NULL in both.
   */
  private static void emptySums(List<DiffCase> all) {
    all.add(answer("sum_of_dimension_over_only_nulls",
        "select [users.age], sum([users.age]), avg([users.age]), [users.total_age], count(*) "
            + "from ecommerce.users group by [users.age]",
        "select age, sum(age), avg(age), coalesce(sum(age), 0), count(*) from users "
            + "group by age"));
    all.add(answer("sum_of_dimension_over_no_rows",
        "select sum([users.age]), avg([users.age]), count(*) from ecommerce.users "
            + "where [users.state] = 'Nowhere'",
        "select sum(age), avg(age), count(*) from users where state = 'Nowhere'"));
    all.add(answer("sum_of_dimension_over_only_nulls_filtered",
        "select [users.gender], sum([users.age]), avg([users.age]) from ecommerce.users "
            + "where [users.age] is null group by [users.gender]",
        "select gender, sum(age), avg(age) from users where age is null group by gender"));
    all.add(answer("aggregate_of_sum_measure_over_no_rows",
        "select aggregate([users.total_age]), aggregate([users.count]), "
            + "aggregate([users.average_age]) from ecommerce.users where [users.state] = 'Nowhere'",
        "select coalesce(sum(age), 0), count(*), avg(age) from users where state = 'Nowhere'"));
    all.add(answer("sum_of_dimension_rolled_up_over_only_nulls",
        "select floor([users.age] / 10), sum([users.age]), count(*) from ecommerce.users "
            + "group by floor([users.age] / 10)",
        "select floor(age / 10.0), sum(age), count(*) from users group by floor(age / 10.0)"));
    all.add(answer("sum_of_dimension_rolled_up_over_no_rows",
        "select sum([users.age]), count(*) from ecommerce.users where floor([users.age] / 10) = 99",
        "select sum(age), count(*) from users where floor(age / 10.0) = 99"));
    all.add(answer("aggregate_of_sum_measure_rolled_up_over_no_rows",
        "select aggregate([users.total_age]), aggregate([users.count]) from ecommerce.users "
            + "where floor([users.age] / 10) = 99",
        "select coalesce(sum(age), 0), count(*) from users where floor(age / 10.0) = 99"));
    all.add(answer("sum_of_dimension_sorted_by_key_with_limit",
        "select [users.age], sum([users.age]) from ecommerce.users group by [users.age] "
            + "order by [users.age] limit 3",
        "select age, sum(age) from users group by age order by age nulls first limit 3")
        .ordered());
    all.add(answer("sum_of_dimension_sorted_by_sum_with_limit",
        "select [users.age], sum([users.age]) s from ecommerce.users group by [users.age] "
            + "order by s, [users.age] limit 3",
        "select age, sum(age) s from users group by age order by s nulls first, age limit 3")
        .ordered());
  }

  private static void groupingByExpressions(List<DiffCase> all) {
    all.add(answer("group_by_upper_dimensions_only",
        "select upper([products.category]) from ecommerce.products "
            + "group by upper([products.category])",
        "select distinct upper(category) from products"));
    all.add(answer("group_by_first_letter_min",
        "select substring([products.name], 1, 1), min([products.retail_price]) "
            + "from ecommerce.products group by substring([products.name], 1, 1)",
        "select substring(name, 1, 1), min(retail_price) from products "
            + "group by substring(name, 1, 1)"));
    all.add(answer("group_by_year_count_distinct",
        "select year([order_items.created_date]) y, count(distinct [users.id]) "
            + "from ecommerce.order_items group by year([order_items.created_date])",
        "select year(created_at), count(distinct user_id) from order_items "
            + "group by year(created_at)"));
    all.add(answer("group_by_case_max",
        "select case when [products.retail_price] >= 100 then 'premium' else 'regular' end, "
            + "max([products.retail_price]) from ecommerce.products group by case when "
            + "[products.retail_price] >= 100 then 'premium' else 'regular' end",
        "select case when retail_price >= 100 then 'premium' else 'regular' end, "
            + "max(retail_price) from products group by case when retail_price >= 100 "
            + "then 'premium' else 'regular' end"));
    all.add(answer("group_by_floor_min_max",
        "select floor([users.age] / 10), min([users.age]), max([users.age]) "
            + "from ecommerce.users group by floor([users.age] / 10)",
        "select floor(age / 10.0), min(age), max(age) from users group by floor(age / 10.0)"));
    all.add(answer("group_by_concatenation",
        "select [products.department] || '/' || [products.category] from ecommerce.products "
            + "group by [products.department] || '/' || [products.category]",
        "select distinct department || '/' || category from products"));
  }

  private static void fanOut(List<DiffCase> all) {
    all.add(answer("fanout_users_by_gender",
        "select [users.gender], [users.count], [users.average_age], [orders.count], "
            + "[order_items.count] from ecommerce.users group by [users.gender]",
        "select u.gender, count(distinct u.id), (select avg(age) from users u2 "
            + "where u2.gender = u.gender), count(distinct o.order_id), count(distinct oi.id) "
            + "from users u left join orders o on o.user_id = u.id left join order_items oi "
            + "on oi.order_id = o.order_id group by u.gender"));
    all.add(answer("fanout_users_by_order_status",
        "select [orders.status], [users.count], [users.average_age], [users.total_age] "
            + "from ecommerce.users group by [orders.status]",
        "select s, count(*), avg(age), sum(age) from (select distinct u.id, u.age, "
            + "o.status s from users u left join orders o on o.user_id = u.id) group by s"));
    all.add(answer("fanout_users_with_expensive_item",
        "select [users.count], [users.average_age], [users.total_age] from ecommerce.users "
            + "where [order_items.sale_price] > 150",
        "select count(*), avg(age), sum(age) from users u where exists (select 1 from orders o "
            + "join order_items oi on oi.order_id = o.order_id where o.user_id = u.id "
            + "and oi.sale_price > 150)"));
    all.add(answer("fanout_orders_by_item_status",
        "select [order_items.status], [orders.count], [orders.total_items], "
            + "[orders.average_items_per_order] from ecommerce.orders "
            + "group by [order_items.status]",
        "select s, count(*), sum(num_of_item), avg(num_of_item) from (select distinct "
            + "o.order_id, o.num_of_item, oi.status s from orders o join order_items oi "
            + "on oi.order_id = o.order_id) group by s"));
    all.add(answer("fanout_orders_by_state",
        "select [users.state], [orders.count], [users.count], [order_items.count], "
            + "[order_items.total_sale_price] from ecommerce.orders group by [users.state]",
        "select u.state, count(distinct o.order_id), count(distinct u.id), count(*), "
            + "sum(oi.sale_price) from orders o join users u on u.id = o.user_id "
            + "join order_items oi on oi.order_id = o.order_id group by u.state"));
    all.add(answer("fanout_products_by_sold",
        "select [inventory_items.is_sold], [products.count], [products.average_retail_price], "
            + "[products.total_retail_price], [inventory_items.count] from ecommerce.products "
            + "group by [inventory_items.is_sold]",
        "select s, count(*), avg(retail_price), sum(retail_price), sum(n) from (select p.id, "
            + "p.retail_price, ii.sold_at is not null s, count(*) n from products p "
            + "join inventory_items ii on ii.product_id = p.id "
            + "group by p.id, p.retail_price, ii.sold_at is not null) group by s"));
    all.add(answer("fanout_products_inventory_year",
        "select [products.category], [products.total_retail_price], [products.count] "
            + "from ecommerce.products where [inventory_items.created_year] = 2025 "
            + "group by [products.category]",
        "select category, sum(retail_price), count(*) from products p where exists "
            + "(select 1 from inventory_items ii where ii.product_id = p.id "
            + "and year(ii.created_at) = 2025) group by category"));
    all.add(answer("fanout_state_count_by_order_status",
        "select [orders.status], [users.state_count], [users.min_age], [users.max_age] "
            + "from ecommerce.users group by [orders.status]",
        "select o.status, count(distinct u.state), min(u.age), max(u.age) from users u "
            + "left join orders o on o.user_id = u.id group by o.status"));
    all.add(answer("fanout_buyers_by_category",
        "select [products.category], [users.count], [users.average_age], [users.total_age] "
            + "from ecommerce.order_items group by [products.category]",
        "select c, count(*), avg(age), sum(age) from (select distinct u.id, u.age, "
            + "p.category c from " + OI + ") group by c"));
    all.add(answer("fanout_lifetime_facts_by_gender",
        "select [users.gender], [user_order_facts.total_lifetime_revenue], "
            + "[user_order_facts.average_lifetime_orders], [user_order_facts.repeat_customer_count]"
            + " from ecommerce.order_items group by [users.gender]",
        "select u.gender, sum(f.lifetime_revenue), avg(f.lifetime_orders), "
            + "sum(case when f.lifetime_orders > 1 then 1 else 0 end) from " + UOF + " f "
            + "join users u on u.id = f.user_id group by u.gender"));
    all.add(answer("fanout_average_age_of_returners",
        "select [users.average_age], [users.count] from ecommerce.users "
            + "where [order_items.status] = 'Returned'",
        "select avg(age), count(*) from users u where exists (select 1 from orders o "
            + "join order_items oi on oi.order_id = o.order_id where o.user_id = u.id "
            + "and oi.status = 'Returned')"));
    all.add(answer("fanout_buyer_age_by_order_year",
        "select [orders.created_year], [users.average_age], [users.count] from ecommerce.orders "
            + "group by [orders.created_year]",
        "select y, avg(age), count(*) from (select distinct u.id, u.age, year(o.created_at) y "
            + "from orders o join users u on u.id = o.user_id) group by y"));
    all.add(answer("fanout_users_without_orders",
        "select [users.gender], [users.count] from ecommerce.users "
            + "where [orders.order_id] is null group by [users.gender]",
        "select gender, count(*) from users u where not exists (select 1 from orders o "
            + "where o.user_id = u.id) group by gender"));
  }

  private static void joinsAndSubQueries(List<DiffCase> all) {
    String perBrand = "(select [products.brand] b, aggregate([products.count]) n "
        + "from ecommerce.products group by [products.brand])";
    String perBrandHand = "(select brand b, count(*) n from products group by brand)";
    all.add(answer("join_products_and_sales_by_brand",
        "select p.b, p.n, s.items from " + perBrand + " p join (select [products.brand] b, "
            + "aggregate([order_items.count]) items from ecommerce.order_items "
            + "group by [products.brand]) s on p.b = s.b",
        "select p.b, p.n, s.items from " + perBrandHand + " p join (select p.brand b, "
            + "count(*) items from " + OI + " group by p.brand) s on p.b = s.b"));
    all.add(answer("left_join_users_and_orders_by_state",
        "select u.st, u.n, coalesce(o.n, 0) from (select [users.state] st, [users.count] n "
            + "from ecommerce.users group by [users.state]) u left join (select [users.state] st, "
            + "[orders.count] n from ecommerce.orders where [orders.status] = 'Cancelled' "
            + "group by [users.state]) o on u.st = o.st",
        "select u.st, u.n, coalesce(o.n, 0) from (select state st, count(*) n from users "
            + "group by state) u left join (select u.state st, count(*) n from orders o "
            + "join users u on u.id = o.user_id where o.status = 'Cancelled' group by u.state) o "
            + "on u.st = o.st"));
    // A count (BIGINT) and a fraction need more than Calcite's default 19 decimal digits.
    all.add(answer("coalesce_count_with_fraction",
        "select u.st, coalesce(o.n, 0.5) from (select [users.state] st "
            + "from ecommerce.users group by [users.state]) u left join (select [users.state] st, "
            + "[orders.count] n from ecommerce.orders where [orders.status] = 'Cancelled' "
            + "group by [users.state]) o on u.st = o.st",
        "select u.st, coalesce(o.n, 0.5) from (select distinct state st from users) u "
            + "left join (select u.state st, count(*) n from orders o join users u "
            + "on u.id = o.user_id where o.status = 'Cancelled' group by u.state) o "
            + "on u.st = o.st"));
    // An average Calcite computes over whole numbers keeps its fraction.
    all.add(answer("average_of_counts_in_calcite",
        "select avg(n), avg(n) * 2 from (select [products.brand], aggregate([products.count]) n "
            + "from ecommerce.products group by [products.brand]) t",
        "select avg(n), avg(n) * 2 from (select brand, count(*) n from products group by brand) t"));
    all.add(answer("average_of_counts_over_window",
        "select c, n, avg(n) over () from (select [products.category] c, "
            + "aggregate([products.count]) n from ecommerce.products group by [products.category]) t",
        "select c, n, avg(n) over () from (select category c, count(*) n from products "
            + "group by category) t"));
    all.add(answer("join_list_price_and_sale_price_by_category",
        "select p.c, p.a, s.a, s.a / p.a from (select [products.category] c, "
            + "[products.average_retail_price] a from ecommerce.products "
            + "group by [products.category]) p join (select [products.category] c, "
            + "[order_items.average_sale_price] a from ecommerce.order_items "
            + "group by [products.category]) s on s.c = p.c",
        "select p.c, p.a, s.a, s.a / p.a from (select category c, avg(retail_price) a "
            + "from products group by category) p join (select p.category c, avg(oi.sale_price) a "
            + "from " + OI + " group by p.category) s on s.c = p.c"));
    all.add(answer("join_distinct_dimensions",
        "select p.[products.brand], p.[products.category] from ecommerce.products p "
            + "join (select [products.brand] from ecommerce.order_items "
            + "where [order_items.status] = 'Returned' and [order_items.sale_price] > 200) r "
            + "on p.[products.brand] = r.[products.brand]",
        "select distinct p.brand, p.category from products p where p.brand in (select "
            + "p2.brand from order_items oi join products p2 on p2.id = oi.product_id "
            + "where oi.status = 'Returned' and oi.sale_price > 200)"));
    all.add(answer("sum_of_per_brand_counts",
        "select sum(n) from " + perBrand, "select count(*) from products"));
    all.add(answer("count_of_groups_explicitly",
        "select count(*) from " + perBrand, "select count(*) from " + perBrandHand));
    all.add(answer("avg_of_per_brand_averages",
        "select avg(a) from (select [products.brand], aggregate([products.average_retail_price]) "
            + "a from ecommerce.products group by [products.brand])",
        "select avg(a) from (select brand, avg(retail_price) a from products group by brand)"));
    all.add(answer("brands_above_average_size",
        "select b, n from " + perBrand + " where n > (select avg(n) from " + perBrand + ")",
        "select b, n from " + perBrandHand + " where n > (select avg(n) from "
            + perBrandHand + ")"));
    all.add(answer("in_sub_query_over_results",
        "select b, n from " + perBrand + " where b in (select [products.brand] "
            + "from ecommerce.order_items group by [products.brand] "
            + "having [order_items.returned_count] > 40)",
        "select b, n from " + perBrandHand + " where b in (select p.brand from " + OI
            + " group by p.brand having sum(case when oi.status = 'Returned' then 1 else 0 end)"
            + " > 40)"));
    all.add(answer("correlated_exists_over_results",
        "select c.cat, c.n from (select [products.category] cat, aggregate([products.count]) n "
            + "from ecommerce.products group by [products.category]) c where exists "
            + "(select 1 from (select [products.category] cat2, [order_items.returned_count] r "
            + "from ecommerce.order_items group by [products.category]) x "
            + "where x.cat2 = c.cat and x.r > 60)",
        "select c.cat, c.n from (select category cat, count(*) n from products group by "
            + "category) c where exists (select 1 from (select p.category cat2, sum(case when "
            + "oi.status = 'Returned' then 1 else 0 end) r from " + OI + " group by p.category) x "
            + "where x.cat2 = c.cat and x.r > 60)"));
    all.add(answer("scalar_sub_query_in_select",
        "select [products.category], aggregate([products.count]), (select count(*) from "
            + perBrand + ") from ecommerce.products group by [products.category]",
        "select category, count(*), (select count(*) from " + perBrandHand + ") "
            + "from products group by category"));
    all.add(answer("cte_filtered",
        "with b as " + perBrand + " select b, n from b where n >= 7",
        "with b as " + perBrandHand + " select b, n from b where n >= 7"));
    all.add(answer("cte_two_explores",
        "with p as (select [products.category] c, aggregate([products.total_retail_price]) t "
            + "from ecommerce.products group by [products.category]), s as (select "
            + "[products.category] c, aggregate([order_items.total_sale_price]) t "
            + "from ecommerce.order_items group by [products.category]) "
            + "select p.c, p.t, s.t from p join s on p.c = s.c where s.t > 40000",
        "with p as (select category c, sum(retail_price) t from products group by category), "
            + "s as (select p.category c, sum(oi.sale_price) t from " + OI + " group by "
            + "p.category) select p.c, p.t, s.t from p join s on p.c = s.c where s.t > 40000"));
    all.add(answer("cte_share_of_total",
        "with c as (select [products.category] cat, aggregate([products.total_retail_price]) t "
            + "from ecommerce.products group by [products.category]) "
            + "select cat, t / (select sum(t) from c) from c",
        "with c as (select category cat, sum(retail_price) t from products group by category) "
            + "select cat, t / (select sum(t) from c) from c"));
    String perCategory = "(select [products.category] cat, aggregate([products.count]) n "
        + "from ecommerce.products group by [products.category]) c";
    String perCategoryHand = "(select category cat, count(*) n from products group by category) c";
    all.add(answer("correlated_measure_sub_query",
        "select c.cat, (select aggregate([order_items.total_sale_price]) from ecommerce.order_items"
            + " o where o.[products.category] = c.cat and o.[order_items.status] = 'Complete') "
            + "from " + perCategory,
        "select c.cat, (select sum(oi.sale_price) from " + OI + " where p.category = c.cat "
            + "and oi.status = 'Complete') from " + perCategoryHand));
    all.add(answer("not_in_sub_query_over_results",
        "select b, n from " + perBrand + " where b not in (select [products.brand] "
            + "from ecommerce.order_items group by [products.brand] "
            + "having [order_items.returned_count] > 40)",
        "select b, n from " + perBrandHand + " where b not in (select p.brand from " + OI
            + " group by p.brand having sum(case when oi.status = 'Returned' then 1 else 0 end)"
            + " > 40)"));
    all.add(answer("exists_over_explore_rows",
        "select b, n from " + perBrand + " x where exists (select 1 from ecommerce.order_items o "
            + "where o.[products.brand] = x.b and o.[order_items.status] = 'Returned')",
        "select b, n from " + perBrandHand + " x where exists (select 1 from " + OI
            + " where p.brand = x.b and oi.status = 'Returned')"));
    // A sub-query of dimensions returns their distinct combinations: COUNT(*) counts those.
    all.add(answer("correlated_count_over_dimension_rows",
        "select c.cat, (select count(*) from (select [products.category] pc, [products.brand] pb "
            + "from ecommerce.products) q where q.pc = c.cat) from " + perCategory,
        "select c.cat, (select count(*) from (select distinct category pc, brand pb "
            + "from products) q where q.pc = c.cat) from " + perCategoryHand));
    all.add(answer("max_of_per_department_categories",
        "select d, max(n), min(n) from (select [products.department] d, [products.category] c, "
            + "aggregate([products.count]) n from ecommerce.products "
            + "group by [products.department], [products.category]) group by d",
        "select d, max(n), min(n) from (select department d, category c, count(*) n "
            + "from products group by department, category) group by d"));
    all.add(answer("scalar_functions_over_results",
        "select upper(coalesce([products.brand], '(none)')), round(aggregate("
            + "[products.average_retail_price]), 2), case when aggregate([products.count]) > 5 "
            + "then 'big' else 'small' end from ecommerce.products group by [products.brand]",
        "select upper(coalesce(brand, '(none)')), round(avg(retail_price), 2), case when "
            + "count(*) > 5 then 'big' else 'small' end from products group by brand"));
  }

  /**
   * An explore's rows feeding a join (a scalar or correlated sub-query in WHERE, IN or EXISTS
   * under a non-aggregate query, a CTE joined back, a join to VALUES): the SELECT still returns
   * the distinct combinations of what it selects, never one row per underlying row of the
   * explore's joins.
   */
  private static void duplicatesUnderJoins(List<DiffCase> all) {
    all.add(answer("scalar_sub_query_in_where_of_dimensions",
        "select [users.id], [users.state] from ecommerce.users "
            + "where [users.age] = (select max([users.age]) from ecommerce.users)",
        "select id, state from users where age = (select max(age) from users)"));
    all.add(answer("join_to_values_of_dimensions",
        "select p.[products.category], p.[products.department] from ecommerce.products p "
            + "join (values ('Jeans')) v(c) on p.[products.category] = v.c",
        "select distinct category, department from products where category = 'Jeans'"));
    all.add(answer("join_to_values_with_two_rows",
        "select p.[products.category], p.[products.brand] from ecommerce.products p "
            + "join (values ('Jeans'), ('Skirts')) v(c) on p.[products.category] = v.c",
        "select distinct category, brand from products where category in ('Jeans', 'Skirts')"));
    all.add(answer("correlated_average_in_where_of_dimensions",
        "select u.[users.id] from ecommerce.users u where u.[users.age] > (select "
            + "avg(u2.[users.age]) from ecommerce.users u2 where u2.[users.state] = u.[users.state])",
        "select id from users u where age > (select avg(cast(age as double precision)) "
            + "from users u2 where u2.state = u.state)"));
    all.add(answer("in_sub_query_under_dimensions",
        "select [products.brand] from ecommerce.products where [products.category] in "
            + "(select [products.category] from ecommerce.order_items "
            + "where [order_items.status] = 'Returned' and [order_items.sale_price] > 250)",
        "select distinct brand from products where category in (select p.category from " + OI
            + " where oi.status = 'Returned' and oi.sale_price > 250)"));
    all.add(answer("exists_under_dimensions",
        "select u.[users.id], u.[users.first_name] from ecommerce.users u where u.[users.age] > 60 "
            + "and exists (select 1 from ecommerce.orders o where o.[users.id] = u.[users.id] "
            + "and o.[orders.status] = 'Cancelled')",
        "select id, first_name from users u where age > 60 and exists (select 1 from orders o "
            + "where o.user_id = u.id and o.status = 'Cancelled')"));
    all.add(answer("not_exists_under_dimensions",
        "select u.[users.id] from ecommerce.users u where u.[users.age] > 65 and not exists "
            + "(select 1 from ecommerce.orders o where o.[users.id] = u.[users.id])",
        "select id from users u where age > 65 and not exists (select 1 from orders o "
            + "where o.user_id = u.id)"));
    all.add(answer("cte_of_dimensions_joined_back",
        "with c as (select [products.category] cat, [products.brand] b from ecommerce.products "
            + "where [products.department] = 'Women') select c.cat, c.b from c join (select "
            + "[products.category] cat from ecommerce.products group by [products.category] "
            + "having count(*) > 10) d on c.cat = d.cat",
        "with c as (select distinct category cat, brand b from products where department = "
            + "'Women') select c.cat, c.b from c join (select category cat from products "
            + "group by category having count(*) > 10) d on c.cat = d.cat"));
    all.add(answer("non_equi_join_to_values",
        "select p.[products.brand] from ecommerce.products p join (values (150.0), (190.0)) v(x) "
            + "on p.[products.retail_price] > v.x",
        "select distinct p.brand from products p join (values (150.0), (190.0)) v(x) "
            + "on p.retail_price > v.x"));
    all.add(answer("non_equi_join_of_two_aggregates",
        "select a.b, c.cat from (select [products.brand] b, aggregate([products.max_retail_price])"
            + " m from ecommerce.products group by [products.brand]) a join (select "
            + "[products.category] cat, aggregate([products.average_retail_price]) v "
            + "from ecommerce.products group by [products.category]) c on a.m < c.v",
        "select a.b, c.cat from (select brand b, max(retail_price) m from products group by "
            + "brand) a join (select category cat, avg(retail_price) v from products "
            + "group by category) c on a.m < c.v"));
  }

  /**
   * SQL's laws: COUNT(*) over a sub-query, CTE or derived table counts the rows it returns, and
   * SUM, AVG, MIN, MAX over it aggregate exactly those rows (the distinct combinations a
   * non-aggregate SELECT of an explore returns).
   */
  private static void composition(List<DiffCase> all) {
    all.add(answer("count_star_over_dimension_sub_query",
        "select count(*) from (select [products.brand] from ecommerce.products) t",
        "select count(*) from (select distinct brand from products) t"));
    all.add(answer("count_star_over_select_star",
        "select count(*) from (select * from ecommerce.products) t",
        "select count(*) from products p left join inventory_items ii on ii.product_id = p.id"));
    all.add(answer("count_star_over_dimensions_and_naked_measure",
        "select count(*) from (select [products.brand], [products.count] from ecommerce.products) t",
        "select count(*) from (select distinct brand from products) t"));
    all.add(answer("sum_of_naked_measure_over_sub_query",
        "select sum(n) from (select [products.category], [products.count] n "
            + "from ecommerce.products) t",
        "select count(*) from products"));
    all.add(answer("sum_over_dimension_sub_query",
        "select sum(r) from (select [products.retail_price] r, [products.category] "
            + "from ecommerce.products) t",
        "select sum(r) from (select distinct retail_price r, category from products) t"));
    all.add(answer("avg_over_dimension_sub_query",
        "select avg(a) from (select [users.age] a from ecommerce.users) t",
        "select avg(cast(a as double precision)) from (select distinct age a from users) t"));
    all.add(answer("count_per_group_over_dimension_sub_query",
        "select b, count(*) from (select [products.brand] b, [products.category] c "
            + "from ecommerce.products) t group by b",
        "select b, count(*) from (select distinct brand b, category c from products) t "
            + "group by b"));
    all.add(answer("count_star_over_cte_of_dimensions",
        "with c as (select [products.category], [products.department] from ecommerce.products) "
            + "select count(*) from c",
        "select count(*) from (select distinct category, department from products) c"));
    all.add(answer("count_star_over_filtered_dimensions",
        "select count(*) from (select [products.brand] from ecommerce.products "
            + "where [products.category] = 'Jeans') t",
        "select count(*) from (select distinct brand from products where category = 'Jeans') t"));
    all.add(answer("count_star_over_dimensions_under_residual_filter",
        "select count(*) from (select [products.brand] from ecommerce.products "
            + "where upper([products.name]) like '%JEANS%') t",
        "select count(*) from (select distinct brand from products "
            + "where upper(name) like '%JEANS%') t"));
    all.add(answer("count_star_over_limited_dimensions",
        "select count(*) from (select [products.brand] from ecommerce.products "
            + "order by 1 limit 10) t",
        "select count(*) from (select distinct brand from products order by 1 limit 10) t"));
    all.add(answer("count_star_over_union_all_of_dimensions",
        "select count(*) from (select [products.brand] x from ecommerce.products union all "
            + "select [products.category] from ecommerce.products) t",
        "select count(*) from (select distinct brand x from products union all "
            + "select distinct category from products) t"));
    all.add(answer("count_star_over_join_of_dimension_sub_queries",
        "select count(*) from (select [products.brand] b from ecommerce.products) p "
            + "join (select [products.brand] b from ecommerce.order_items "
            + "where [order_items.status] = 'Returned') r on p.b = r.b",
        "select count(*) from (select distinct brand b from products) p join (select distinct "
            + "p.brand b from " + OI + " where oi.status = 'Returned') r on p.b = r.b"));
    all.add(answer("count_star_over_dimensions_joined_to_values",
        "select count(*) from (select p.[products.category], p.[products.brand] "
            + "from ecommerce.products p join (values ('Jeans')) v(c) on p.[products.category] "
            + "= v.c) t",
        "select count(*) from (select distinct category, brand from products "
            + "where category = 'Jeans') t"));
    all.add(answer("states_in_both_unions_counted",
        "select st from (select [users.state] st from ecommerce.users where [users.gender] = 'F' "
            + "and [users.age] > 65 union all select [users.state] st from ecommerce.users "
            + "where [users.gender] = 'M' and [users.age] > 65) t group by st having count(*) = 2",
        "select state from users where gender = 'F' and age > 65 intersect "
            + "select state from users where gender = 'M' and age > 65"));
  }

  /**
   * SUM of an additive sum or count measure, MIN or MAX of a min or max measure (each equal to the
   * measure) in a scalar sub-query, a joined derived table or a window's input; what is not equal
   * to the measure is refused there as in a query of one explore.
   */
  private static void measureAggregatesBesideOtherTables(List<DiffCase> all) {
    String perStatus = "(select [order_items.status] st, aggregate([order_items.count]) n "
        + "from ecommerce.order_items group by [order_items.status]) s";
    String perStatusHand = "(select status st, count(*) n from order_items group by status) s";
    all.add(answer("sum_of_count_in_scalar_sub_query",
        "select [order_items.status], aggregate([order_items.count]) from ecommerce.order_items "
            + "group by [order_items.status] having aggregate([order_items.count]) > "
            + "(select sum([order_items.count]) from ecommerce.order_items) / 10",
        "select status, count(*) from order_items group by status having count(*) > "
            + "(select count(*) from order_items) / 10"));
    all.add(answer("sum_of_count_in_joined_derived_table",
        "select s.st, s.n, t.total from " + perStatus + " cross join (select "
            + "sum([order_items.count]) as total from ecommerce.order_items) t",
        "select s.st, s.n, t.total from " + perStatusHand + " cross join (select count(*) total "
            + "from order_items) t"));
    all.add(answer("sum_of_sum_in_derived_table_joined_on_it",
        "select s.st, s.v, t.v from (select [order_items.status] st, "
            + "sum([order_items.total_sale_price]) v from ecommerce.order_items "
            + "group by [order_items.status]) s join (select sum([order_items.total_sale_price]) v "
            + "from ecommerce.order_items where [order_items.status] = 'Complete') t "
            + "on s.v > t.v / 2",
        "select s.st, s.v, t.v from (select status st, sum(sale_price) v from order_items "
            + "group by status) s join (select sum(sale_price) v from order_items "
            + "where status = 'Complete') t on s.v > t.v / 2"));
    all.add(answer("sum_of_count_over_scalar_sub_query",
        "select [order_items.status], sum([order_items.count]) * 100 / (select "
            + "sum([order_items.count]) from ecommerce.order_items) from ecommerce.order_items "
            + "group by [order_items.status]",
        "select status, count(*) * 100 / (select count(*) from order_items) from order_items "
            + "group by status"));
    all.add(answer("sum_of_count_in_correlated_sub_query",
        "select c.cat, (select sum([order_items.count]) from ecommerce.order_items o "
            + "where o.[products.category] = c.cat) from (select [products.category] cat, "
            + "aggregate([products.count]) n from ecommerce.products group by [products.category]) c",
        "select c.cat, (select sum(1) from " + OI + " where p.category = c.cat) from "
            + "(select category cat from products group by category) c"));
    all.add(answer("sum_and_max_of_per_status_sums",
        "select sum(v), max(v) from (select [order_items.status], "
            + "sum([order_items.total_sale_price]) v from ecommerce.order_items "
            + "group by [order_items.status])",
        "select sum(v), max(v) from (select status, sum(sale_price) v from order_items "
            + "group by status)"));
    all.add(answer("rank_of_sum_of_count",
        "select st, n, rank() over (order by n desc), sum(n) over () from (select "
            + "[order_items.status] st, sum([order_items.count]) n from ecommerce.order_items "
            + "group by [order_items.status])",
        "select status, count(*), rank() over (order by count(*) desc), sum(count(*)) over () "
            + "from order_items group by status"));
    all.add(answer("min_of_min_measure_in_scalar_sub_query",
        "select [products.category], aggregate([products.min_retail_price]) "
            + "from ecommerce.products group by [products.category] "
            + "having aggregate([products.min_retail_price]) < "
            + "(select min([products.min_retail_price]) from ecommerce.products) + 2",
        "select category, min(retail_price) from products group by category "
            + "having min(retail_price) < (select min(retail_price) from products) + 2"));
    all.add(answer("min_and_max_measures_in_joined_derived_table",
        "select s.st, s.lo - t.lo, t.hi - s.hi from (select [order_items.status] st, "
            + "aggregate([order_items.min_sale_price]) lo, aggregate([order_items.max_sale_price]) "
            + "hi from ecommerce.order_items group by [order_items.status]) s cross join "
            + "(select min([order_items.min_sale_price]) lo, max([order_items.max_sale_price]) hi "
            + "from ecommerce.order_items) t",
        "select s.st, s.lo - t.lo, t.hi - s.hi from (select status st, min(sale_price) lo, "
            + "max(sale_price) hi from order_items group by status) s cross join "
            + "(select min(sale_price) lo, max(sale_price) hi from order_items) t"));
    all.add(answer("average_in_joined_derived_table",
        "select s.st, s.a, t.a from (select [order_items.status] st, "
            + "aggregate([order_items.average_sale_price]) a from ecommerce.order_items "
            + "group by [order_items.status]) s cross join (select "
            + "aggregate([order_items.average_sale_price]) a from ecommerce.order_items) t",
        "select s.st, s.a, t.a from (select status st, avg(sale_price) a from order_items "
            + "group by status) s cross join (select avg(sale_price) a from order_items) t"));
    all.add(answer("fanned_out_count_aggregated_in_scalar_sub_query",
        "select [products.brand], aggregate([products.count]) from ecommerce.products "
            + "group by [products.brand] having aggregate([products.count]) > "
            + "(select aggregate([products.count]) from ecommerce.products) / 100",
        "select brand, count(*) from products group by brand having count(*) > "
            + "(select count(*) from products) / 100"));
    all.add(refuse("refuse_sum_of_count_distinct_in_scalar_sub_query",
        "select [order_items.status], aggregate([order_items.count]) from ecommerce.order_items "
            + "group by [order_items.status] having aggregate([order_items.count]) > "
            + "(select sum([order_items.order_count]) from ecommerce.order_items) / 10",
        "SUM(`order_items.order_count`) would re-aggregate", "sum_of_count_in_scalar_sub_query"));
    all.add(refuse("refuse_sum_of_average_in_joined_derived_table",
        "select s.st, s.n, t.a from " + perStatus + " cross join (select "
            + "sum([order_items.average_sale_price]) a from ecommerce.order_items) t",
        "SUM(`order_items.average_sale_price`) would re-aggregate",
        "average_in_joined_derived_table"));
    all.add(refuse("refuse_max_of_sum_in_joined_derived_table",
        "select s.st, s.lo, t.hi from (select [order_items.status] st, "
            + "aggregate([order_items.min_sale_price]) lo from ecommerce.order_items "
            + "group by [order_items.status]) s cross join (select "
            + "max([order_items.total_sale_price]) hi from ecommerce.order_items) t",
        "MAX(`order_items.total_sale_price`) would re-aggregate",
        "min_and_max_measures_in_joined_derived_table"));
    // Products join inventory items one-to-many: a sum over the explore's rows is not the count.
    all.add(refuse("refuse_sum_of_fanned_out_count_in_scalar_sub_query",
        "select [products.brand], aggregate([products.count]) from ecommerce.products "
            + "group by [products.brand] having aggregate([products.count]) > "
            + "(select sum([products.count]) from ecommerce.products) / 100",
        "SUM(`products.count`) would re-aggregate",
        "fanned_out_count_aggregated_in_scalar_sub_query"));
  }

  private static void windowsAndSetOperations(List<DiffCase> all) {
    String perBrand = "(select [products.brand] b, aggregate([products.count]) n "
        + "from ecommerce.products group by [products.brand])";
    String perBrandHand = "(select brand b, count(*) n from products group by brand)";
    all.add(answer("window_rank",
        "select b, n, rank() over (order by n desc) from " + perBrand,
        "select b, n, rank() over (order by n desc) from " + perBrandHand));
    all.add(answer("window_partition_sum",
        "select d, c, n, sum(n) over (partition by d) from (select [products.department] d, "
            + "[products.category] c, aggregate([products.count]) n from ecommerce.products "
            + "group by [products.department], [products.category])",
        "select d, c, n, sum(n) over (partition by d) from (select department d, category c, "
            + "count(*) n from products group by department, category)"));
    all.add(answer("window_share",
        "select b, cast(n as double) / sum(n) over () from " + perBrand,
        "select b, cast(n as double precision) / sum(n) over () from " + perBrandHand));
    all.add(answer("window_top_two_per_department",
        "select d, c, t from (select d, c, t, row_number() over (partition by d order by t desc)"
            + " rn from (select [products.department] d, [products.category] c, "
            + "aggregate([products.total_retail_price]) t from ecommerce.products "
            + "group by [products.department], [products.category])) where rn <= 2",
        "select d, c, t from (select d, c, t, row_number() over (partition by d order by t desc)"
            + " rn from (select department d, category c, sum(retail_price) t from products "
            + "group by department, category)) where rn <= 2"));
    String monthly = "(select [order_items.created_month] m, aggregate("
        + "[order_items.total_sale_price]) r from ecommerce.order_items "
        + "where [order_items.created_year] = 2025 group by [order_items.created_month])";
    String monthlyHand = "(select dateadd(day, 1 - day_of_month(created_at), cast(created_at "
        + "as date)) m, sum(sale_price) r from order_items where year(created_at) = 2025 "
        + "group by dateadd(day, 1 - day_of_month(created_at), cast(created_at as date)))";
    all.add(answer("window_lag_by_month",
        "select m, r, lag(r) over (order by m) from " + monthly,
        "select m, r, lag(r) over (order by m) from " + monthlyHand));
    all.add(answer("window_running_total",
        "select m, sum(r) over (order by m rows between unbounded preceding and current row) "
            + "from " + monthly + " order by m",
        "select m, sum(r) over (order by m rows between unbounded preceding and current row) "
            + "from " + monthlyHand + " order by m").ordered());
    all.add(answer("window_dense_rank_of_average",
        "select c, a, dense_rank() over (order by a desc) from (select [products.category] c, "
            + "aggregate([products.average_retail_price]) a from ecommerce.products "
            + "group by [products.category])",
        "select c, a, dense_rank() over (order by a desc) from (select category c, "
            + "avg(retail_price) a from products group by category)"));
    all.add(answer("union_all_of_counts",
        "select 'products' w, aggregate([products.count]) n from ecommerce.products "
            + "union all select 'orders', aggregate([orders.count]) from ecommerce.orders "
            + "union all select 'users', aggregate([users.count]) from ecommerce.users",
        "select 'products' w, count(*) n from products union all select 'orders', count(*) "
            + "from orders union all select 'users', count(*) from users"));
    all.add(answer("union_of_brands",
        "select [products.brand] from ecommerce.products where [products.department] = 'Men' "
            + "union select [products.brand] from ecommerce.order_items "
            + "where [order_items.status] = 'Returned'",
        "select brand from products where department = 'Men' union select p.brand from "
            + OI + " where oi.status = 'Returned'"));
    all.add(answer("intersect_of_states",
        "select [users.state] from ecommerce.users where [users.gender] = 'F' and "
            + "[users.age] > 65 intersect select [users.state] from ecommerce.users "
            + "where [users.gender] = 'M' and [users.age] > 65",
        "select state from users where gender = 'F' and age > 65 intersect "
            + "select state from users where gender = 'M' and age > 65"));
    all.add(answer("except_of_states",
        "select [users.state] from ecommerce.users where [users.gender] = 'F' and "
            + "[users.age] > 65 except select [users.state] from ecommerce.users "
            + "where [users.gender] = 'M' and [users.age] > 65",
        "select state from users where gender = 'F' and age > 65 except "
            + "select state from users where gender = 'M' and age > 65"));
    all.add(answer("except_of_categories",
        "select [products.category] from ecommerce.products except select [products.category] "
            + "from ecommerce.order_items group by [products.category] "
            + "having [order_items.returned_count] > 60",
        "select category from products except select p.category from " + OI
            + " group by p.category having sum(case when oi.status = 'Returned' then 1 else 0 "
            + "end) > 60"));
  }

  /** Statements the contract refuses for good, each with a valid sibling of kind ANSWER. */
  private static void refusals(List<DiffCase> all) {
    all.add(refuse("refuse_sum_of_average",
        "select [products.category], sum([products.average_retail_price]) "
            + "from ecommerce.products group by [products.category]",
        "AGGREGATE(`products.average_retail_price`)", "product_measures_by_category"));
    all.add(refuse("refuse_sum_of_count_distinct",
        "select [products.department], sum([products.brand_count]) from ecommerce.products "
            + "group by [products.department]",
        "AGGREGATE(`products.brand_count`)", "brand_count_by_department"));
    all.add(refuse("refuse_avg_of_count",
        "select [order_items.status], avg([order_items.count]) from ecommerce.order_items "
            + "group by [order_items.status]",
        "AGGREGATE(`order_items.count`)", "order_item_measures_by_status"));
    all.add(refuse("refuse_sum_of_ratio",
        "select [products.category], sum([products.gross_margin_pct]) from ecommerce.products "
            + "group by [products.category]",
        "AGGREGATE(`products.gross_margin_pct`)", "gross_margin_by_category"));
    all.add(refuse("refuse_min_of_average",
        "select min([products.average_retail_price]) from ecommerce.products",
        "AGGREGATE(`products.average_retail_price`)", "product_totals"));
    all.add(refuse("refuse_max_of_count_distinct",
        "select [order_items.status], max([order_items.order_count]) from ecommerce.order_items "
            + "group by [order_items.status]",
        "AGGREGATE(`order_items.order_count`)", "order_item_measures_by_status"));
    all.add(refuse("refuse_count_of_measure",
        "select [order_items.status], count([order_items.total_sale_price]) "
            + "from ecommerce.order_items group by [order_items.status]",
        "AGGREGATE(`order_items.total_sale_price`)", "order_item_measures_by_status"));
    all.add(refuse("refuse_sum_of_one_side_count",
        "select [products.category], sum([users.count]) from ecommerce.order_items "
            + "group by [products.category]",
        "AGGREGATE(`users.count`)", "fanout_buyers_by_category"));
    all.add(refuse("refuse_sum_of_fanned_out_average",
        "select [orders.status], sum([users.average_age]) from ecommerce.users "
            + "group by [orders.status]",
        "AGGREGATE(`users.average_age`)", "fanout_users_by_order_status"));
    all.add(refuse("refuse_max_of_list",
        "select [products.department], max([products.brand_list]) from ecommerce.products "
            + "group by [products.department]",
        "AGGREGATE(`products.brand_list`)", "brand_list_by_department"));
    all.add(refuse("refuse_measure_as_group_key",
        "select [products.count], count(*) from ecommerce.products group by [products.count]",
        "can't be a GROUP BY key", "count_star_all"));
    all.add(answer("count_distinct_over_distinct_dimensions",
        "select b, count(distinct c) from (select [products.brand] b, [products.category] c "
            + "from ecommerce.products) group by b",
        "select brand, count(distinct category) from products group by brand"));
    all.add(refuse("refuse_avg_of_count_in_fan_out_explore",
        "select [users.gender], avg([users.count]) from ecommerce.users group by [users.gender]",
        "AGGREGATE(`users.count`)", "fanout_users_by_gender"));
    all.add(refuse("refuse_count_distinct_of_measure",
        "select count(distinct [products.count]) from ecommerce.products",
        "AGGREGATE(`products.count`)", "count_all"));
    all.add(refuse("refuse_min_of_sum",
        "select [order_items.status], min([order_items.total_sale_price]) "
            + "from ecommerce.order_items group by [order_items.status]",
        "AGGREGATE(`order_items.total_sale_price`)", "order_item_measures_by_status"));
    all.add(refuse("refuse_sum_measure_as_group_key",
        "select [order_items.total_sale_price], aggregate([order_items.count]) "
            + "from ecommerce.order_items group by [order_items.total_sale_price]",
        "can't be a GROUP BY key", "sum_avg_of_dimension"));
    all.add(refuse("refuse_unknown_column",
        "select [products.colour] from ecommerce.products",
        "Column 'products.colour' not found", "distinct_brands"));
    all.add(refuse("refuse_measure_in_where",
        "select [products.brand] from ecommerce.products where [products.count] > 5 "
            + "group by [products.brand]",
        "products.count", "having_on_unselected_measure"));
    all.add(refuse("refuse_measure_in_join_condition",
        "select p.b from (select [products.brand] b from ecommerce.products) p "
            + "join ecommerce.products q on q.[products.brand] = p.b and q.[products.count] > 3",
        "Measure `products.count` can't be used in ON", "distinct_brands"));
    all.add(refuse("refuse_hidden_explore",
        "select [customers.state] from ecommerce.customers",
        "Object 'customers' not found", "distinct_states"));
    all.add(answer("distinct_states", "select [users.state] from ecommerce.users",
        "select distinct state from users"));
    all.add(refuse("refuse_field_excluded_from_explore",
        "select count(distinct [users.email]) from ecommerce.orders",
        "users.email", "count_distinct_emails"));
    all.add(answer("count_distinct_emails",
        "select count(distinct [users.email]) from ecommerce.users",
        "select count(distinct email) from users"));
  }

  /** Right answer or refusal: what a driver may not do is answer differently. */
  private static void eitherCases(List<DiffCase> all) {
    all.add(either("average_grouped_by_expression",
        "select upper([products.category]), aggregate([products.average_retail_price]) "
            + "from ecommerce.products group by upper([products.category])",
        "select upper(category), avg(retail_price) from products group by upper(category)"));
    all.add(either("count_distinct_grouped_by_expression",
        "select substring([products.category], 1, 1), aggregate([products.brand_count]) "
            + "from ecommerce.products group by substring([products.category], 1, 1)",
        "select substring(category, 1, 1), count(distinct brand) from products "
            + "group by substring(category, 1, 1)"));
    all.add(either("additive_count_grouped_by_expression",
        "select upper([order_items.status]), aggregate([order_items.count]) "
            + "from ecommerce.order_items group by upper([order_items.status])",
        "select upper(status), count(*) from order_items group by upper(status)"));
    all.add(either("additive_sum_grouped_by_year_of_date",
        "select year([order_items.created_date]), aggregate([order_items.net_revenue]) "
            + "from ecommerce.order_items group by year([order_items.created_date])",
        "select year(created_at), sum(case when status <> 'Cancelled' then sale_price end) "
            + "from order_items group by year(created_at)"));
    all.add(either("count_star_grouped_by_expression",
        "select upper([products.category]), count(*) from ecommerce.products "
            + "group by upper([products.category])",
        "select upper(category), count(*) from products group by upper(category)"));
    all.add(either("one_side_count_grouped_by_expression",
        "select case when [orders.status] in ('Complete', 'Shipped') then 'done' else 'open' "
            + "end, aggregate([users.count]) from ecommerce.users group by case when "
            + "[orders.status] in ('Complete', 'Shipped') then 'done' else 'open' end",
        "select g, count(distinct id) from (select u.id, case when o.status in ('Complete', "
            + "'Shipped') then 'done' else 'open' end g from users u left join orders o "
            + "on o.user_id = u.id) group by g"));
    all.add(either("count_distinct_under_function_predicate",
        "select aggregate([products.brand_count]) from ecommerce.products "
            + "where upper([products.category]) = 'JEANS'",
        "select count(distinct brand) from products where upper(category) = 'JEANS'"));
    all.add(either("count_distinct_under_or_across_fields",
        "select [products.department], aggregate([products.brand_count]) "
            + "from ecommerce.products where [products.category] = 'Jeans' "
            + "or [products.retail_price] > 200 group by [products.department]",
        "select department, count(distinct brand) from products where category = 'Jeans' "
            + "or retail_price > 200 group by department"));
    all.add(either("average_under_timestamp_range",
        "select [orders.status], aggregate([orders.average_items_per_order]) "
            + "from ecommerce.orders where [orders.created_time] >= timestamp "
            + "'2025-11-15 12:00:00' and [orders.created_time] < timestamp '2025-12-01 06:30:00' "
            + "group by [orders.status]",
        "select status, avg(num_of_item) from orders where created_at >= timestamp "
            + "'2025-11-15 12:00:00' and created_at < timestamp '2025-12-01 06:30:00' "
            + "group by status"));
    all.add(either("count_under_month_equality",
        "select [order_items.status], aggregate([order_items.count]) from ecommerce.order_items "
            + "where [order_items.created_month] = date '2025-10-01' group by [order_items.status]",
        "select status, count(*) from order_items where year(created_at) = 2025 "
            + "and month(created_at) = 10 group by status"));
    all.add(either("average_under_day_of_week",
        "select [order_items.status], aggregate([order_items.average_sale_price]) "
            + "from ecommerce.order_items where [order_items.created_day_of_week] = 'Monday' "
            + "group by [order_items.status]",
        "select status, avg(sale_price) from order_items where iso_day_of_week(created_at) = 1 "
            + "group by status"));
    all.add(either("count_under_yesno_parameter",
        "select [products.category], aggregate([products.count]) from ecommerce.products "
            + "where [products.is_premium] = ? group by [products.category]",
        "select category, count(*) from products where (retail_price >= 100) = ? "
            + "group by category").bind(false));
    all.add(either("count_under_like_escape",
        "select aggregate([products.count]) from ecommerce.products "
            + "where [products.name] like '%!%%' escape '!'",
        "select count(*) from products where name like '%!%%' escape '!'"));
    all.add(either("measure_under_semi_join",
        "select [products.brand], aggregate([products.average_retail_price]) "
            + "from ecommerce.products where [products.brand] in (select [products.brand] "
            + "from ecommerce.order_items where [order_items.status] = 'Returned' "
            + "and [order_items.sale_price] > 250) group by [products.brand]",
        "select brand, avg(retail_price) from products where brand in (select p.brand from "
            + OI + " where oi.status = 'Returned' and oi.sale_price > 250) group by brand"));
    all.add(either("window_count_over_explore_rows",
        "select [products.category], count(*) over () from ecommerce.products",
        "select category, count(*) over () from products"));
    all.add(either("window_sum_over_explore_rows",
        "select [products.department], sum([products.retail_price]) over "
            + "(partition by [products.department]) from ecommerce.products",
        "select department, sum(retail_price) over (partition by department) from products"));
    all.add(either("count_of_dimension_values",
        "select [users.gender], count([users.state]) from ecommerce.users group by [users.gender]",
        "select gender, count(state) from users group by gender"));
    all.add(either("sum_of_count_in_explore_with_fan_out",
        "select [products.category], sum([products.count]) from ecommerce.products "
            + "group by [products.category]",
        "select category, count(*) from products group by category"));
    all.add(answer("null_parameter",
        "select [products.brand], aggregate([products.count]) from ecommerce.products "
            + "where [products.brand] = ? group by [products.brand]",
        "select brand, count(*) from products where brand = ? group by brand").bind(
        (Object) null));
    all.add(either("average_under_arithmetic_predicate",
        "select [users.gender], aggregate([users.average_age]) from ecommerce.users "
            + "where [users.age] + 5 > 40 group by [users.gender]",
        "select gender, avg(age) from users where age + 5 > 40 group by gender"));
    all.add(either("count_under_negated_or",
        "select [products.department], aggregate([products.count]) from ecommerce.products "
            + "where not ([products.brand] = 'Adidas' or [products.category] = 'Jeans') "
            + "group by [products.department]",
        "select department, count(*) from products where not (brand = 'Adidas' "
            + "or category = 'Jeans') group by department"));
    all.add(either("count_under_date_inequality",
        "select [orders.status], aggregate([orders.count]) from ecommerce.orders "
            + "where [orders.created_date] <> date '2025-11-30' group by [orders.status]",
        "select status, count(*) from orders where cast(created_at as date) <> "
            + "date '2025-11-30' group by status"));
    all.add(either("average_under_range_or_value",
        "select [users.gender], aggregate([users.average_age]) from ecommerce.users "
            + "where [users.age] < 20 or [users.age] > 60 group by [users.gender]",
        "select gender, avg(age) from users where age < 20 or age > 60 group by gender"));
    all.add(either("count_distinct_under_date_not_in",
        "select aggregate([orders.user_count]) from ecommerce.orders "
            + "where [orders.created_date] not in (date '2025-11-30', date '2025-11-27') "
            + "and [orders.created_year] = 2025",
        "select count(distinct user_id) from orders where cast(created_at as date) not in "
            + "(date '2025-11-30', date '2025-11-27') and year(created_at) = 2025"));
    all.add(either("one_side_sum_under_cross_field_or",
        "select [orders.status], aggregate([users.total_age]) from ecommerce.users "
            + "where [users.gender] = 'F' or [orders.num_of_item] >= 4 group by [orders.status]",
        "select s, sum(age) from (select distinct u.id, u.age, o.status s from users u "
            + "left join orders o on o.user_id = u.id where u.gender = 'F' or o.num_of_item >= 4)"
            + " group by s"));
  }
}
