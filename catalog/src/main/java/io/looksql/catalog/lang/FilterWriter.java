package io.looksql.catalog.lang;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.DataContext;

/** Writes a {@link FieldFilter} as a Looker filter expression in its field's grammar. */
final class FilterWriter {
  private FilterWriter() {
  }

  static String write(FieldFilter f, DataContext root) {
    switch (f.family()) {
    case STRING:
      return string(f, root);
    case NUMBER:
      return number(f, root);
    case DATE:
    case YEAR:
      return DateTerms.write(f, root);
    case YESNO:
      return yesNo(f, root);
    default:
      throw new IllegalStateException("no filter grammar for " + f.field());
    }
  }

  private static String string(FieldFilter f, DataContext root) {
    List<String> terms = new ArrayList<>();
    for (FilterTerm t : f.positives()) {
      terms.add(stringTerm(t, root));
    }
    for (FilterTerm t : f.negatives()) {
      terms.add("-" + stringTerm(t, root));
    }
    return String.join(",", terms);
  }

  private static String stringTerm(FilterTerm t, DataContext root) {
    switch (t.op()) {
    case NULL:
      return "NULL";
    case LIKE:
      return FilterEscaper.like(String.valueOf(t.required(root)));
    default:
      return FilterEscaper.exact(String.valueOf(t.required(root)));
    }
  }

  private static String number(FieldFilter f, DataContext root) {
    List<String> terms = new ArrayList<>();
    List<String> range = new ArrayList<>();
    if (f.lower() != null) {
      range.add((f.lowerInclusive() ? ">=" : ">") + FilterEscaper.number(f.lower().required(root)));
    }
    if (f.upper() != null) {
      range.add((f.upperInclusive() ? "<=" : "<") + FilterEscaper.number(f.upper().required(root)));
    }
    if (!range.isEmpty()) {
      terms.add(String.join(" AND ", range));
    }
    for (FilterTerm t : f.positives()) {
      terms.add(t.op() == FilterTerm.Op.NULL ? "NULL" : FilterEscaper.number(t.required(root)));
    }
    for (FilterTerm t : f.negatives()) {
      terms.add(t.op() == FilterTerm.Op.NULL
          ? "NOT NULL" : "NOT " + FilterEscaper.number(t.required(root)));
    }
    return String.join(", ", terms);
  }

  private static String yesNo(FieldFilter f, DataContext root) {
    Object v = f.positives().get(0).required(root);
    return Boolean.TRUE.equals(v) ? "yes" : "no";
  }
}
