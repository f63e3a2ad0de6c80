package io.looksql.catalog.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conjuncts on one field merged into one Looker filter, and year and date filters written in the
 * date grammar as the set of years (days) they allow.
 */
class FieldFilterTest {
  /** A literal as the translator holds it: strings, numbers as BigDecimal, dates as days. */
  private static FilterTerm n(Object v) {
    Object literal = v instanceof LocalDate d ? Integer.valueOf((int) d.toEpochDay())
        : v instanceof String s && !Character.isDigit(s.charAt(0)) ? s
        : new BigDecimal(v.toString());
    return new FilterTerm(FilterTerm.Op.EQUALS, literal, -1);
  }

  private static FieldFilter values(FilterFamily family, Object... vs) {
    return new FieldFilter("f", family, java.util.Arrays.stream(vs).map(FieldFilterTest::n)
        .toList(), List.of(), null, false, null, false);
  }

  private static FieldFilter not(FilterFamily family, Object v) {
    return new FieldFilter("f", family, List.of(), List.of(n(v), FilterTerm.isNull()), null,
        false, null, false);
  }

  private static FieldFilter range(FilterFamily family, Object low, boolean lowIn, Object high,
      boolean highIn) {
    return new FieldFilter("f", family, List.of(), List.of(), low == null ? null : n(low), lowIn,
        high == null ? null : n(high), highIn);
  }

  private static FieldFilter isNull(FilterFamily family) {
    return new FieldFilter("f", family, List.of(FilterTerm.isNull()), List.of(), null, false,
        null, false);
  }

  private static String write(FieldFilter f) {
    return f.render(ExplainContext.INSTANCE);
  }

  @Test void years() {
    FilterFamily y = FilterFamily.YEAR;
    assertEquals("2020", write(values(y, 2020)));
    assertEquals("2020, 2022", write(values(y, 2022, 2020)));
    assertEquals("2020/01/01 to 2022/01/01", write(values(y, 2020, 2021)));
    assertEquals("before 2019/01/01, after 2020/01/01", write(not(y, 2019)));
    assertEquals("2020/01/01 to 2023/01/01", write(range(y, 2020, true, 2023, false)));
    assertEquals("2021/01/01 to 2023/01/01", write(range(y, 2020, false, 2022, true)));
    assertEquals("after 2021/01/01", write(range(y, "2020.5", true, null, false)));
    assertEquals("before 2021/01/01", write(range(y, null, false, "2020.5", true)));
    assertEquals("null", write(isNull(y)));
    assertEquals("2000/01/01 to 2000/01/01", write(range(y, 2025, true, 2025, false)));
    assertEquals("2000/01/01 to 2000/01/01", write(values(y, "2020.5")));
    // year <> 2021 AND year >= 2020 AND year < 2024
    FieldFilter f = not(y, 2021).and(range(y, 2020, true, 2024, false));
    assertEquals("2020, 2022/01/01 to 2024/01/01", write(f));
    // year IS NULL AND year = 2020: no common value, left to filter_expression
    assertNull(isNull(y).and(values(y, 2020)));
    // years of other than four digits: not in the date grammar
    assertFalse(range(y, 999, true, null, false).expressible());
  }

  @Test void dates() {
    FilterFamily d = FilterFamily.DATE;
    LocalDate may1 = LocalDate.of(2023, 5, 1);
    assertEquals("2023/05/01", write(values(d, may1)));
    assertEquals("before 2023/05/01, after 2023/05/02", write(not(d, may1)));
    assertEquals("2023/05/01 to 2023/05/03",
        write(range(d, may1, true, may1.plusDays(2), false)));
    assertEquals("2023/05/01, 2023/05/03", write(values(d, may1, may1.plusDays(2))));
    FieldFilter f = values(d, may1, may1.plusDays(2)).and(range(d, may1, false, null, false));
    assertEquals("2023/05/03", write(f));
  }

  @Test void numbers() {
    FilterFamily num = FilterFamily.NUMBER;
    // IN (3, 5, 9) AND >= 5: the values in the range
    assertEquals("5, 9", write(values(num, 3, 5, 9).and(range(num, 5, true, null, false))));
    // > 20.25 AND > 30.5: the tighter bound
    assertEquals(">30.5",
        write(range(num, "20.25", false, null, false).and(range(num, "30.5", false, null, false))));
    assertEquals(">=3 AND <3",
        write(range(num, 3, true, null, false).and(range(num, null, false, 3, false))));
    // (= 3 OR = 5) AND = 5; = 3 AND = 5 has no filter (left to filter_expression)
    assertEquals("5", write(values(num, 3, 5).and(values(num, 5))));
    assertNull(values(num, 3).and(values(num, 5)));
    assertNull(values(num, 3).and(range(num, 4, true, null, false)));
  }

  @Test void strings() {
    FilterFamily s = FilterFamily.STRING;
    assertEquals("b", write(values(s, "a", "b").and(values(s, "b", "c"))));
    assertNull(values(s, "a").and(values(s, "b")));
    assertNull(isNull(s).and(values(s, "a")));
  }
}
