package io.looksql.catalog.lang;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.apache.calcite.plan.RelOptPredicateList;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexSimplify;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.util.NlsString;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Translates SQL predicates into Looker filters, one {@link FieldFilter} per field. A conjunct
 * that no filter grammar can say is returned as a residual for Calcite to evaluate (or for the
 * measure guard to refuse).
 */
public final class LookerFilterTranslator {
  /** Column of the leaf a predicate may filter on: its field and grammar, or null if none. */
  public interface Columns extends IntFunction<@Nullable FieldFilter> {
  }

  /** Result: the merged filters and the conjuncts left over. */
  public record Result(Map<String, FieldFilter> filters, List<RexNode> residual) {
  }

  private final RexBuilder rexBuilder;
  private final Columns columns;

  public LookerFilterTranslator(RexBuilder rexBuilder, Columns columns) {
    this.rexBuilder = rexBuilder;
    this.columns = columns;
  }

  /** Returns {@code existing} AND the translatable conjuncts of {@code condition}. */
  public Result translate(RexNode condition, Map<String, FieldFilter> existing) {
    Map<String, FieldFilter> filters = new LinkedHashMap<>(existing);
    List<RexNode> residual = new ArrayList<>();
    for (RexNode conjunct : RelOptUtil.conjunctions(condition)) {
      FieldFilter f = conjunct(RexUtil.expandSearch(rexBuilder, null, conjunct));
      FieldFilter merged = f == null ? null
          : filters.containsKey(f.field()) ? filters.get(f.field()).and(f) : f;
      if (merged == null || !merged.expressible()) {
        residual.add(conjunct);
      } else {
        filters.put(merged.field(), merged);
      }
    }
    return new Result(filters, residual);
  }

  private @Nullable FieldFilter conjunct(RexNode node) {
    switch (node.getKind()) {
    case AND: {
      FieldFilter acc = null;
      for (RexNode operand : ((RexCall) node).getOperands()) {
        FieldFilter f = conjunct(operand);
        if (f == null || acc != null && !acc.field().equals(f.field())) {
          return null;
        }
        acc = acc == null ? f : acc.and(f);
        if (acc == null) {
          return null;
        }
      }
      return acc;
    }
    case OR:
      return disjunction((RexCall) node);
    default:
      return atom(node);
    }
  }

  /** An OR of positive terms on one field becomes one OR-group. */
  private @Nullable FieldFilter disjunction(RexCall or) {
    FieldFilter acc = null;
    List<FilterTerm> terms = new ArrayList<>();
    for (RexNode operand : or.getOperands()) {
      FieldFilter f = atom(operand);
      if (f == null || !f.negatives().isEmpty() || f.lower() != null || f.upper() != null
          || acc != null && !acc.field().equals(f.field())) {
        return null;
      }
      acc = f;
      terms.addAll(f.positives());
    }
    return acc == null ? null : new FieldFilter(acc.field(), acc.family(), terms, List.of(),
        null, false, null, false);
  }

  private @Nullable FieldFilter atom(RexNode node) {
    switch (node.getKind()) {
    case IS_NULL:
    case IS_NOT_NULL: {
      FieldFilter base = column(((RexCall) node).getOperands().get(0));
      if (base == null || base.family() == FilterFamily.YESNO) {
        return null;
      }
      List<FilterTerm> t = List.of(FilterTerm.isNull());
      return node.getKind() == SqlKind.IS_NULL
          ? with(base, t, List.of()) : with(base, List.of(), t);
    }
    case INPUT_REF:
      return yesNo(node, true);
    case NOT: {
      RexNode operand = ((RexCall) node).getOperands().get(0);
      if (operand.getKind() == SqlKind.LIKE) {
        FieldFilter like = atom(operand);
        // SQL's NOT LIKE drops NULLs; Looker's negated terms let them through.
        return like == null ? null : with(like, List.of(),
            List.of(like.positives().get(0), FilterTerm.isNull()));
      }
      return yesNo(operand, false);
    }
    case IS_TRUE:
      return yesNo(((RexCall) node).getOperands().get(0), true);
    case IS_FALSE:
      return yesNo(((RexCall) node).getOperands().get(0), false);
    case LIKE:
      return like((RexCall) node);
    case EQUALS: case NOT_EQUALS: case LESS_THAN: case LESS_THAN_OR_EQUAL:
    case GREATER_THAN: case GREATER_THAN_OR_EQUAL:
      return comparison((RexCall) node);
    default:
      return null;
    }
  }

