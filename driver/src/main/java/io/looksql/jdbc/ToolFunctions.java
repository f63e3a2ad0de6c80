package io.looksql.jdbc;

import io.looksql.catalog.rel.QueryRefusedException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.avatica.util.TimeUnit;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlIntervalQualifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.fun.SqlLibraryOperators;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.util.SqlOperatorTables;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The functions BI tools emit for MySQL, PostgreSQL and BigQuery, beyond Calcite's standard
 * ones: {@link #OPERATORS} (added to the operator table) and {@link #rewrite} (calls rewritten
 * before validation into what Calcite computes exactly the same way).
 */
final class ToolFunctions {
  /** Library functions tools call, each with the semantics of the dialect named. */
  static final SqlOperatorTable OPERATORS = SqlOperatorTables.of(List.of(
      SqlLibraryOperators.IFNULL, SqlLibraryOperators.NVL, SqlLibraryOperators.IF,
      // MySQL's CONCAT: NULL when an argument is NULL, as the standard || is.
      SqlLibraryOperators.CONCAT_FUNCTION, SqlLibraryOperators.CONCAT_WS,
      SqlLibraryOperators.LEFT, SqlLibraryOperators.RIGHT,
      SqlLibraryOperators.GREATEST, SqlLibraryOperators.LEAST,
      SqlLibraryOperators.LENGTH, SqlLibraryOperators.STRPOS,
      SqlLibraryOperators.STARTS_WITH, SqlLibraryOperators.ENDS_WITH,
      SqlLibraryOperators.LPAD, SqlLibraryOperators.RPAD,
      SqlLibraryOperators.DAYNAME, SqlLibraryOperators.MONTHNAME,
      SqlLibraryOperators.FORMAT_DATE, SqlLibraryOperators.FORMAT_TIMESTAMP,
      SqlLibraryOperators.FORMAT_DATETIME));

  private ToolFunctions() {
  }

  /**
   * Returns a statement with {@code DATE_TRUNC} in its PostgreSQL ({@code DATE_TRUNC('month', d)})
   * and BigQuery ({@code DATE_TRUNC(d, MONTH)}) forms as {@code FLOOR(d TO MONTH)}, and Tableau's
   * {@code SUM(1)} as {@code NULLIF(COUNT(*), 0)} (its value over any rows, and NULL over none),
   * {@code a ILIKE b} as {@code LOWER(a) LIKE LOWER(b)}, and MySQL's {@code DATE_FORMAT} as
   * BigQuery's {@code FORMAT_DATETIME}.
   */
  static SqlNode rewrite(SqlNode node) {
    rewriteBelow(node);
    return replacement(node);
  }

  /** Rewrites the operands of a node, in place (Calcite's shuttles can't copy every node). */
  private static void rewriteBelow(SqlNode node) {
    if (node instanceof SqlSelect select) {
      // SqlSelect's operand indexes differ between getOperandList and setOperand.
      rewriteBelow(select.getSelectList());
      select.setFrom(rewritten(select.getFrom()));
      select.setWhere(rewritten(select.getWhere()));
      rewriteBelow(select.getGroup());
      select.setHaving(rewritten(select.getHaving()));
      rewriteBelow(select.getOrderList());
    } else if (node instanceof SqlNodeList list) {
      for (int i = 0; i < list.size(); i++) {
        SqlNode child = list.get(i);
        if (child != null) {
          list.set(i, rewritten(child));
        }
      }
    } else if (node instanceof SqlCall call) {
      List<SqlNode> operands = call.getOperandList();
      for (int i = 0; i < operands.size(); i++) {
        SqlNode child = operands.get(i);
        if (child != null) {
          SqlNode r = rewritten(child);
          if (r != child) {
            call.setOperand(i, r);
          }
        }
      }
    }
  }

  private static @Nullable SqlNode rewritten(@Nullable SqlNode node) {
    if (node == null) {
      return null;
    }
    rewriteBelow(node);
    return replacement(node);
  }

