package io.looksql.catalog.lang;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.NlsString;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Translates a SQL expression into Looker's expression language (as used by
 * {@code filter_expression} and custom dimensions), or returns null when the language can't say
 * exactly the same thing. Covered: column references, literals and {@code ?} parameters,
 * comparisons, AND/OR/NOT, IS [NOT] NULL, IS [NOT] TRUE/FALSE, {@code + - *}, {@code /} on
 * floating-point numbers, LIKE patterns with {@code %} only at the ends (contains, starts_with,
 * ends_with), CASE (if) and COALESCE, and widening casts.
 */
public final class ExpressionTranslator {
  private final RexBuilder rexBuilder;
  private final IntFunction<@Nullable String> fields;

  /**
   * Creates an ExpressionTranslator.
   *
   * @param fields the Looker field of each input column an expression may use, or null
   */
  public ExpressionTranslator(RexBuilder rexBuilder, IntFunction<@Nullable String> fields) {
    this.rexBuilder = rexBuilder;
    this.fields = fields;
  }

  /** Returns the expression in Looker's language, or null. */
  public @Nullable ExpressionTemplate translate(RexNode node) {
    return expr(RexUtil.expandSearch(rexBuilder, null, node), false);
  }

  private @Nullable ExpressionTemplate expr(RexNode node, boolean nullAllowed) {
    if (node instanceof RexInputRef ref) {
      String field = fields.apply(ref.getIndex());
      return field == null ? null : ExpressionTemplate.of("${" + field + "}");
    }
    if (node instanceof RexLiteral lit) {
      return literal(lit, nullAllowed);
    }
    if (node instanceof RexDynamicParam p) {
      SqlTypeName t = p.getType().getSqlTypeName();
      return supported(p.getType())
          ? new ExpressionTemplate(List.of(new ExpressionTemplate.Param(p.getIndex(), t))) : null;
    }
    if (!(node instanceof RexCall call)) {
      return null;
    }
    List<RexNode> ops = call.getOperands();
    switch (call.getKind()) {
    case EQUALS: return comparison(call, "=");
    case NOT_EQUALS: return comparison(call, "!=");
    case LESS_THAN: return comparison(call, "<");
    case LESS_THAN_OR_EQUAL: return comparison(call, "<=");
    case GREATER_THAN: return comparison(call, ">");
    case GREATER_THAN_OR_EQUAL: return comparison(call, ">=");
    case AND: return infix(ops, " AND ");
    case OR: return infix(ops, " OR ");
    case NOT: return wrap("(NOT ", expr(ops.get(0), false), ")");
    case IS_NULL: return wrap("is_null(", expr(ops.get(0), false), ")");
    case IS_NOT_NULL: return wrap("(NOT is_null(", expr(ops.get(0), false), "))");
    case IS_TRUE: return wrap("coalesce(", expr(ops.get(0), false), ", no)");
    case IS_NOT_TRUE: return wrap("(NOT coalesce(", expr(ops.get(0), false), ", no))");
    case IS_FALSE: return wrap("coalesce((NOT ", expr(ops.get(0), false), "), no)");
    case IS_NOT_FALSE: return wrap("coalesce(", expr(ops.get(0), false), ", yes)");
    case PLUS: return arithmetic(call, " + ");
    case MINUS: return arithmetic(call, " - ");
    case TIMES: return arithmetic(call, " * ");
    case DIVIDE:
      // Looker divides as floating point (and gives null for 0); SQL only does so for these types.
      return SqlTypeName.APPROX_TYPES.contains(call.getType().getSqlTypeName())
          ? arithmetic(call, " / ") : null;
    case MINUS_PREFIX: return numeric(call) ? wrap("(- ", expr(ops.get(0), false), ")") : null;
    case PLUS_PREFIX: return numeric(call) ? expr(ops.get(0), false) : null;
    case LIKE: return like(call);
    case CASE: return caseWhen(ops, 0);
    case COALESCE: return function("coalesce(", ops, true);
    case CAST: return widening(ops.get(0).getType(), call.getType()) ? expr(ops.get(0), nullAllowed) : null;
    default: return null;
    }
  }

  private @Nullable ExpressionTemplate literal(RexLiteral lit, boolean nullAllowed) {
    if (lit.isNull()) {
      // Only where null is a value; in a comparison Looker reads "= null" as IS NULL.
      return nullAllowed ? ExpressionTemplate.of("null") : null;
    }
    SqlTypeName t = lit.getTypeName();
    if (!supported(lit.getType())) {
      return null;
    }
    Object v = switch (t) {
      case CHAR, VARCHAR -> lit.getValueAs(NlsString.class).getValue();
      case DATE -> lit.getValueAs(Integer.class);
      case TIMESTAMP -> lit.getValueAs(Long.class);
      case BOOLEAN -> lit.getValueAs(Boolean.class);
      default -> lit.getValueAs(BigDecimal.class);
    };
    try {
      return ExpressionTemplate.of(ExpressionTemplate.literal(v, t == SqlTypeName.CHAR
          ? SqlTypeName.VARCHAR : t));
    } catch (IllegalArgumentException e) {
      return null; // e.g. a timestamp with milliseconds
    }
  }

  private static boolean supported(RelDataType type) {
    SqlTypeName t = type.getSqlTypeName();
    return SqlTypeName.CHAR_TYPES.contains(t) || SqlTypeName.NUMERIC_TYPES.contains(t)
        || t == SqlTypeName.BOOLEAN || t == SqlTypeName.DATE || t == SqlTypeName.TIMESTAMP;
  }

