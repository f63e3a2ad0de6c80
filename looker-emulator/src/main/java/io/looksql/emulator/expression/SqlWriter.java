package io.looksql.emulator.expression;

import io.looksql.emulator.sql.SqlBuilder;
import io.looksql.emulator.sql.SqlFragment;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Writes a syntax tree as SQL, checking types on the way. Every literal value becomes a bind
 * parameter inside a CAST, so the database knows its type wherever it stands (H2 can't infer a
 * bare {@code ?} in a SELECT list or a CASE).
 */
final class SqlWriter {
  private final FieldResolver fields;
  private final CallWriter calls;

  SqlWriter(FieldResolver fields, LocalDateTime now) {
    this.fields = fields;
    this.calls = new CallWriter(this, now);
  }

  /** Returns the SQL and type of a node. */
  Operand write(Node node) {
    if (node instanceof Literal l) {
      return literal(l);
    }
    if (node instanceof FieldRef f) {
      return fields.resolve(f);
    }
    if (node instanceof Unary u) {
      return unary(u);
    }
    if (node instanceof Binary b) {
      return binary(b);
    }
    return calls.write((Call) node);
  }

  private static Operand literal(Literal l) {
    return switch (l.type()) {
      case NUMBER -> number((BigDecimal) l.value());
      case STRING -> new Operand(SqlFragment.of("CAST(? AS VARCHAR)", l.value()), ValueType.STRING);
      // TRUE and FALSE are words of the grammar, not values a user can vary: no parameter needed.
      case YESNO -> new Operand(SqlFragment.of((Boolean) l.value() ? "TRUE" : "FALSE"), ValueType.YESNO);
      default -> new Operand(SqlFragment.of("NULL"), ValueType.NULL);
    };
  }

  private static Operand number(BigDecimal value) {
    try {
      return new Operand(SqlFragment.of("CAST(? AS BIGINT)", value.longValueExact()), ValueType.NUMBER);
    } catch (ArithmeticException notALong) {
      return new Operand(SqlFragment.of("CAST(? AS DOUBLE PRECISION)", value), ValueType.NUMBER);
    }
  }

  private Operand unary(Unary u) {
    Operand operand = write(u.operand());
    if (u.operator() == UnaryOperator.NOT) {
      TypeRules.require(operand, u.operand(), ValueType.YESNO, "NOT");
      return new Operand(wrap("(NOT ", operand.sql(), ")"), ValueType.YESNO);
    }
    TypeRules.require(operand, u.operand(), ValueType.NUMBER, "Unary -");
    // The space keeps "- -x" from becoming a SQL comment.
    return new Operand(wrap("(- ", operand.sql(), ")"), ValueType.NUMBER);
  }

  private Operand binary(Binary b) {
    Operand left = write(b.left());
    Operand right = write(b.right());
    BinaryOperator op = b.operator();
    if (op == BinaryOperator.AND || op == BinaryOperator.OR) {
      TypeRules.require(left, b.left(), ValueType.YESNO, op.symbol());
      TypeRules.require(right, b.right(), ValueType.YESNO, op.symbol());
      return new Operand(infix(left, op.sql(), right), ValueType.YESNO);
    }
    if (op.isComparison()) {
      return comparison(b, left, right);
    }
    TypeRules.require(left, b.left(), ValueType.NUMBER, "Operator " + op.symbol());
    TypeRules.require(right, b.right(), ValueType.NUMBER, "Operator " + op.symbol());
    if (op == BinaryOperator.DIVIDE) {
      // Division is never integer division, and dividing by zero gives null rather than an error.
      return new Operand(new SqlBuilder().append("(CAST(").append(left.sql())
          .append(" AS DOUBLE PRECISION) / NULLIF(").append(right.sql()).append(", 0))").build(),
          ValueType.NUMBER);
    }
    return new Operand(infix(left, op.sql(), right), ValueType.NUMBER);
  }

  private Operand comparison(Binary b, Operand left, Operand right) {
    BinaryOperator op = b.operator();
    boolean equality = op == BinaryOperator.EQ || op == BinaryOperator.NE;
    if (left.type() == ValueType.NULL || right.type() == ValueType.NULL) {
      if (!equality) {
        throw new ExpressionException("Operator " + op.symbol() + " can't compare with null; use = or !=",
            b.position());
      }
      // "x = null" asks whether x is null, as Looker reads it, instead of SQL's always-unknown.
      Operand value = left.type() == ValueType.NULL ? right : left;
      return new Operand(wrap("(", value.sql(), op == BinaryOperator.EQ ? " IS NULL)" : " IS NOT NULL)"),
          ValueType.YESNO);
    }
    List<Operand> both = TypeRules.unify(List.of(left, right), "Operator " + op.symbol(), b.position());
    if (both.get(0).type() == ValueType.YESNO && !equality) {
      throw new ExpressionException("Operator " + op.symbol() + " can't order yes/no values; use = or !=",
          b.position());
    }
    return new Operand(infix(both.get(0), op.sql(), both.get(1)), ValueType.YESNO);
  }

  private static SqlFragment infix(Operand left, String op, Operand right) {
    return new SqlBuilder().append("(").append(left.sql()).append(" " + op + " ").append(right.sql())
        .append(")").build();
  }

  /** Returns {@code before + sql + after}, keeping the parameters. */
  static SqlFragment wrap(String before, SqlFragment sql, String after) {
    return new SqlBuilder().append(before).append(sql).append(after).build();
  }
}
