package io.looksql.catalog.lang;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.calcite.DataContext;

/**
 * Writes a filter on a day-grained date or a year timeframe in Looker's date grammar. The date
 * grammar has no AND (its terms are ORed), so the filter is written as the set of days (years)
 * that all its conditions allow: whole periods ({@code 2024/01/31}, {@code 2020}), ranges
 * ({@code 2020/01/01 to 2023/01/01}: on or after, before), {@code before …}, {@code after …}
 * (on or after), and {@code null}. {@code year <> 2019} is {@code before 2019/01/01, after
 * 2020/01/01}; a contradiction is an empty range ({@code 2020/01/01 to 2020/01/01}).
 */
final class DateTerms {
  /** Years the date grammar can write (four digits). */
  private static final long MIN_YEAR = 1000;
  private static final long MAX_YEAR = 9999;

  /** A half-open interval of days or years; {@code Long.MIN_VALUE}/{@code MAX_VALUE}: open. */
  private record Interval(long from, long to) {
  }

  private DateTerms() {
  }

  /** Returns whether every literal of a year filter is a year the date grammar can write. */
  static boolean writableYears(FieldFilter f) {
    List<FilterTerm> terms = new ArrayList<>(f.positives());
    terms.addAll(f.negatives());
    if (f.lower() != null) {
      terms.add(f.lower());
    }
    if (f.upper() != null) {
      terms.add(f.upper());
    }
    for (FilterTerm t : terms) {
      if (t.paramIndex() < 0 && t.literal() != null) {
        BigDecimal v = decimal(t.literal());
        if (v.compareTo(BigDecimal.valueOf(MIN_YEAR)) < 0
            || v.compareTo(BigDecimal.valueOf(MAX_YEAR)) > 0) {
          return false;
        }
      }
    }
    return true;
  }

  /** Returns the filter in the date grammar, with parameters read from {@code root}. */
  static String write(FieldFilter f, DataContext root) {
    boolean years = f.family() == FilterFamily.YEAR;
    List<FilterTerm> all = new ArrayList<>(f.positives());
    all.addAll(f.negatives());
    for (FilterTerm t : all) {
      if (t.value(root) instanceof ExplainContext.Placeholder) {
        return symbolic(f, root);
      }
    }
    if (f.lower() != null && f.lower().value(root) instanceof ExplainContext.Placeholder
        || f.upper() != null && f.upper().value(root) instanceof ExplainContext.Placeholder) {
      return symbolic(f, root);
    }

    List<Interval> set = new ArrayList<>();
    boolean nulls;
    if (f.positives().isEmpty()) {
      set.add(new Interval(Long.MIN_VALUE, Long.MAX_VALUE));
      nulls = true;
    } else {
      nulls = false;
      for (FilterTerm t : f.positives()) {
        if (t.op() == FilterTerm.Op.NULL) {
          nulls = true;
        } else {
          Long v = exact(t.required(root), years);
          if (v != null) {
            set.add(new Interval(v, v + 1));
          }
        }
      }
    }
    for (FilterTerm t : f.negatives()) {
      if (t.op() == FilterTerm.Op.NULL) {
        nulls = false;
      } else {
        Long v = exact(t.required(root), years);
        if (v != null) {
          set = minus(set, v);
        }
      }
    }
    if (f.lower() != null) {
      nulls = false;
      long from = start(f.lower().required(root), years, !f.lowerInclusive());
      set = intersect(set, new Interval(from, Long.MAX_VALUE));
    }
    if (f.upper() != null) {
      nulls = false;
      long to = start(f.upper().required(root), years, f.upperInclusive());
      set = intersect(set, new Interval(Long.MIN_VALUE, to));
    }
    return terms(merge(set), nulls, years);
  }

  private static String terms(List<Interval> set, boolean nulls, boolean years) {
    List<String> out = new ArrayList<>();
    for (Interval i : set) {
      if (i.from == Long.MIN_VALUE && i.to == Long.MAX_VALUE) {
        return nulls ? "" : "not null";
      }
      if (i.from == Long.MIN_VALUE) {
        out.add("before " + point(i.to, years));
      } else if (i.to == Long.MAX_VALUE) {
        out.add("after " + point(i.from, years));
      } else if (i.to == i.from + 1) {
        out.add(years ? String.valueOf(checkYear(i.from)) : FilterEscaper.date((int) i.from));
      } else {
        out.add(point(i.from, years) + " to " + point(i.to, years));
      }
    }
    if (nulls) {
      out.add("null");
    }
    if (out.isEmpty()) {
      // Nothing is allowed: a range that ends where it starts.
      String p = point(years ? 2000 : LocalDate.of(2000, 1, 1).toEpochDay(), years);
      return p + " to " + p;
    }
    return String.join(", ", out);
  }