  private @Nullable ExpressionTemplate comparison(RexCall call, String op) {
    RelDataType left = call.getOperands().get(0).getType();
    if (left.getSqlTypeName() == SqlTypeName.BOOLEAN && !op.equals("=") && !op.equals("!=")) {
      return null; // Looker can't order yes/no values
    }
    return infix(call.getOperands(), " " + op + " ");
  }

  private @Nullable ExpressionTemplate arithmetic(RexCall call, String op) {
    return numeric(call) ? infix(call.getOperands(), op) : null;
  }

  private static boolean numeric(RexCall call) {
    if (!SqlTypeName.NUMERIC_TYPES.contains(call.getType().getSqlTypeName())) {
      return false;
    }
    for (RexNode o : call.getOperands()) {
      if (!SqlTypeName.NUMERIC_TYPES.contains(o.getType().getSqlTypeName())) {
        return false;
      }
    }
    return true;
  }

  private @Nullable ExpressionTemplate infix(List<RexNode> operands, String op) {
    List<Object> pieces = new ArrayList<>();
    pieces.add("(");
    for (int i = 0; i < operands.size(); i++) {
      ExpressionTemplate t = expr(operands.get(i), false);
      if (t == null) {
        return null;
      }
      if (i > 0) {
        pieces.add(op);
      }
      pieces.add(t);
    }
    pieces.add(")");
    return ExpressionTemplate.concat(pieces.toArray());
  }

  private @Nullable ExpressionTemplate function(String open, List<RexNode> operands,
      boolean nullAllowed) {
    List<Object> pieces = new ArrayList<>();
    pieces.add(open);
    for (int i = 0; i < operands.size(); i++) {
      ExpressionTemplate t = expr(operands.get(i), nullAllowed);
      if (t == null) {
        return null;
      }
      pieces.add(i > 0 ? ", " : "");
      pieces.add(t);
    }
    pieces.add(")");
    return ExpressionTemplate.concat(pieces.toArray());
  }

  /** CASE WHEN c1 THEN v1 … ELSE e END as nested if(c, v, …). */
  private @Nullable ExpressionTemplate caseWhen(List<RexNode> ops, int from) {
    if (from == ops.size() - 1) {
      return expr(ops.get(from), true);
    }
    ExpressionTemplate condition = expr(ops.get(from), false);
    ExpressionTemplate value = expr(ops.get(from + 1), true);
    ExpressionTemplate rest = caseWhen(ops, from + 2);
    return condition == null || value == null || rest == null ? null
        : ExpressionTemplate.concat("if(", condition, ", ", value, ", ", rest, ")");
  }

  /** LIKE whose pattern has no {@code _} and {@code %} only at its ends. */
  private @Nullable ExpressionTemplate like(RexCall call) {
    if (call.getOperands().size() != 2
        || !(call.getOperands().get(1) instanceof RexLiteral lit) || lit.isNull()) {
      return null;
    }
    String pattern = lit.getValueAs(NlsString.class).getValue();
    boolean before = pattern.startsWith("%");
    String core = pattern.substring(before ? 1 : 0);
    boolean after = core.endsWith("%");
    core = core.substring(0, core.length() - (after ? 1 : 0));
    if (core.contains("%") || core.contains("_")) {
      return null;
    }
    ExpressionTemplate subject = expr(call.getOperands().get(0), false);
    if (subject == null) {
      return null;
    }
    String needle = ExpressionTemplate.string(core);
    if (core.isEmpty()) {
      return before || after ? wrap("(NOT is_null(", subject, "))")
          : ExpressionTemplate.concat("(", subject, " = \"\")");
    }
    String fn = before && after ? "contains(" : before ? "ends_with(" : after ? "starts_with("
        : null;
    return fn == null ? ExpressionTemplate.concat("(", subject, " = ", needle, ")")
        : ExpressionTemplate.concat(fn, subject, ", ", needle, ")");
  }

  /** Returns whether a cast keeps every value (and so can be left out). */
  private static boolean widening(RelDataType from, RelDataType to) {
    SqlTypeName f = from.getSqlTypeName();
    SqlTypeName t = to.getSqlTypeName();
    if (SqlTypeName.CHAR_TYPES.contains(f) && SqlTypeName.CHAR_TYPES.contains(t)) {
      return t == SqlTypeName.VARCHAR && (to.getPrecision() < 0
          || from.getPrecision() >= 0 && from.getPrecision() <= to.getPrecision());
    }
    if (f == SqlTypeName.DATE && t == SqlTypeName.TIMESTAMP) {
      return true;
    }
    if (!SqlTypeName.NUMERIC_TYPES.contains(f) || !SqlTypeName.NUMERIC_TYPES.contains(t)) {
      return f == t;
    }
    if (SqlTypeName.APPROX_TYPES.contains(t)) {
      return true;
    }
    boolean integer = SqlTypeName.INT_TYPES.contains(f);
    if (SqlTypeName.INT_TYPES.contains(t)) {
      return integer && from.getSqlTypeName().ordinal() <= to.getSqlTypeName().ordinal();
    }
    // DECIMAL: exact if the source's digits fit.
    return t == SqlTypeName.DECIMAL && (integer || f == SqlTypeName.DECIMAL
        && from.getScale() <= to.getScale()
        && from.getPrecision() - from.getScale() <= to.getPrecision() - to.getScale());
  }

  private static @Nullable ExpressionTemplate wrap(String open, @Nullable ExpressionTemplate t,
      String close) {
    return t == null ? null : ExpressionTemplate.concat(open, t, close);
  }
}
