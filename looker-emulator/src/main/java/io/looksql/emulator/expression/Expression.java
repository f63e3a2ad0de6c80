package io.looksql.emulator.expression;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A parsed expression of Looker's expression language, ready to be written as SQL. */
public final class Expression {
  private final String text;
  private final Node root;

  private Expression(String text, Node root) {
    this.text = text;
    this.root = root;
  }

  /**
   * Returns the parsed expression.
   *
   * @throws ExpressionException if the text does not parse; the message names the position
   */
  public static Expression parse(String text) {
    return new Expression(text, Parser.parse(text));
  }

  /** Returns the text the expression was parsed from. */
  public String text() {
    return text;
  }

  /** Returns the syntax tree. */
  public Node root() {
    return root;
  }

  /** Returns the field references, in the order they appear. */
  public List<FieldRef> references() {
    List<FieldRef> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  private static void collect(Node node, List<FieldRef> out) {
    if (node instanceof FieldRef f) {
      out.add(f);
    } else if (node instanceof Unary u) {
      collect(u.operand(), out);
    } else if (node instanceof Binary b) {
      collect(b.left(), out);
      collect(b.right(), out);
    } else if (node instanceof Call c) {
      c.arguments().forEach(a -> collect(a, out));
    }
  }

  /**
   * Returns the expression as SQL, with every literal a bind parameter.
   *
   * @param fields what each field reference stands for
   * @param now the current wall-clock time in the query time zone, for {@code now()}
   * @throws ExpressionException if the operand types don't fit the operators and functions
   */
  public Operand toSql(FieldResolver fields, LocalDateTime now) {
    return new SqlWriter(fields, now).write(root);
  }
}
