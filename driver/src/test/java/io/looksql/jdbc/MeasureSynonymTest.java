package io.looksql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code MEASURE(m)} is read as {@code AGGREGATE(m)}, and nothing else changes. */
class MeasureSynonymTest {
  @ParameterizedTest
  @CsvSource(delimiterString = " => ", quoteCharacter = '#', value = {
      "select measure(`m`) from t => select AGGREGATE(`m`) from t",
      "select MEASURE (x), Measure(y) from t => select AGGREGATE (x), AGGREGATE(y) from t",
      "select 'measure(x)', `measure(y)` from t => select 'measure(x)', `measure(y)` from t",
      "select \"measure\"(x) from t -- measure(z) => select \"measure\"(x) from t -- measure(z)",
      "select a.measure(x), measures(y), my_measure(z) => select a.measure(x), measures(y), my_measure(z)",
      "select x as measure from t /* measure( */ => select x as measure from t /* measure( */",
      "select 'it''s measure(' || measure(m) => select 'it''s measure(' || AGGREGATE(m)",
  })
  void rewrite(String sql, String expected) {
    assertEquals(expected, MeasureSynonym.rewrite(sql));
  }
}
