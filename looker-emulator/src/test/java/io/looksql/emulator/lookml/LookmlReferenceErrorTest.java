package io.looksql.emulator.lookml;

import static io.looksql.emulator.lookml.BadInput.model;
import static io.looksql.emulator.lookml.BadInput.view;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tests that unknown references fail at the reference: {@code ${...}} in SQL, filter fields,
 * includes, explore and join views. {@link BadInput#BASE} declares view {@code users}.
 */
class LookmlReferenceErrorTest {
  static Stream<BadInput> badViewReferences() {
    return Stream.of(
        view("unknown field of the same view", """
            view: v {
              dimension: a { sql: ${TABLE}.a + ${b} ;; }
            }
            """, "v.view.lkml:2:36: unknown reference ${b}: view 'v' has no field 'b'"),
        view("position inside a multi-line SQL block", """
            view: v {
              measure: m {
                type: sum
                sql:
                  CASE
                    WHEN ${TABLE}.x THEN ${nope}
                  END ;;
              }
            }
            """, "v.view.lkml:6:30: unknown reference ${nope}: view 'v' has no field 'nope'"),
        view("unknown field of another view", """
            view: v {
              dimension: a { sql: ${users.nme} ;; }
            }
            """, "v.view.lkml:2:23: unknown reference ${users.nme}: view 'users' has no field "
                + "'nme'"),
        view("unknown view", """
            view: v {
              dimension: a { sql: ${usr.name} ;; }
            }
            """, "v.view.lkml:2:23: unknown reference ${usr.name}: the model has no view "
                + "'usr'"),
        view("three-part reference", """
            view: v {
              dimension: a { sql: ${a.b.c} ;; }
            }
            """, "v.view.lkml:2:23: expected ${TABLE}, ${field}, ${view.field} or "
                + "${view.SQL_TABLE_NAME}, found ${a.b.c}"),
        view("dimension group name instead of a member", """
            view: v {
              dimension_group: d { type: time }
              dimension: a { sql: ${d} ;; }
            }
            """, "v.view.lkml:3:23: unknown reference ${d}: view 'v' has no field 'd'"),
        view("SQL_TABLE_NAME of an unknown view", """
            view: v {
              sql_table_name: ${nope.SQL_TABLE_NAME} ;;
            }
            """, "v.view.lkml:2:19: unknown reference ${nope.SQL_TABLE_NAME}: the model has "
                + "no view 'nope'"),
        view("unknown field in a derived table", """
            view: v {
              derived_table: { sql: SELECT * FROM ${users.SQL_TABLE_NAME} WHERE ${zzz} ;; }
            }
            """, "v.view.lkml:2:69: unknown reference ${zzz}: view 'v' has no field 'zzz'"),
        view("unknown filter field", """
            view: v {
              dimension: a {}
              measure: m { type: count filters: [b: "x"] }
            }
            """, "v.view.lkml:3:38: unknown filter field 'b': view 'v' has no field 'b'"),
        view("unknown filter field of another view", """
            view: v {
              measure: m { type: count filters: [users.nme: "x"] }
            }
            """, "v.view.lkml:2:38: unknown filter field 'users.nme': view 'users' has no "
                + "field 'nme'"),
        view("filter field of an unknown view", """
            view: v {
              measure: m { type: count filters: [usr.name: "x"] }
            }
            """, "v.view.lkml:2:38: unknown filter field 'usr.name': the model has no view "
                + "'usr'"),
        view("filter field repeated", """
            view: v {
              measure: m { type: count filters: [id: "1", id: "2"] }
              dimension: id {}
            }
            """, "v.view.lkml:2:47: duplicate field 'id' in 'filters'"));
  }

  static Stream<BadInput> badModelReferences() {
    return Stream.of(
        model("include matching nothing", "include: \"views/*.view.lkml\"\n",
            "m.model.lkml:1:10: include \"views/*.view.lkml\" matches no file"),
        model("include without quotes", "include: base.view.lkml\n",
            "m.model.lkml:1:10: expected a quoted path after 'include:', found "
                + "'base.view.lkml'"),
        model("explore of a view not included", """
            include: "base.view.lkml"
            explore: orders {}
            """, "m.model.lkml:2:1: explore 'orders' uses view 'orders', which model 'm' does "
                + "not include"),
        model("explore whose view_name is not included", """
            include: "base.view.lkml"
            explore: e { view_name: nope }
            """, "m.model.lkml:2:1: explore 'e' uses view 'nope', which model 'm' does not "
                + "include"),
        model("explore without a name", """
            include: "base.view.lkml"
            explore: {}
            """, "m.model.lkml:2:10: expected a name after 'explore:', found '{'"),
        model("join of a view not included", """
            include: "base.view.lkml"
            explore: users {
              join: buyer { from: buyers sql_on: ${users.id} = ${buyer.id} ;; }
            }
            """, "m.model.lkml:3:3: join 'buyer' of explore 'users' uses view 'buyers', which "
                + "model 'm' does not include"),
        model("sql_on naming an unknown alias", """
            include: "base.view.lkml"
            explore: users {
              join: buyer { from: users sql_on: ${user.id} = ${buyer.id} ;; }
            }
            """, "m.model.lkml:3:37: unknown reference ${user.id}: explore 'users' has no view "
                + "or join named 'user'"),
        model("sql_on naming an unknown field", """
            include: "base.view.lkml"
            explore: users {
              join: buyer { from: users sql_on: ${users.id} = ${buyer.idd} ;; }
            }
            """, "m.model.lkml:3:51: unknown reference ${buyer.idd}: view 'users' has no field "
                + "'idd'"),
        model("sql_on naming the view instead of the alias", """
            include: "base.view.lkml"
            explore: e {
              from: users
              join: buyer { from: users sql_on: ${users.id} = ${buyer.id} ;; }
            }
            """, "m.model.lkml:4:37: unknown reference ${users.id}: explore 'e' has no view or "
                + "join named 'users'"),
        model("sql_on with an unqualified field", """
            include: "base.view.lkml"
            explore: users {
              join: buyer { from: users sql_on: ${id} = ${buyer.id} ;; }
            }
            """, "m.model.lkml:3:37: expected ${view.field} in sql_on, found ${id}"),
        model("explore declared twice", """
            include: "base.view.lkml"
            explore: users {}
            explore: users {}
            """, "m.model.lkml:3:1: duplicate explore 'users' in model 'm' (first declared at "
                + "m.model.lkml:2:1)"),
        model("join alias equal to the explore's", """
            include: "base.view.lkml"
            explore: users {
              join: users { sql_on: 1 = 1 ;; }
            }
            """, "m.model.lkml:3:3: duplicate join 'users' in explore 'users'"),
        model("unsupported relationship", """
            include: "base.view.lkml"
            explore: users {
              join: b { from: users relationship: one_to_some }
            }
            """, "m.model.lkml:3:39: unsupported relationship 'one_to_some' (supported: "
                + "many_to_one, one_to_one, one_to_many, many_to_many)"),
        model("unsupported join type", """
            include: "base.view.lkml"
            explore: users {
              join: b { from: users type: right }
            }
            """, "m.model.lkml:3:31: unsupported join type 'right' (supported: left_outer, "
                + "inner, full_outer, cross)"),
        model("foreign_key and sql_on", """
            include: "base.view.lkml"
            explore: users {
              join: b { from: users foreign_key: id sql_on: 1 = 1 ;; }
            }
            """, "m.model.lkml:3:38: join 'b' has both 'foreign_key' and 'sql_on'; use one"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"badViewReferences", "badModelReferences"})
  void fails(BadInput input) {
    input.assertFails();
  }

  @Test void modelNamesAreUniqueAcrossDirectories() {
    List<LookmlFile> files = List.of(new LookmlFile("a/m.model.lkml", ""),
        new LookmlFile("b/m.model.lkml", ""));
    LookmlException e =
        assertThrows(LookmlException.class, () -> LookmlLoader.load("p", files));
    assertEquals("b/m.model.lkml:1:1: duplicate model 'm' (first declared in a/m.model.lkml)",
        e.getMessage());
  }
}
