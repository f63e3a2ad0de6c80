package io.looksql.catalog.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values that would change a Looker string filter's meaning are written literally. */
class FilterEscaperTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "plain|plain",
      "a,b|a^,b",
      "-x|^-x",
      "t-shirt|t-shirt",
      "50%|50^%",
      "a_b|a^_b",
      "NULL|\"NULL\"",
      "empty|\"empty\"",
      "say \"hi\"|say^ ^\"hi^\"",
      "^|^^",
      "`a\\b`|`a^\\b`",
      "` lead`|`^ lead`",
  })
  void exact(String value, String expected) {
    assertEquals(expected, FilterEscaper.exact(value));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "J%|J%",
      "%a,b%|%a^,b%",
      "-x_|^-x_",
  })
  void like(String pattern, String expected) {
    assertEquals(expected, FilterEscaper.like(pattern));
  }

  /** A DATE is days since the epoch: an Integer as a literal, a BigDecimal as a bound ?. */
  @Test void dateFromDays() {
    assertEquals("2025/11/27", FilterEscaper.date(20419));
    assertEquals("2025/11/27", FilterEscaper.date(new java.math.BigDecimal(20419)));
    assertEquals("2025/11/27", FilterEscaper.date(LocalDate.of(2025, 11, 27)));
  }
}