  private @Nullable FieldFilter like(RexCall like) {
    if (like.getOperands().size() != 2) {
      return null; // an ESCAPE clause: rare enough to leave to Calcite
    }
    FieldFilter base = column(like.getOperands().get(0));
    FilterTerm value = value(like.getOperands().get(1), FilterTerm.Op.LIKE);
    if (base == null || value == null || base.family() != FilterFamily.STRING) {
      return null;
    }
    return with(base, List.of(value), List.of());
  }

  private @Nullable FieldFilter yesNo(RexNode operand, boolean value) {
    FieldFilter base = column(operand);
    if (base == null || base.family() != FilterFamily.YESNO) {
      return null;
    }
    return with(base, List.of(new FilterTerm(FilterTerm.Op.EQUALS, value, -1)), List.of());
  }

  private @Nullable FieldFilter comparison(RexCall call) {
    SqlKind kind = call.getKind();
    RexNode left = call.getOperands().get(0);
    RexNode right = call.getOperands().get(1);
    if (column(left) == null) {
      kind = kind.reverse();
      RexNode t = left;
      left = right;
      right = t;
    }
    FieldFilter base = column(left);
    FilterTerm value = value(right, FilterTerm.Op.EQUALS);
    if (base == null || value == null) {
      return null;
    }
    FilterFamily family = base.family();
    switch (kind) {
    case EQUALS:
      return family == FilterFamily.YESNO && value.paramIndex() >= 0 ? null
          : with(base, List.of(value), List.of());
    case NOT_EQUALS:
      if (family == FilterFamily.YESNO) {
        return null;
      }
      // SQL's <> drops NULLs; Looker's negated terms let them through.
      return with(base, List.of(), List.of(value, FilterTerm.isNull()));
    default:
      if (family != FilterFamily.NUMBER && family != FilterFamily.DATE
          && family != FilterFamily.YEAR) {
        return null;
      }
      boolean inclusive = kind == SqlKind.LESS_THAN_OR_EQUAL
          || kind == SqlKind.GREATER_THAN_OR_EQUAL;
      boolean isLower = kind == SqlKind.GREATER_THAN || kind == SqlKind.GREATER_THAN_OR_EQUAL;
      return new FieldFilter(base.field(), family, List.of(), List.of(),
          isLower ? value : null, isLower && inclusive, isLower ? null : value,
          !isLower && inclusive);
    }
  }

  private static FieldFilter with(FieldFilter base, List<FilterTerm> positives,
      List<FilterTerm> negatives) {
    return new FieldFilter(base.field(), base.family(), positives, negatives, null, false,
        null, false);
  }

  private @Nullable FieldFilter column(RexNode node) {
    RexNode n = node;
    if (n.getKind() == SqlKind.CAST) {
      return null; // a cast may change equality (e.g. numbers compared as strings)
    }
    return n instanceof RexInputRef ref ? columns.apply(ref.getIndex()) : null;
  }

  private @Nullable FilterTerm value(RexNode node, FilterTerm.Op op) {
    if (node instanceof RexDynamicParam p) {
      return new FilterTerm(op, null, p.getIndex());
    }
    if (node.getKind() == SqlKind.CAST) {
      RexNode operand = ((RexCall) node).getOperands().get(0);
      if (operand instanceof RexDynamicParam p) {
        return new FilterTerm(op, null, p.getIndex());
      }
    }
    if (node.getKind() == SqlKind.CAST && RexUtil.isConstant(node)) {
      // A literal cast to the column's type (e.g. 25.32 to DOUBLE): its value after the cast.
      try {
        node = new RexSimplify(rexBuilder, RelOptPredicateList.EMPTY, RexUtil.EXECUTOR)
            .simplify(node);
      } catch (RuntimeException e) {
        return null; // a cast that fails (CAST('x' AS INTEGER)) is Calcite's to report
      }
    }
    if (!(node instanceof RexLiteral lit) || lit.isNull()) {
      return null;
    }
    Object v = lit.getValue();
    if (v instanceof NlsString s) {
      return new FilterTerm(op, s.getValue(), -1);
    }
    if (v instanceof BigDecimal || v instanceof Boolean) {
      return new FilterTerm(op, v, -1);
    }
    if (v instanceof Double || v instanceof Float) {
      // DOUBLE literals hold a Double (Calcite 1.38 and later); the shortest decimal that reads
      // back as the same double is the number the SQL wrote.
      double d = ((Number) v).doubleValue();
      return Double.isFinite(d) ? new FilterTerm(op, new BigDecimal(Double.toString(d)), -1)
          : null;
    }
    Integer days = lit.getValueAs(Integer.class);
    return switch (lit.getTypeName()) {
      case DATE -> new FilterTerm(op, days, -1);
      default -> null;
    };
  }
}
