package io.looksql.emulator.expression;

import io.looksql.emulator.sql.SqlBuilder;
import io.looksql.emulator.sql.SqlFragment;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The typing rules operators and functions share: checking an operand, and unifying several. */
final class TypeRules {
  private TypeRules() {
  }

  /**
   * Returns the operand if it has the expected type (or is {@code null}), else fails naming
   * {@code what} needs it, at the position of {@code node}.
   */
  static Operand require(Operand operand, Node node, ValueType expected, String what) {
    if (operand.type() != expected && operand.type() != ValueType.NULL) {
      throw new ExpressionException(what + " needs " + article(expected) + ", not "
          + article(operand.type()), node.position());
    }
    return operand;
  }

  /**
   * Returns the operands converted to one type: all the same type, or dates mixed with date_times
   * (the dates become midnight). {@code null} operands take any type.
   *
   * @param what who needs them to agree, for the error message
   * @param position where to report a disagreement
   */
  static List<Operand> unify(List<Operand> operands, String what, int position) {
    Set<ValueType> types = new LinkedHashSet<>();
    for (Operand o : operands) {
      if (o.type() != ValueType.NULL) {
        types.add(o.type());
      }
    }
    if (types.size() <= 1) {
      return operands;
    }
    if (!types.equals(Set.of(ValueType.DATE, ValueType.DATE_TIME))) {
      List<String> labels = types.stream().map(TypeRules::article).toList();
      throw new ExpressionException(what + " needs values of one type, not "
          + String.join(" and ", labels), position);
    }
    List<Operand> out = new ArrayList<>();
    for (Operand o : operands) {
      out.add(o.type() == ValueType.DATE ? asTimestamp(o) : o);
    }
    return out;
  }

  /** Returns the common type of unified operands ({@code null} if they are all null). */
  static ValueType typeOf(List<Operand> unified) {
    for (Operand o : unified) {
      if (o.type() != ValueType.NULL) {
        return o.type();
      }
    }
    return ValueType.NULL;
  }

  private static Operand asTimestamp(Operand date) {
    SqlFragment sql = new SqlBuilder().append("CAST(").append(date.sql()).append(" AS TIMESTAMP)").build();
    return new Operand(sql, ValueType.DATE_TIME);
  }

  /** Returns the type with an article for messages: {@code a number}, {@code null}. */
  static String article(ValueType type) {
    return switch (type) {
      case NULL -> "null";
      case YESNO -> "a yes/no";
      default -> "a " + type.label();
    };
  }
}
