package io.looksql.emulator.lookml;

import static io.looksql.emulator.lookml.BadInput.view;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Tests that malformed LookML fails with what was expected, what was found, and where. */
class LookmlSyntaxErrorTest {
  static Stream<BadInput> badSyntax() {
    return Stream.of(
        view("unterminated string", """
            view: v {
              dimension: a { label: "oops }
            }
            """, "v.view.lkml:2:25: expected '\"' to close the string, found end of file"),
        view("SQL block without ;;", """
            view: v {
              dimension: a { sql: ${TABLE}.a }
            }
            """, "v.view.lkml:2:18: expected ';;' to end the SQL of 'sql', found end of file"),
        view("# is text inside SQL, so ;; after it still ends the block", """
            view: v {
              dimension: a { sql: 1 # ;;
            """, "v.view.lkml:3:1: expected '}' to close 'dimension: a' opened at line 2, "
                + "found end of file"),
        view("missing closing brace", """
            view: v {
              dimension: a {
            }
            """, "v.view.lkml:4:1: expected '}' to close 'view: v' opened at line 1, "
                + "found end of file"),
        view("extra closing brace", """
            view: v {
            }
            }
            """, "v.view.lkml:3:1: expected a key, found '}'"),
        view("dimension without a name", """
            view: v {
              dimension: { sql: 1 ;; }
            }
            """, "v.view.lkml:2:14: expected a name after 'dimension:', found '{'"),
        view("dimension without a block", """
            view: v {
              dimension: a
            }
            """, "v.view.lkml:2:14: expected 'dimension: name { ... }', found 'a'"),
        view("view without a name", "view: {}\n",
            "v.view.lkml:1:7: expected a name after 'view:', found '{'"),
        view("quoted block name", "view: \"v\" { }\n",
            "v.view.lkml:1:11: expected a key, found '{'"),
        view("missing colon", """
            view: v {
              dimension a {}
            }
            """, "v.view.lkml:2:13: expected ':' after 'dimension', found 'a'"),
        view("stray character", """
            view: v {
              dimension: a { hidden: @yes }
            }
            """, "v.view.lkml:2:26: expected a value after 'hidden:', found character '@'"),
        view("missing value", """
            view: v {
              dimension: a { label: }
            }
            """, "v.view.lkml:2:25: expected a value after 'label:', found '}'"),
        view("number as a key", """
            view: v {
              12: x
            }
            """, "v.view.lkml:2:3: expected a key or '}', found number 12"),
        view("string as a key", "\"view\": v {}\n",
            "v.view.lkml:1:1: expected a key, found string \"view\""),
        view("list without comma", """
            view: v {
              dimension: a { tags: [x y] }
            }
            """, "v.view.lkml:2:27: expected ',' or ']' after a list item, found 'y'"),
        view("unterminated list", "view: v {\n  dimension: a { tags: [x,",
            "v.view.lkml:2:27: expected a list item or ']', found end of file"),
        view("block inside a list", """
            view: v {
              measure: m { type: count filters: [a: { }] }
            }
            """, "v.view.lkml:2:41: expected a value after 'a:', found '{'"),
        view("SQL value given to a non-SQL key", """
            view: v {
              dimension: a { label: ;; }
            }
            """, "v.view.lkml:2:25: expected a value after 'label:', found character ';'"),
        view("crlf line ends count as one line", "view: v {\r\n  dimension: a {\r\n}\r\n",
            "v.view.lkml:4:1: expected '}' to close 'view: v' opened at line 1, "
                + "found end of file"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badSyntax")
  void fails(BadInput input) {
    input.assertFails();
  }
}
