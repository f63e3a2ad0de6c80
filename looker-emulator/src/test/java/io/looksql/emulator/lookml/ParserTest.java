package io.looksql.emulator.lookml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests the generic syntax tree {@link Parser} builds: values, escapes, comments, positions. */
class ParserTest {
  private static List<Node> parse(String text) {
    return Parser.parse(new LookmlFile("f.lkml", text));
  }

  private static Value valueOf(String text) {
    return parse(text).get(0).value();
  }

  private static SourcePosition at(int line, int column) {
    return new SourcePosition("f.lkml", line, column);
  }

  @Test void scalars() {
    assertEquals(new Value.Scalar("orders", Token.Kind.NAME, at(1, 7)), valueOf("from: orders"));
    assertEquals(new Value.Scalar("-2.5", Token.Kind.NUMBER, at(1, 4)), valueOf("n: -2.5"));
    assertEquals(new Value.Scalar("a b", Token.Kind.STRING, at(1, 8)),
        valueOf("label: \"a b\""));
  }

  @Test void stringEscapesQuotesAndBackslashesOnly() {
    Value.Scalar value = (Value.Scalar) valueOf("d: \"say \\\"hi\\\" \\\\ \\n # {x}\"");
    assertEquals("say \"hi\" \\ \\n # {x}", value.text());
  }

  @Test void stringsMaySpanLines() {
    assertEquals("a\nb", ((Value.Scalar) valueOf("d: \"a\nb\"")).text());
  }

  @Test void sqlIsRawTextUpToDoubleSemicolonTrimmed() {
    Value.Sql sql = (Value.Sql) valueOf("sql:\n   SELECT \"a#b\", '{' # c\n  FROM t ;; x: y");
    assertEquals("SELECT \"a#b\", '{' # c\n  FROM t", sql.text());
    assertEquals(at(2, 4), sql.position());
  }

  @Test void sqlKeysByName() {
    assertTrue(Parser.isSqlKey("sql"));
    assertTrue(Parser.isSqlKey("sql_on"));
    assertTrue(Parser.isSqlKey("sql_table_name"));
    assertTrue(Parser.isSqlKey("sql_trigger_value"));
    assertTrue(Parser.isSqlKey("html"));
    assertFalse(Parser.isSqlKey("derived_table"));
    assertFalse(Parser.isSqlKey("sqlite"));
    assertInstanceOf(Value.Sql.class, valueOf("html: <a href=\"{{ value }}\">x</a> ;;"));
  }

  @Test void emptySqlIsEmptyText() {
    assertEquals("", ((Value.Sql) valueOf("sql: ;;")).text());
  }

  @Test void blocksNamedAndAnonymous() {
    Value.Block named = (Value.Block) valueOf("view: v {\n  a: b\n}");
    assertEquals("v", named.name());
    assertEquals(at(1, 7), named.position());
    assertEquals(at(1, 9), named.bracePosition());
    assertEquals(List.of(new Node("a", at(2, 3), new Value.Scalar("b", Token.Kind.NAME,
        at(2, 6)))), named.body());
    Value.Block anonymous = (Value.Block) valueOf("derived_table: {}");
    assertNull(anonymous.name());
    assertEquals(List.of(), anonymous.body());
  }

  @Test void listsOfNamesStringsNumbersAndPairs() {
    Value.ListOf list = (Value.ListOf) valueOf(
        "x: [view.*, -view.f, ALL_FIELDS*, \"s\", 10, a.b: \"-CA\", c: yes,]");
    List<String> keys = list.items().stream().map(Node::key).toList();
    assertEquals(Arrays.asList(null, null, null, null, null, "a.b", "c"), keys);
    List<String> texts = list.items().stream()
        .map(item -> ((Value.Scalar) item.value()).text()).toList();
    assertEquals(List.of("view.*", "-view.f", "ALL_FIELDS*", "s", "10", "-CA", "yes"), texts);
    assertEquals(at(1, 44), list.items().get(5).position());
    assertEquals(List.of(), ((Value.ListOf) valueOf("x: []")).items());
  }

  @Test void commentsAnywhereOutsideStringsAndSql() {
    List<Node> pairs = parse("""
        # header
        view: v { # after a brace
          tags: [a, # inside a list
                 b] # after a list
          label: "not # a comment" # but this is
          # sql: ignored ;;
          sql: x ;; # after SQL
        } # end""");
    Value.Block view = (Value.Block) pairs.get(0).value();
    assertEquals(List.of("tags", "label", "sql"), view.body().stream().map(Node::key).toList());
    assertEquals(2, ((Value.ListOf) view.body().get(0).value()).items().size());
    assertEquals("not # a comment", ((Value.Scalar) view.body().get(1).value()).text());
    assertEquals("x", ((Value.Sql) view.body().get(2).value()).text());
  }

  @Test void pairsMayShareALine() {
    Value.Block block =
        (Value.Block) valueOf("dimension: a { type: number  sql: ${x} ;; hidden: yes }");
    assertEquals(List.of("type", "sql", "hidden"), block.body().stream().map(Node::key).toList());
  }

  @Test void crlfLineEndsCountAsOneLine() {
    List<Node> pairs = parse("a: b\r\n\r\nc: d");
    assertEquals(at(3, 1), pairs.get(1).position());
  }

  @Test void emptyFileHasNoPairs() {
    assertEquals(List.of(), parse("  # nothing here\n"));
  }
}
