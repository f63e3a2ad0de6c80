package io.looksql.emulator.expression;

import io.looksql.emulator.sql.SqlBuilder;
import io.looksql.emulator.sql.SqlFragment;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Writes function calls as SQL. */
final class CallWriter {
  private final SqlWriter writer;
  private final LocalDateTime now;

  CallWriter(SqlWriter writer, LocalDateTime now) {
    this.writer = writer;
    this.now = now;
  }

  /** Returns the SQL and type of a call. */
  Operand write(Call call) {
    List<Node> args = call.arguments();
    String name = "Function " + call.function().functionName();
    switch (call.function()) {
    case IS_NULL:
      return new Operand(SqlWriter.wrap("(", writer.write(args.get(0)).sql(), " IS NULL)"), ValueType.YESNO);
    case CONTAINS:
      return like(call, true, true);
    case STARTS_WITH:
      return like(call, false, true);
    case ENDS_WITH:
      return like(call, true, false);
    case IF:
      Operand condition = TypeRules.require(writer.write(args.get(0)), args.get(0), ValueType.YESNO,
          name + " (argument 1)");
      List<Operand> branches = TypeRules.unify(
          List.of(writer.write(args.get(1)), writer.write(args.get(2))), name, call.position());
      return new Operand(new SqlBuilder().append("(CASE WHEN ").append(condition.sql())
          .append(" THEN ").append(branches.get(0).sql()).append(" ELSE ").append(branches.get(1).sql())
          .append(" END)").build(), TypeRules.typeOf(branches));
    case COALESCE:
      List<Operand> values = new ArrayList<>();
      for (Node arg : args) {
        values.add(writer.write(arg));
      }
      values = TypeRules.unify(values, name, call.position());
      return new Operand(new SqlBuilder().append("COALESCE(")
          .join(", ", values.stream().map(Operand::sql).toList()).append(")").build(),
          TypeRules.typeOf(values));
    case DATE:
      return date(call);
    case DATE_TIME:
      return dateTime(call);
    case NOW:
      return new Operand(SqlFragment.of("CAST(? AS TIMESTAMP)", now.truncatedTo(ChronoUnit.SECONDS)),
          ValueType.DATE_TIME);
    default:
      throw new IllegalStateException("unhandled function " + call.function());
    }
  }

  /** Writes contains/starts_with/ends_with as a LIKE whose needle matches literally. */
  private Operand like(Call call, boolean anyBefore, boolean anyAfter) {
    String name = "Function " + call.function().functionName();
    Node haystackNode = call.arguments().get(0);
    Node needleNode = call.arguments().get(1);
    Operand haystack = TypeRules.require(writer.write(haystackNode), haystackNode, ValueType.STRING,
        name + " (argument 1)");
    SqlFragment pattern;
    if (needleNode instanceof Literal l && l.type() == ValueType.STRING) {
      String value = LikePatterns.escape((String) l.value());
      pattern = SqlFragment.of("?", (anyBefore ? "%" : "") + value + (anyAfter ? "%" : ""));
    } else {
      Operand needle = TypeRules.require(writer.write(needleNode), needleNode, ValueType.STRING,
          name + " (argument 2)");
      pattern = LikePatterns.escapeSql(needle.sql(), anyBefore, anyAfter);
    }
    return new Operand(new SqlBuilder().append("(").append(haystack.sql()).append(" LIKE ")
        .append(pattern).append(LikePatterns.ESCAPE + ")").build(), ValueType.YESNO);
  }

  private Operand date(Call call) {
    int[] parts = wholeNumbers(call);
    try {
      return new Operand(SqlFragment.of("CAST(? AS DATE)", LocalDate.of(parts[0], parts[1], parts[2])),
          ValueType.DATE);
    } catch (DateTimeException e) {
      throw new ExpressionException("Invalid date: " + e.getMessage(), call.position());
    }
  }

  private Operand dateTime(Call call) {
    int[] p = wholeNumbers(call);
    try {
      return new Operand(SqlFragment.of("CAST(? AS TIMESTAMP)",
          LocalDateTime.of(p[0], p[1], p[2], p[3], p[4], p[5])), ValueType.DATE_TIME);
    } catch (DateTimeException e) {
      throw new ExpressionException("Invalid date_time: " + e.getMessage(), call.position());
    }
  }

  /** Returns the arguments of date() or date_time(), which must be whole-number literals. */
  private static int[] wholeNumbers(Call call) {
    int[] out = new int[call.arguments().size()];
    for (int i = 0; i < out.length; i++) {
      Node arg = call.arguments().get(i);
      try {
        if (!(arg instanceof Literal l) || l.type() != ValueType.NUMBER) {
          throw new ArithmeticException();
        }
        out[i] = ((BigDecimal) l.value()).intValueExact();
      } catch (ArithmeticException e) {
        throw new ExpressionException("Function " + call.function().functionName()
            + " needs whole-number literals as arguments", arg.position());
      }
    }
    return out;
  }
}
