package io.looksql.emulator.lookml;

import static io.looksql.emulator.lookml.BadInput.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code access_grant} in a model and {@code required_access_grants} on explores, joins and
 * fields: what is read, who holds a grant, and the errors. {@link BadInput#BASE} declares view
 * {@code users} with fields {@code id} and {@code name}.
 */
class LookmlAccessGrantTest {
  private static final String MODEL = """
      include: "*.view.lkml"
      access_grant: finance {
        user_attribute: department
        allowed_values: ["finance", "executive"]
      }
      access_grant: payroll { user_attribute: can_payroll allowed_values: [yes] }
      explore: salaries {
        view_name: people
        required_access_grants: [finance, payroll]
        join: managers {
          from: people
          sql_on: ${people.manager_id} = ${managers.id} ;;
          required_access_grants: [payroll]
        }
      }
      explore: people {}
      """;
  private static final String VIEW = """
      view: people {
        dimension: id { type: number }
        dimension: manager_id { type: number }
        dimension: salary { type: number required_access_grants: [finance] }
        dimension_group: hired { type: time timeframes: [date, year] required_access_grants: [payroll] }
        measure: total_salary { type: sum sql: ${salary} ;; required_access_grants: [finance] }
      }
      """;

  private static Model load() {
    return LookmlLoader.load("p", List.of(new LookmlFile("m.model.lkml", MODEL),
        new LookmlFile("people.view.lkml", VIEW))).models().get("m");
  }

  @Test void grantsAndRequirementsAreRead() {
    Model model = load();
    assertEquals(Map.of(
        "finance", new AccessGrant("finance", "department", List.of("finance", "executive")),
        "payroll", new AccessGrant("payroll", "can_payroll", List.of("yes"))),
        model.accessGrants());
    assertEquals(List.of("finance", "payroll"), List.copyOf(model.accessGrants().keySet()));
    Explore salaries = model.explores().get("salaries");
    assertEquals(List.of("finance", "payroll"), salaries.requiredAccessGrants());
    assertEquals(List.of("payroll"), salaries.join("managers").requiredAccessGrants());
    assertEquals(List.of(), model.explores().get("people").requiredAccessGrants());
    View people = model.views().get("people");
    assertEquals(List.of(), people.fields().get("id").requiredAccessGrants());
    assertEquals(List.of("finance"), people.fields().get("salary").requiredAccessGrants());
    assertEquals(List.of("payroll"), people.fields().get("hired_date").requiredAccessGrants());
    assertEquals(List.of("payroll"), people.fields().get("hired_year").requiredAccessGrants());
    assertEquals(List.of("finance"), people.fields().get("total_salary").requiredAccessGrants());
  }

  @Test void aUserNeedsAnAllowedValueOfEveryGrant() {
    Model model = load();
    List<String> both = List.of("finance", "payroll");
    assertTrue(model.grants(both, Map.of("department", "executive", "can_payroll", "yes")::get));
    assertTrue(model.grants(List.of("finance"), Map.of("department", "finance")::get));
    assertFalse(model.grants(both, Map.of("department", "finance")::get));
    assertFalse(model.grants(both, Map.of("department", "finance", "can_payroll", "no")::get));
    // Exact values only: no wildcard, no case folding, no list splitting.
    assertFalse(model.grants(List.of("finance"), Map.of("department", "Finance")::get));
    assertFalse(model.grants(List.of("finance"), Map.of("department", "%")::get));
    assertFalse(model.grants(List.of("finance"), Map.of("department", "finance,executive")::get));
    assertTrue(model.grants(List.of(), Map.<String, String>of()::get));
    assertFalse(model.grants(List.of("undeclared"), Map.of("department", "finance")::get));
  }

  static Stream<BadInput> badGrants() {
    return Stream.of(
        model("grant without a user attribute", """
            include: "*.view.lkml"
            access_grant: g {
              allowed_values: ["a"]
            }
            """, "m.model.lkml:2:1: access_grant 'g' needs 'user_attribute'"),
        model("grant without allowed values", """
            include: "*.view.lkml"
            access_grant: g { user_attribute: x }
            """, "m.model.lkml:2:1: access_grant 'g' needs 'allowed_values: [\"value\", ...]'"),
        model("duplicate grant", """
            include: "*.view.lkml"
            access_grant: g { user_attribute: x allowed_values: ["a"] }
            access_grant: g { user_attribute: y allowed_values: ["b"] }
            """, "m.model.lkml:3:1: duplicate access_grant 'g' in model 'm'"),
        model("explore requires an undeclared grant", """
            include: "*.view.lkml"
            explore: users { required_access_grants: [nope] }
            """, "m.model.lkml:2:1: explore 'users' requires access_grant 'nope', which model 'm'"
                + " does not declare"),
        model("join requires an undeclared grant", """
            include: "*.view.lkml"
            access_grant: g { user_attribute: x allowed_values: ["a"] }
            explore: users {
              required_access_grants: [g]
              join: boss {
                from: users
                sql_on: ${users.id} = ${boss.id} ;;
                required_access_grants: [g, h]
              }
            }
            """, "m.model.lkml:5:3: join 'boss' requires access_grant 'h', which model 'm' does"
                + " not declare"));
  }

  @Test void aFieldMayNameAGrantItsModelDoesNotDeclareAndIsThenHiddenFromAll() {
    // A view shared by models, of which only one declares the grant.
    Project project = LookmlLoader.load("p", List.of(
        new LookmlFile("v.view.lkml",
            "view: v {\n  dimension: secret { required_access_grants: [g] }\n}\n"),
        new LookmlFile("with.model.lkml", "include: \"v.view.lkml\"\n"
            + "access_grant: g { user_attribute: x allowed_values: [\"a\"] }\nexplore: v {}\n"),
        new LookmlFile("without.model.lkml", "include: \"v.view.lkml\"\nexplore: v {}\n")));
    List<String> required = project.models().get("with").views().get("v").fields().get("secret")
        .requiredAccessGrants();
    assertTrue(project.models().get("with").grants(required, Map.of("x", "a")::get));
    assertFalse(project.models().get("without").grants(required, Map.of("x", "a")::get));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badGrants")
  void badGrantsFailAtTheirPosition(BadInput input) {
    input.assertFails();
  }
}
