package io.looksql.jdbc;

import static io.looksql.jdbc.DiffCase.answer;
import static io.looksql.jdbc.DiffCase.refuse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.looksql.emulator.LookerEmulator;
import io.looksql.emulator.lookml.LookmlFile;
import io.looksql.emulator.sample.SampleProject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each measure type beyond the sample's (model {@code typed}, test resources under
 * {@code measures/}), answered exactly or refused: median, percentile, sum_distinct, string,
 * date and yesno measures, and post-query measures only where one Looker query carries the whole
 * statement. Answers are compared with plain SQL on the emulator's database.
 */
class MeasureTypesTest {
  private static final String ITEMS = "typed.items";
  private static LookerEmulator looker;
  private static Connection driver;
  private static Connection database;
  private static DiffRunner runner;

  @BeforeAll static void start() throws SQLException {
    List<LookmlFile> files = new ArrayList<>(SampleProject.files());
    files.add(resource("typed.model.lkml"));
    files.add(resource("item_measures.view.lkml"));
    looker = LookerEmulator.builder().lookml(files).scale(0.02).port(0).start();
    driver = DriverManager.getConnection(Driver.PREFIX + "url=" + looker.baseUrl()
        + ";clientId=" + looker.adminClientId() + ";clientSecret=" + looker.adminClientSecret());
    database = looker.dataSource().getConnection();
    runner = new DiffRunner(driver, database);
  }

  @AfterAll static void stop() throws SQLException {
    System.out.print(runner.summary("MeasureTypesTest", cases(), java.util.Set.of()));
    driver.close();
    database.close();
    looker.close();
  }

  private static LookmlFile resource(String name) {
    try (InputStream in = MeasureTypesTest.class.getResourceAsStream("/measures/" + name)) {
      String path = name.endsWith(".view.lkml") ? "measures/" + name : name;
      return new LookmlFile(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<DiffCase> cases() {
    List<DiffCase> all = new ArrayList<>();
    String byStatus = " from " + ITEMS + " group by [items.status]";
    all.add(answer("median_by_status", "select [items.status], aggregate([items.median_price])"
        + byStatus, "select status, percentile_cont(0.5) within group (order by sale_price) "
        + "from order_items group by status"));
    all.add(answer("percentile_by_status", "select [items.status], aggregate([items.high_price])"
        + byStatus, "select status, percentile_cont(0.9) within group (order by sale_price) "
        + "from order_items group by status"));
    all.add(refuse("median_rolled_up", "select upper([items.status]), "
        + "aggregate([items.median_price]) from " + ITEMS + " group by upper([items.status])",
        "is not additive", "median_by_status"));
    all.add(answer("sum_distinct_total", "select aggregate([items.distinct_user_sum]) from "
        + ITEMS, "select sum(distinct user_id) from order_items"));
    all.add(refuse("sum_distinct_rolled_up", "select upper([items.status]), "
        + "aggregate([items.distinct_user_sum]) from " + ITEMS + " group by upper([items.status])",
        "is not additive", "sum_distinct_total"));
    all.add(answer("string_date_yesno", "select [items.status], aggregate([items.first_status]),"
        + " aggregate([items.first_sale_date]), aggregate([items.any_returned])" + byStatus,
        "select status, min(status), min(cast(created_at as date)), "
        + "max(case when status = 'Returned' then 1 else 0 end) = 1 from order_items "
        + "group by status"));
    all.add(answer("running_total_ordered", "select [items.status], "
        + "aggregate([items.running_count])" + byStatus + " order by [items.status]",
        "select status, sum(count(*)) over (order by status rows between unbounded preceding "
        + "and current row) from order_items group by status order by status").ordered());
    all.add(answer("percent_of_total_limited", "select [items.status], "
        + "aggregate([items.share_of_count])" + byStatus + " order by [items.status] limit 3",
        "select status, 100.0 * c / sum(c) over () from (select status, count(*) c "
        + "from order_items group by status order by status limit 3) t order by status")
        .ordered());
    all.add(refuse("running_total_filtered_outside", "select * from (select [items.status] s, "
        + "aggregate([items.running_count]) r" + byStatus + ") t where s <> 'Complete'",
        "filters its groups", "running_total_ordered"));
    all.add(refuse("running_total_having", "select [items.status], "
        + "aggregate([items.running_count])" + byStatus + " having [items.status] <> 'Complete'",
        "filters its groups", "running_total_ordered"));
    all.add(refuse("running_total_summed", "select sum(r) from (select [items.status], "
        + "aggregate([items.running_count]) r" + byStatus + ") t", "aggregates twice",
        "running_total_ordered"));
    all.add(refuse("running_total_sorted_by_itself", "select [items.status], "
        + "aggregate([items.running_count]) r" + byStatus + " order by r desc",
        "Looker can't sort by it", "running_total_ordered"));
    all.add(refuse("percent_of_total_offset", "select [items.status], "
        + "aggregate([items.share_of_count])" + byStatus + " order by [items.status] "
        + "limit 3 offset 1", "has an OFFSET", "percent_of_total_limited"));
    all.add(refuse("percent_of_total_joined", "select t.s, t.p from (select [items.status] s, "
        + "aggregate([items.share_of_count]) p" + byStatus + ") t join (values ('Complete')) "
        + "v(x) on t.s = v.x", "more than one SELECT", "percent_of_total_limited"));
    return all;
  }

  @ParameterizedTest(name = "{0}") @MethodSource("cases")
  void differential(DiffCase c) throws SQLException {
    runner.check(c);
  }

  /** IS_ADDITIVE: count yes; every other type here no. */
  @Test void additivity() throws SQLException {
    Map<String, Object> additive = new HashMap<>();
    Map<String, String> types = new HashMap<>();
    try (ResultSet rs = driver.getMetaData().getColumns(null, "typed", "items", "%")) {
      while (rs.next()) {
        additive.put(rs.getString("COLUMN_NAME"), rs.getObject("IS_ADDITIVE"));
        types.put(rs.getString("COLUMN_NAME"), rs.getString("TYPE_NAME"));
      }
    }
    assertEquals(true, additive.get("items.count"));
    for (String m : List.of("median_price", "high_price", "distinct_user_sum", "first_status",
        "first_sale_date", "any_returned", "running_count", "share_of_count")) {
      assertEquals(false, additive.get("items." + m), m);
    }
    assertEquals("MEASURE<VARCHAR>", types.get("items.first_status"));
    assertEquals("MEASURE<DATE>", types.get("items.first_sale_date"));
    assertEquals("MEASURE<BOOLEAN>", types.get("items.any_returned"));
    assertEquals("MEASURE<DOUBLE>", types.get("items.median_price"));
  }
}