  /** Returns the first day of a day (days since epoch) or a year, as {@code yyyy/MM/dd}. */
  private static String point(long value, boolean years) {
    return years ? checkYear(value) + "/01/01" : FilterEscaper.date((int) value);
  }

  private static long checkYear(long year) {
    if (year < MIN_YEAR || year > MAX_YEAR + 1) {
      throw new IllegalArgumentException("Looker's date filters can't say year " + year);
    }
    return year;
  }

  /** Returns the day or year a value equals, or null if none (a year such as 2020.5). */
  private static Long exact(Object value, boolean years) {
    if (!years) {
      return days(value);
    }
    BigDecimal d = decimal(value);
    return d.stripTrailingZeros().scale() <= 0 ? d.longValueExact() : null;
  }

  /**
   * Returns the first day (year) after a bound: for a lower bound, the first one allowed; for an
   * upper bound, the first one not allowed. {@code after} says the bound itself is on the other
   * side ({@code > v} and {@code <= v}).
   */
  private static long start(Object value, boolean years, boolean after) {
    if (!years) {
      return days(value) + (after ? 1 : 0);
    }
    BigDecimal d = decimal(value);
    return after ? d.setScale(0, RoundingMode.FLOOR).longValueExact() + 1
        : d.setScale(0, RoundingMode.CEILING).longValueExact();
  }

  private static long days(Object value) {
    if (value instanceof Integer || value instanceof Long || value instanceof BigDecimal) {
      // Days since the epoch: Calcite's DATE, as a literal (Integer) or a bound ? (BigDecimal).
      return ((Number) value).longValue();
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate().toEpochDay();
    }
    if (value instanceof LocalDate d) {
      return d.toEpochDay();
    }
    return LocalDate.parse(value.toString()).toEpochDay();
  }

  private static BigDecimal decimal(Object value) {
    return value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
  }

  private static List<Interval> minus(List<Interval> set, long v) {
    List<Interval> out = new ArrayList<>();
    for (Interval i : set) {
      if (v < i.from || v >= i.to) {
        out.add(i);
        continue;
      }
      if (i.from < v) {
        out.add(new Interval(i.from, v));
      }
      if (v + 1 < i.to) {
        out.add(new Interval(v + 1, i.to));
      }
    }
    return out;
  }

  private static List<Interval> intersect(List<Interval> set, Interval with) {
    List<Interval> out = new ArrayList<>();
    for (Interval i : set) {
      long from = Math.max(i.from, with.from);
      long to = Math.min(i.to, with.to);
      if (from < to) {
        out.add(new Interval(from, to));
      }
    }
    return out;
  }

  private static List<Interval> merge(List<Interval> set) {
    List<Interval> sorted = new ArrayList<>(set);
    sorted.sort(Comparator.comparingLong(Interval::from));
    List<Interval> out = new ArrayList<>();
    for (Interval i : sorted) {
      Interval last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && i.from <= last.to) {
        out.set(out.size() - 1, new Interval(last.from, Math.max(last.to, i.to)));
      } else {
        out.add(i);
      }
    }
    return out;
  }

  /** Returns the filter with parameters unknown (EXPLAIN): each condition, ANDed. */
  private static String symbolic(FieldFilter f, DataContext root) {
    List<String> parts = new ArrayList<>();
    List<String> any = new ArrayList<>();
    for (FilterTerm t : f.positives()) {
      any.add(t.op() == FilterTerm.Op.NULL ? "null" : String.valueOf(t.value(root)));
    }
    if (!any.isEmpty()) {
      parts.add(String.join(", ", any));
    }
    for (FilterTerm t : f.negatives()) {
      parts.add(t.op() == FilterTerm.Op.NULL ? "not null" : "not " + t.value(root));
    }
    if (f.lower() != null) {
      parts.add((f.lowerInclusive() ? "after " : "after the day after ") + f.lower().value(root));
    }
    if (f.upper() != null) {
      parts.add((f.upperInclusive() ? "before the day after " : "before ")
          + f.upper().value(root));
    }
    return String.join(" and ", parts);
  }
}
