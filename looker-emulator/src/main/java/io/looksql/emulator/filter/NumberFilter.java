package io.looksql.emulator.filter;

import io.looksql.emulator.filter.NumberNode.Term;
import io.looksql.emulator.sql.SqlFragment;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles number filters. Negations (NOT, &lt;&gt;, !=) let NULLs through, as Looker's generated
 * SQL does, except {@code NOT NULL} itself.
 */
final class NumberFilter {
  private NumberFilter() {
  }

  /** Returns the SQL condition for a non-blank number filter expression. */
  static SqlFragment compile(String expression, String column) {
    List<Term> terms = NumberParser.parse(expression);
    // Looker reads "NOT 66, 99, 4" as "not any of these": a lone leading NOT spreads to all.
    boolean spreadNot = terms.get(0).negated()
        && terms.stream().skip(1).noneMatch(Term::negated);
    List<SqlFragment> positives = new ArrayList<>();
    List<SqlFragment> negatives = new ArrayList<>();
    for (Term term : terms) {
      if (term.negated() || spreadNot) {
        negatives.add(negate(term.body(), column));
      } else {
        positives.add(sql(term.body(), column));
      }
    }
    return Conditions.combine(positives, negatives);
  }

  private static SqlFragment negate(NumberNode node, String c) {
    if (node instanceof NumberNode.IsNull) {
      return Conditions.leaf(c + " IS NOT NULL");
    }
    SqlFragment inner = sql(node, c);
    return new SqlFragment("(NOT " + inner.sql() + " OR " + c + " IS NULL)", inner.params());
  }

  private static SqlFragment sql(NumberNode node, String c) {
    if (node instanceof NumberNode.Compare compare) {
      if (compare.operator().equals("<>")) {
        return Conditions.leaf(c + " <> ? OR " + c + " IS NULL", compare.number());
      }
      return Conditions.leaf(c + " " + compare.operator() + " ?", compare.number());
    }
    if (node instanceof NumberNode.Range range) {
      return range(range, c);
    }
    if (node instanceof NumberNode.IsNull) {
      return Conditions.leaf(c + " IS NULL");
    }
    if (node instanceof NumberNode.And and) {
      return Conditions.and(and.parts().stream().map(p -> sql(p, c)).toList());
    }
    if (node instanceof NumberNode.Or or) {
      return Conditions.or(or.parts().stream().map(p -> sql(p, c)).toList());
    }
    throw new IllegalStateException("nested term " + node);
  }

  private static SqlFragment range(NumberNode.Range range, String c) {
    List<SqlFragment> bounds = new ArrayList<>();
    if (range.low() != null) {
      bounds.add(Conditions.leaf(c + (range.lowInclusive() ? " >= ?" : " > ?"), range.low()));
    }
    if (range.high() != null) {
      bounds.add(Conditions.leaf(c + (range.highInclusive() ? " <= ?" : " < ?"), range.high()));
    }
    if (bounds.isEmpty()) {
      return Conditions.leaf(c + " IS NOT NULL");
    }
    return Conditions.and(bounds);
  }
}