  private static SqlNode replacement(SqlNode node) {
    if (!(node instanceof SqlCall c)) {
      return node;
    }
    String name = c.getOperator().getName().toUpperCase(Locale.ROOT);
    SqlParserPos pos = c.getParserPosition();
    if (name.equals("DATE_TRUNC") && c.operandCount() == 2) {
      return dateTrunc(c);
    }
    if (name.equals("DATE_FORMAT") && c.operandCount() == 2) {
      return dateFormat(c);
    }
    if ((name.equals("ILIKE") || name.equals("NOT ILIKE")) && c.operandCount() == 2) {
      // LOWER on both sides: a case-insensitive LIKE that no push-down mistakes for LIKE.
      SqlNode value = c.operand(0);
      SqlNode pattern = c.operand(1);
      SqlNode like = SqlStdOperatorTable.LIKE.createCall(pos,
          SqlStdOperatorTable.LOWER.createCall(pos, value),
          SqlStdOperatorTable.LOWER.createCall(pos, pattern));
      return name.equals("ILIKE") ? like : SqlStdOperatorTable.NOT.createCall(pos, like);
    }
    // Not yet resolved (the validator resolves functions after this rewrite): known by name.
    if (name.equals("SUM") && c.operandCount() == 1
        && c.operand(0) instanceof SqlNumericLiteral one && one.isExact()
        && one.bigDecimalValue() != null && one.bigDecimalValue().compareTo(BigDecimal.ONE) == 0
        && c.getFunctionQuantifier() == null) {
      SqlCall count = SqlStdOperatorTable.COUNT.createCall(pos, SqlIdentifier.star(pos));
      return SqlStdOperatorTable.NULLIF.createCall(pos, count,
          SqlLiteral.createExactNumeric("0", pos));
    }
    return node;
  }

  private static SqlNode dateTrunc(SqlCall c) {
    SqlNode value;
    TimeUnit unit;
    SqlParserPos pos = c.getParserPosition();
    if (c.operand(1) instanceof SqlIntervalQualifier q) {
      value = c.operand(0);
      unit = q.timeUnitRange.startUnit;
    } else if (c.operand(0) instanceof SqlCharStringLiteral text) {
      value = c.operand(1);
      unit = unit(text.getValueAs(String.class), pos);
    } else {
      throw new QueryRefusedException("DATE_TRUNC at " + pos + " needs its unit as a literal: "
          + "DATE_TRUNC('month', d) or DATE_TRUNC(d, MONTH)");
    }
    switch (unit) {
    case YEAR, QUARTER, MONTH, DAY, HOUR, MINUTE, SECOND:
      break;
    default:
      throw new QueryRefusedException("DATE_TRUNC to " + unit + " at " + pos + " is not "
          + "supported (dialects start weeks on different days); use YEAR, QUARTER, MONTH, DAY, "
          + "HOUR, MINUTE or SECOND, or the explore's week dimension");
    }
    return SqlStdOperatorTable.FLOOR.createCall(pos, value,
        new SqlIntervalQualifier(unit, null, pos));
  }

  /**
   * Returns MySQL's {@code DATE_FORMAT(d, '%Y-%m')} as BigQuery's
   * {@code FORMAT_DATETIME('%Y-%m', CAST(d AS TIMESTAMP))}, its format translated element by
   * element; an element without an exact equivalent is refused.
   */
  private static SqlNode dateFormat(SqlCall c) {
    SqlParserPos pos = c.getParserPosition();
    if (!(c.operand(1) instanceof SqlCharStringLiteral text)) {
      throw new QueryRefusedException("DATE_FORMAT at " + pos + " needs its format as a literal");
    }
    String mysql = text.getValueAs(String.class);
    StringBuilder format = new StringBuilder();
    for (int i = 0; i < mysql.length(); i++) {
      char ch = mysql.charAt(i);
      if (ch != '%' || i + 1 == mysql.length()) {
        format.append(ch);
        continue;
      }
      char e = mysql.charAt(++i);
      String bq = switch (e) {
        case 'Y', 'y', 'm', 'd', 'e', 'H', 'I', 'p', 'b', 'a', 'j', '%' -> "%" + e;
        case 'h' -> "%I";
        case 'i' -> "%M";
        case 's', 'S' -> "%S";
        case 'M' -> "%B";
        case 'W' -> "%A";
        case 'T' -> "%H:%M:%S";
        default -> throw new QueryRefusedException("DATE_FORMAT at " + pos + ": %" + e
            + " is not supported; use %Y %y %m %d %e %H %h %I %i %s %p %M %b %W %a %j %T");
      };
      format.append(bq);
    }
    SqlNode value = c.operand(0);
    SqlNode timestamp = SqlStdOperatorTable.CAST.createCall(pos, value,
        new SqlDataTypeSpec(new SqlBasicTypeNameSpec(SqlTypeName.TIMESTAMP, pos), pos));
    return SqlLibraryOperators.FORMAT_DATETIME.createCall(pos,
        SqlLiteral.createCharString(format.toString(), pos), timestamp);
  }

  private static TimeUnit unit(String text, SqlParserPos pos) {
    try {
      return TimeUnit.valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new QueryRefusedException("DATE_TRUNC at " + pos + ": '" + text + "' is not a unit; "
          + "use 'year', 'quarter', 'month', 'day', 'hour', 'minute' or 'second'");
    }
  }
}
