package io.looksql.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The SQL type of each dimension type and timeframe and each measure type Looker documents, by
 * the values Looker returns for them (LookML reference: dimension, dimension_group and measure
 * types).
 */
class LookerTypesTest {
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "string, VARCHAR", "number, DOUBLE", "yesno, BOOLEAN", "tier, VARCHAR", "bin, VARCHAR",
      "case, VARCHAR", "zipcode, VARCHAR", "location, VARCHAR", "distance, DOUBLE",
      "date, DATE", "date_time, TIMESTAMP", "unquoted, VARCHAR",
      "duration_day, BIGINT", "duration_hour, BIGINT", "duration_second, BIGINT",
      "duration_year, BIGINT",
      "date_raw, TIMESTAMP", "date_time, TIMESTAMP", "date_date, DATE", "date_week, DATE",
      "date_month, DATE", "date_quarter, DATE", "date_year, INTEGER", "date_hour, TIMESTAMP",
      "date_minute, TIMESTAMP", "date_second, TIMESTAMP", "date_millisecond, TIMESTAMP",
      "date_microsecond, VARCHAR", "date_hour6, TIMESTAMP", "date_minute15, TIMESTAMP",
      "date_millisecond250, TIMESTAMP", "date_time_of_day, VARCHAR", "date_day_of_week, VARCHAR",
      "date_day_of_week_index, INTEGER", "date_day_of_month, INTEGER",
      "date_day_of_year, INTEGER", "date_hour_of_day, INTEGER", "date_week_of_year, INTEGER",
      "date_month_num, INTEGER", "date_month_name, VARCHAR", "date_quarter_of_year, VARCHAR",
      "date_fiscal_year, INTEGER", "date_fiscal_quarter, DATE",
      "date_fiscal_quarter_of_year, VARCHAR", "date_fiscal_month_num, INTEGER",
      "date_yesno, BOOLEAN", "some_future_type, VARCHAR",
  })
  void dimension(String type, SqlTypeName sql) {
    assertEquals(sql, LookerTypes.dimensionType(type));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "count, BIGINT", "count_distinct, BIGINT", "sum, DOUBLE", "sum_distinct, DOUBLE",
      "average, DOUBLE", "average_distinct, DOUBLE", "median, DOUBLE", "median_distinct, DOUBLE",
      "percentile, DOUBLE", "percentile_distinct, DOUBLE", "number, DOUBLE", "list, VARCHAR",
      "string, VARCHAR", "date, DATE", "yesno, BOOLEAN", "running_total, DOUBLE",
      "percent_of_total, DOUBLE", "percent_of_previous, DOUBLE", "some_future_type, VARCHAR",
  })
  void measure(String type, SqlTypeName sql) {
    FieldDefinition m = new FieldDefinition("v.m", "measure", type, false, null, null, "v",
        null, null, false);
    assertEquals(sql, LookerTypes.measureValueType(m, Map.of()));
  }

  @ParameterizedTest(name = "{0} of a {1} dimension: {2}")
  @CsvSource({"min, number, DOUBLE", "max, date_date, DATE", "max, string, VARCHAR",
      "min, date_time, TIMESTAMP"})
  void minAndMaxTakeTheirDimensionsType(String type, String dimensionType, SqlTypeName sql) {
    FieldDefinition d = new FieldDefinition("v.d", "dimension", dimensionType, false, null, null,
        "v", null, null, false);
    FieldDefinition m = new FieldDefinition("v.m", "measure", type, false, null, null, "v",
        "${d}", null, false);
    assertEquals(sql, LookerTypes.measureValueType(m, Map.of("v.d", d)));
  }
}
