package io.looksql.emulator.lookml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tests {@link Includes} globs against project-relative paths. */
class IncludesTest {
  @ParameterizedTest(name = "{0} ~ {1} -> {2}")
  @CsvSource({
      "/views/*.view.lkml, views/orders.view.lkml, true",
      "views/*.view.lkml, views/orders.view.lkml, true",
      "/views/*.view.lkml, /views/orders.view.lkml, true",
      "/views/*.view.lkml, views/sub/orders.view.lkml, false",
      "/views/*.view.lkml, views/orders.model.lkml, false",
      "*.view.lkml, orders.view.lkml, true",
      // Relative to the project root, not to the including file.
      "*.view.lkml, views/orders.view.lkml, false",
      "/**/*.view.lkml, views/sub/orders.view.lkml, true",
      "/**/*.view.lkml, orders.view.lkml, true",
      "views/**, views/a/b/c.view.lkml, true",
      "views/**/orders.view.lkml, views/orders.view.lkml, true",
      "*.view, orders.view.lkml, true",
      "views/orders.view.lkml, views/orders.view.lkml, true",
      "views/orders.view.lkml, views/orders_view.lkml, false",
      "views/o?ders.view.lkml, views/orders.view.lkml, true",
      "views/*.view.lkml, views\\orders.view.lkml, true",
  })
  void matches(String glob, String path, boolean expected) {
    assertEquals(expected, Includes.matches(glob, path));
  }
}
