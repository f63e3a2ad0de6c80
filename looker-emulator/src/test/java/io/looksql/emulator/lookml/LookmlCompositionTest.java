package io.looksql.emulator.lookml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests how a project is put together before any query: file kinds, includes (nested, remote),
 * constants, refinements and extends, and their errors.
 */
class LookmlCompositionTest {
  private static Project load(String... pathsAndTexts) {
    List<LookmlFile> files = new ArrayList<>();
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      files.add(new LookmlFile(pathsAndTexts[i], pathsAndTexts[i + 1]));
    }
    return LookmlLoader.load("p", files);
  }

  private static String error(String... pathsAndTexts) {
    return assertThrows(LookmlException.class, () -> load(pathsAndTexts)).getMessage();
  }

  @Test void dashboardsAreMatchedByIncludesButNotRead() {
    Project p = load("m.model.lkml", "include: \"/dashboards/*.dashboard\"\n"
            + "include: \"/dashboards/*.dashboard.lookml\"\nexplore: t {}\nview: t {}",
        "dashboards/a.dashboard.lookml", "- dashboard: a\n  title: \"not LookML at all\"\n");
    assertEquals(List.of("t"), List.copyOf(p.models().get("m").explores().keySet()));
  }

  @Test void nestedIncludesBringTheirFiles() {
    Project p = load("m.model.lkml", "include: \"/explores/*.explore.lkml\"",
        "explores/t.explore.lkml", "include: \"/views/t.view\"\nexplore: t {}",
        "views/t.view.lkml", "view: t { dimension: a {} }");
    assertEquals(List.of("t"), List.copyOf(p.models().get("m").views().keySet()));
  }

  @Test void remoteIncludeNeedsALocalCopy() {
    assertEquals("m.model.lkml:1:10: include \"//shared/views/*.view\" names project 'shared', "
        + "which is not available locally: remote projects are not fetched; put a copy of it "
        + "under imported_projects/shared/ in this project",
        error("m.model.lkml", "include: \"//shared/views/*.view\""));
    Project p = load("m.model.lkml", "include: \"//shared/views/*.view\"\nexplore: t {}",
        "imported_projects/shared/views/t.view.lkml", "view: t { dimension: a {} }");
    assertEquals(List.of("t"), List.copyOf(p.models().get("m").views().keySet()));
  }

  @Test void constantsMayUseConstants() {
    Project p = load("manifest.lkml", """
            constant: DATASET { value: "analytics" }
            constant: TABLE { value: "@{DATASET}.events" }
            """, "m.model.lkml", "connection: \"@{DATASET}\"\nview: t { sql_table_name: @{TABLE} ;; }");
    assertEquals("analytics", p.models().get("m").connection());
    assertEquals("analytics.events", p.models().get("m").views().get("t").sqlTableName());
  }

  @Test void unknownConstantIsAnError() {
    assertEquals("m.model.lkml:1:29: unknown constant @{NOPE}: the manifest declares no "
        + "constant by that name",
        error("manifest.lkml", "project_name: \"p\"", "m.model.lkml",
            "view: t { sql_table_name: x.@{NOPE} ;; }"));
  }

  @Test void refinementOfAViewNotIncludedIsAnError() {
    assertEquals("m.model.lkml:1:1: refinement '+t' of a view that model 'm' does not include "
        + "(the view must be included before its refinement)",
        error("m.model.lkml", "view: +t { label: \"x\" }"));
  }

  @Test void extendsKeepsBaseParametersTheExtensionDoesNotSet() {
    Project p = load("m.model.lkml", """
        view: a { sql_table_name: a_table ;; label: "A" dimension: x { label: "X" sql: 1 ;; } }
        view: b { extends: [a] dimension: x { sql: 2 ;; } dimension: y {} }
        """);
    View b = p.models().get("m").views().get("b");
    assertEquals("a_table", b.sqlTableName());
    assertEquals("A", b.label());
    assertEquals("X", b.fields().get("x").label());
    assertEquals("2", b.fields().get("x").sql());
    assertEquals(List.of("x", "y"), List.copyOf(b.fields().keySet()));
  }

  @Test void extendedStandsForTheSqlARefinementOrExtensionOverrides() {
    Project p = load("m.model.lkml", """
        view: a { sql_table_name: t ;; dimension: x { type: number sql: ${TABLE}.x ;; } }
        view: +a { dimension: x { sql: ${EXTENDED} * 100 ;; } }
        view: b { extends: [a] dimension: x { sql: ${EXTENDED} + 1 ;; } }
        """);
    assertEquals("${TABLE}.x * 100", p.models().get("m").views().get("a").fields().get("x").sql());
    assertEquals("${TABLE}.x * 100 + 1",
        p.models().get("m").views().get("b").fields().get("x").sql());
    assertEquals("m.model.lkml:2:32: ${EXTENDED} in 'sql', which has no earlier definition to "
        + "extend", error("m.model.lkml", "view: a { dimension: x {} }\n"
        + "view: +a { dimension: x { sql: ${EXTENDED} ;; } }"));
  }

  @Test void extendsCycleIsAnError() {
    assertEquals("m.model.lkml:1:1: view 'a' extends itself through a -> b",
        error("m.model.lkml", "view: a { extends: [b] }\nview: b { extends: [a] }\n"));
  }

  @Test void requiredExtensionCannotBeExplored() {
    assertEquals("m.model.lkml:2:1: explore 't' uses view 't', which has 'extension: "
        + "required' and can only be extended",
        error("m.model.lkml", "view: t { extension: required }\nexplore: t {}\n"));
  }

  @Test void extendedExploreKeepsItsBaseViewAndJoins() {
    Project p = load("m.model.lkml", """
        view: a { dimension: id {} }
        view: b { dimension: id {} }
        explore: a { join: b { sql_on: ${a.id} = ${b.id} ;; } }
        explore: a2 { extends: [a] label: "Second" }
        """);
    Explore a2 = p.models().get("m").explores().get("a2");
    assertEquals("a", a2.alias());
    assertEquals("a", a2.viewName());
    assertEquals(List.of("b"), a2.joins().stream().map(Join::name).toList());
    assertEquals("Second", a2.label());
    assertNull(p.models().get("m").explores().get("a").label());
  }

  @Test void filtersAndParametersAreUserFields() {
    Project p = load("m.model.lkml", """
        view: t {
          filter: f { type: string }
          parameter: metric {
            type: unquoted
            allowed_value: { label: "Total" value: "sum" }
            allowed_value: { value: "count" }
            default_value: "sum"
          }
          dimension: d { sql: ${TABLE}.d ;; }
        }
        """);
    View t = p.models().get("m").views().get("t");
    assertEquals(List.of("d"), List.copyOf(t.fields().keySet()));
    assertEquals(Category.FILTER, t.userFields().get("f").category());
    Field metric = t.userFields().get("metric");
    assertEquals(Category.PARAMETER, metric.category());
    assertEquals(List.of(new Presentation.AllowedValue("Total", "sum"),
        new Presentation.AllowedValue("count", "count")), metric.presentation().allowedValues());
    assertEquals("sum", metric.presentation().defaultValue());
  }

  @Test void unknownParameterOfTheManifest() {
    assertEquals("manifest.lkml:1:1: unknown parameter 'explore' in the manifest",
        error("manifest.lkml", "explore: t {}"));
  }
}
