package io.looksql.jdbc;

import java.math.BigDecimal;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Answers the statement tools send to see whether a table has rows, {@code SELECT 1 FROM t
 * [WHERE …] LIMIT 1}: an explore table's rows can't be listed one by one (Looker groups them), but
 * whether one exists can be asked exactly, as {@code SELECT 1 FROM (SELECT COUNT(*) AS n FROM t
 * [WHERE …]) WHERE n > 0 LIMIT 1}. Only constants may be selected, from one table, without
 * GROUP BY, HAVING, ORDER BY or OFFSET, with a limit of one row.
 */
final class ExistenceProbe {
  private static final String COUNT = "looksql_rows";

  private ExistenceProbe() {
  }

  /** Rewrites the statement, in place, into a count when it is such a probe; returns it. */
  static SqlNode rewrite(SqlNode node) {
    if (!(node instanceof SqlOrderBy o) || !(o.query instanceof SqlSelect s)
        || o.offset != null || !o.orderList.isEmpty() || !isOne(o.fetch)
        || s.getGroup() != null || s.getHaving() != null || s.getFetch() != null
        || s.getOffset() != null || s.getOrderList() != null || !isTable(s.getFrom())
        || !s.getSelectList().stream().allMatch(ExistenceProbe::isConstant)) {
      return node;
    }
    SqlParserPos pos = s.getParserPosition();
    SqlNode count = SqlStdOperatorTable.AS.createCall(pos,
        SqlStdOperatorTable.COUNT.createCall(pos, SqlIdentifier.star(pos)),
        new SqlIdentifier(COUNT, pos));
    SqlSelect counted = new SqlSelect(pos, null, SqlNodeList.of(count), s.getFrom(),
        s.getWhere(), null, null, null, null, null, null, null, null);
    SqlNode from = SqlStdOperatorTable.AS.createCall(pos, counted,
        new SqlIdentifier("looksql_probe", pos));
    SqlNode some = SqlStdOperatorTable.GREATER_THAN.createCall(pos,
        new SqlIdentifier(COUNT, pos), SqlLiteral.createExactNumeric("0", pos));
    // Changed in place: Calcite finds the statement's type through the nodes it parsed.
    s.setFrom(from);
    s.setWhere(some);
    return node;
  }

  private static boolean isOne(SqlNode fetch) {
    return fetch instanceof SqlNumericLiteral n && n.bigDecimalValue() != null
        && n.bigDecimalValue().compareTo(BigDecimal.ONE) == 0;
  }

  private static boolean isTable(SqlNode from) {
    return from instanceof SqlIdentifier || from != null && from.getKind() == SqlKind.AS
        && ((SqlBasicCall) from).operand(0) instanceof SqlIdentifier;
  }

  private static boolean isConstant(SqlNode item) {
    SqlNode value = item.getKind() == SqlKind.AS ? ((SqlBasicCall) item).operand(0) : item;
    return value instanceof SqlLiteral;
  }
}
