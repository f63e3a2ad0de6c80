package io.looksql.emulator.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Parameters, templated filters and each Liquid form in field SQL, sql_on and derived table SQL,
 * reached through a query's filters; expected answers are plain SQL over the tables.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LiquidCases {
  private static final String MODEL = """
      connection: "lang"
      explore: orders {
        join: region_totals {
          relationship: many_to_one
          sql_on: ${orders.region} = ${region_totals.region} {% if orders.status._is_filtered %}AND 1=1{% endif %} ;;
        }
      }
      view: orders {
        sql_table_name: lk_l_orders ;;
        parameter: metric {
          type: unquoted
          allowed_value: { label: "Amount" value: "amount" }
          allowed_value: { label: "Quantity" value: "qty" }
          default_value: "amount"
        }
        parameter: label_status { type: string }
        filter: region_filter { type: string sql: {% condition region_filter %} ${region} {% endcondition %} ;; }
        dimension: id { primary_key: yes type: number }
        dimension: region {}
        dimension: status {}
        dimension: amount { type: number }
        dimension: qty { type: number }
        dimension: chosen { type: number sql: ${TABLE}.{% parameter metric %} ;; }
        dimension: is_label_status { type: yesno sql: ${status} = {% parameter label_status %} ;; }
        dimension: label_value { sql: {{ orders.label_status._parameter_value }} ;; }
        dimension: names { sql: '{{ _model._name }}/{{ _explore._name }}' ;; }
        dimension: my_region { sql: '{{ _user_attributes['region'] }}' ;; }
        dimension: totals_joined { sql: '{{ region_totals._in_query }}' ;; }
        dimension: status_or_all {
          sql: {% if orders.status._is_selected %}${TABLE}.status{% elsif orders.region._is_selected %}'by region'{% else %}'all'{% endif %} ;;
        }
        measure: total_chosen { type: sum sql: ${chosen} ;; }
        measure: count { type: count }
      }
      view: region_totals {
        derived_table: {
          sql: SELECT region, SUM(amount) AS total FROM lk_l_orders
               WHERE {% condition orders.region_filter %} region {% endcondition %} GROUP BY region ;;
        }
        dimension: region { primary_key: yes }
        dimension: total { type: number }
      }
      """;

  private LookmlDatabase db;

  /** Returns the JDBC URL of the database to run on. */
  abstract String jdbcUrl();

  @BeforeAll void start() throws Exception {
    List<String> setup = new ArrayList<>(List.of("DROP TABLE IF EXISTS lk_l_orders",
        "CREATE TABLE lk_l_orders (id INTEGER PRIMARY KEY, region VARCHAR(10), status VARCHAR(10),"
            + " amount INTEGER, qty INTEGER)"));
    String[] regions = {"north", "south", "east", "west"};
    String[] statuses = {"complete", "pending", "returned"};
    for (int o = 1; o <= 24; o++) {
      setup.add("INSERT INTO lk_l_orders VALUES (" + o + ", '" + regions[o % 4] + "', '"
          + statuses[o % 3] + "', " + (o * 17 % 50) + ", " + (o % 5 + 1) + ")");
    }
    db = new LookmlDatabase(jdbcUrl(), setup, MODEL);
  }

  @AfterAll void stop() {
    db.close();
  }

  private List<List<String>> run(String fields, String filters) throws Exception {
    return db.queryText("orders", fields, filters);
  }

  private List<List<String>> sql(String sql) throws Exception {
    return db.sqlText(sql);
  }

  @Test void anUnquotedParameterPicksTheColumnAndDefaultsToItsDefaultValue() throws Exception {
    assertEquals(sql("SELECT region, SUM(qty) FROM lk_l_orders GROUP BY region ORDER BY 1"),
        run("\"orders.region\",\"orders.total_chosen\"", "\"orders.metric\":\"qty\""));
    assertEquals(sql("SELECT region, SUM(amount) FROM lk_l_orders GROUP BY region ORDER BY 1"),
        run("\"orders.region\",\"orders.total_chosen\"", null));
  }

  @Test void aParameterValueOutsideItsAllowedValuesIsRefused() throws Exception {
    HttpResponse<String> r = db.post("/queries/run/json", "{\"model\":\"lang\",\"view\":\"orders\","
        + "\"fields\":[\"orders.total_chosen\"],\"filters\":{\"orders.metric\":\"amount; DROP TABLE x\"}}");
    assertEquals(422, r.statusCode(), r.body());
    assertTrue(r.body().contains("no allowed value"), r.body());
  }

  @Test void aStringParameterIsAQuotedValue() throws Exception {
    assertEquals(sql("SELECT id, CASE WHEN status = 'pending' THEN 'Yes' ELSE 'No' END, 'pending'"
            + " FROM lk_l_orders ORDER BY 1"),
        run("\"orders.id\",\"orders.is_label_status\",\"orders.label_value\"",
            "\"orders.label_status\":\"pending\""));
    List<List<String>> quoted = run("\"orders.is_label_status\",\"orders.label_value\"",
        "\"orders.label_status\":\"it's\"");
    assertEquals(List.of(List.of("No", "it's")), quoted);
  }

  @Test void aTemplatedFilterFiltersWhereItsConditionIsAndInADerivedTable() throws Exception {
    assertEquals(sql("SELECT region, COUNT(*) FROM lk_l_orders WHERE region IN ('north', 'east')"
            + " GROUP BY region ORDER BY 1"),
        run("\"orders.region\",\"orders.count\"", "\"orders.region_filter\":\"north,east\""));
    assertEquals(sql("SELECT region, SUM(amount) FROM lk_l_orders WHERE region LIKE 's%'"
            + " GROUP BY region ORDER BY 1"),
        run("\"region_totals.region\",\"region_totals.total\"", "\"orders.region_filter\":\"s%\""));
    // Unfiltered, the condition is true.
    assertEquals(sql("SELECT region, SUM(amount) FROM lk_l_orders GROUP BY region ORDER BY 1"),
        run("\"region_totals.region\",\"region_totals.total\"", null));
  }

  @Test void liquidVariables() throws Exception {
    assertEquals(List.of(List.of("lang/orders", "%", "false", "all")),
        run("\"orders.names\",\"orders.my_region\",\"orders.totals_joined\",\"orders.status_or_all\"", null));
    assertEquals(List.of(List.of("lang/orders", "true")),
        run("\"orders.names\",\"orders.totals_joined\"", "\"region_totals.total\":\">0\""));
    assertEquals(sql("SELECT DISTINCT status, status FROM lk_l_orders ORDER BY 1"),
        run("\"orders.status\",\"orders.status_or_all\"", null));
    assertEquals(sql("SELECT DISTINCT region, 'by region' FROM lk_l_orders ORDER BY 1"),
        run("\"orders.region\",\"orders.status_or_all\"", null));
  }

  @Test void filterOnlyFieldsCannotBeSelected() throws Exception {
    HttpResponse<String> r = db.post("/queries/run/json", "{\"model\":\"lang\",\"view\":\"orders\","
        + "\"fields\":[\"orders.metric\"]}");
    assertEquals(422, r.statusCode(), r.body());
    JsonNode explore = db.explore("orders");
    assertEquals("orders.metric", explore.get("fields").get("parameters").get(0).get("name").asText());
    assertEquals("parameter", explore.get("fields").get("parameters").get(0).get("category").asText());
    assertEquals("filter", explore.get("fields").get("filters").get(0).get("category").asText());
  }
}
