package io.looksql.emulator.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Parses expressions into trees, and rejects malformed ones with the problem's position. */
class ParserTest {
  /** Writes a tree back in a fully parenthesized form, to check shape and precedence. */
  private static String shape(Node node) {
    if (node instanceof Literal l) {
      return l.type() == ValueType.STRING ? "\"" + l.value() + "\"" : String.valueOf(l.value());
    }
    if (node instanceof FieldRef f) {
      return "${" + f.name() + "}";
    }
    if (node instanceof Unary u) {
      return "(" + (u.operator() == UnaryOperator.NOT ? "NOT " : "-") + shape(u.operand()) + ")";
    }
    if (node instanceof Binary b) {
      return "(" + shape(b.left()) + " " + b.operator().symbol() + " " + shape(b.right()) + ")";
    }
    Call c = (Call) node;
    return c.function().functionName() + "("
        + String.join(", ", c.arguments().stream().map(ParserTest::shape).toList()) + ")";
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "${a.x} = 1 OR ${a.y} = 2 AND NOT ${a.z}|((${a.x} = 1) OR ((${a.y} = 2) AND (NOT ${a.z})))",
      "1 + 2 * 3 - 4 / 5|((1 + (2 * 3)) - (4 / 5))",
      "-${a.x} * -(1 + 2)|((-${a.x}) * (-(1 + 2)))",
      "NOT NOT yes|(NOT (NOT true))",
      "(${a.x} > 1 or ${a.y} <= 2) and ${a.z}|(((${a.x} > 1) OR (${a.y} <= 2)) AND ${a.z})",
      "${a.x} <> 1|(${a.x} != 1)",
      "${ a.x } != null|(${a.x} != null)",
      "${custom} >= 0.5|(${custom} >= 0.5)",
      "if(${a.b}, \"x\", coalesce(${a.s}, \"y\", null))|if(${a.b}, \"x\", coalesce(${a.s}, \"y\", null))",
      "contains(${a.s}, \"%\\\"\\\\_\") AND starts_with(${a.s}, \"\")|(contains(${a.s}, \"%\"\\_\") AND starts_with(${a.s}, \"\"))",
      "Is_Null(${a.x}) = FALSE|(is_null(${a.x}) = false)",
      "date(2024, 1, 31) < now() and ends_with(\"a\", \"b\")|((date(2024, 1, 31) < now()) AND ends_with(\"a\", \"b\"))",
      "date_time(2024, 1, 31, 23, 59, 59) > ${a.t}|(date_time(2024, 1, 31, 23, 59, 59) > ${a.t})",
  })
  void parses(String text, String expected) {
    assertEquals(expected, shape(Expression.parse(text).root()));
  }

  @Test
  void numbersAreExact() {
    Literal l = (Literal) Expression.parse("0.1").root();
    assertEquals(new BigDecimal("0.1"), l.value());
  }

  @Test
  void referencesInOrder() {
    List<String> names = Expression.parse("${b.y} + coalesce(${a.x}, ${c})")
        .references().stream().map(FieldRef::name).toList();
    assertEquals(List.of("b.y", "a.x", "c"), names);
  }

  @Test
  void positionsOfNodes() {
    Binary or = (Binary) Expression.parse("${a.x} = 1 OR is_null(1)").root();
    Binary eq = (Binary) or.left();
    assertEquals(11, or.position());
    assertEquals(7, eq.position());
    assertEquals(0, eq.left().position());
    assertEquals(9, eq.right().position());
    assertEquals(14, or.right().position());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "``|The expression is empty at position 0",
      "`   `|The expression is empty at position 3",
      "${a.x} =|Expected a value but found the end of the expression at position 8",
      "${a.x} = 1 AND|Expected a value but found the end of the expression at position 14",
      "${a.x} = = 1|Expected a value but found \"=\" at position 9",
      "AND ${a.x}|Expected a value but found \"AND\" at position 0",
      "(${a.x} = 1|Expected \")\" but found the end of the expression at position 11",
      "${a.x} = 1)|Unexpected \")\" after a complete expression at position 10",
      "${a.x} 1|Unexpected \"1\" after a complete expression at position 7",
      "1 < 2 < 3|Comparisons can't be chained; combine them with AND at position 6",
      "${a.x} = \"abc|Unterminated string at position 9",
      "${a.x = 1|Unterminated field reference at position 0",
      "${a b} = 1|Invalid field reference \"${a b}\"; write ${view.field} at position 0",
      "${a.b.c} = 1|Invalid field reference \"${a.b.c}\"; write ${view.field} at position 0",
      "$x = 1|Unexpected character \"$\" at position 0",
      "${a.x} = 'x'|Unexpected character \"'\" at position 9",
      "${a.x} # 1|Unexpected character \"#\" at position 7",
      "${a.x} = abc|Unknown word \"abc\"; write fields as ${view.field} and strings in double quotes at position 9",
      "lower(${a.x}) = 1|Unknown function \"lower\" at position 0",
      "contains ${a.x}|Expected \"(\" after function contains but found ${a.x} at position 9",
      "contains(${a.x})|Function contains takes 2 arguments but was given 1 at position 0",
      "x = if(yes, 1)|Unknown word \"x\"; write fields as ${view.field} and strings in double quotes at position 0",
      "1 = if(yes, 1)|Function if takes 3 arguments but was given 2 at position 4",
      "now(1) = 1|Function now takes no arguments but was given 1 at position 0",
      "coalesce() = 1|Function coalesce takes at least 1 argument but was given 0 at position 0",
      "is_null(1, 2)|Function is_null takes 1 argument but was given 2 at position 0",
      "is_null(1 2)|Expected \",\" or \")\" but found \"2\" at position 10",
  })
  void rejects(String text, String message) {
    ExpressionException e = assertThrows(ExpressionException.class, () -> Expression.parse(text));
    assertEquals(message, e.getMessage());
  }
}
