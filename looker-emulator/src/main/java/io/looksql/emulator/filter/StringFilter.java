package io.looksql.emulator.filter;

import io.looksql.emulator.sql.SqlFragment;
import java.util.ArrayList;
import java.util.List;

/** Compiles string filters; negated value tests let NULLs through, as Looker does. */
final class StringFilter {
  private StringFilter() {
  }

  /** Returns the SQL condition for a non-blank string filter expression. */
  static SqlFragment compile(String expression, String column) {
    List<SqlFragment> positives = new ArrayList<>();
    List<SqlFragment> negatives = new ArrayList<>();
    for (StringTerm term : StringTermParser.parse(expression)) {
      (term.negated() ? negatives : positives).add(condition(term, column));
    }
    return Conditions.combine(positives, negatives);
  }

  private static SqlFragment condition(StringTerm term, String c) {
    boolean not = term.negated();
    return switch (term.kind()) {
      case NULL -> Conditions.leaf(c + (not ? " IS NOT NULL" : " IS NULL"));
      case EMPTY -> Conditions.leaf(not
          ? c + " IS NOT NULL AND " + c + " <> ''"
          : c + " IS NULL OR " + c + " = ''");
      case EQUALS -> Conditions.leaf(not ? c + " <> ? OR " + c + " IS NULL" : c + " = ?",
          term.value());
      case LIKE -> Conditions.leaf(not
          ? c + " NOT LIKE ? ESCAPE '!' OR " + c + " IS NULL"
          : c + " LIKE ? ESCAPE '!'", term.value());
    };
  }
}
