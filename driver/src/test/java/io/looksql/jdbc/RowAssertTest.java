package io.looksql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The row comparison sees duplicate rows, which a comparison of sets does not: a statement whose
 * SQL asks for distinct rows fails when the answer repeats one, and passes on the right answer.
 */
class RowAssertTest {
  private static final String DRIVER_SQL = "select `products.department` from ecommerce.products";

  @Test void anAnswerWithDuplicateRowsFails() throws SQLException {
    List<String> distinct = SharedLooker.plainRows("select distinct department from products");
    // The explore's underlying rows: every department once per product, a wrong answer here.
    List<String> repeated = SharedLooker.plainRows("select department from products");
    assertTrue(repeated.size() > distinct.size(), "the sample repeats departments");
    assertEquals(new TreeSet<>(distinct), new TreeSet<>(repeated),
        "as sets, the wrong answer looks right: the bug class a set comparison hides");
    assertThrows(AssertionFailedError.class,
        () -> RowAssert.assertSameRows(DRIVER_SQL, distinct, repeated));
  }

  @Test void theDriversDistinctAnswerPasses() throws SQLException {
    List<String> distinct = SharedLooker.plainRows("select distinct department from products");
    try (Connection c = SharedLooker.connect()) {
      RowAssert.assertSameRows(DRIVER_SQL, distinct, SharedLooker.rows(c, DRIVER_SQL));
    }
  }

  @Test void orderCountsOnlyWhenTheStatementOrdersItsResult() {
    List<String> ab = List.of("a", "b");
    List<String> ba = List.of("b", "a");
    RowAssert.assertSameRows("select x from t", ab, ba);
    RowAssert.assertSameRows("select x from (select x from t order by x) s", ab, ba);
    RowAssert.assertSameRows("select x, row_number() over (order by x) from t", ab, ba);
    RowAssert.assertSameRows("select 'order by' from t", ab, ba);
    assertThrows(AssertionFailedError.class,
        () -> RowAssert.assertSameRows("select x from t ORDER BY x", ab, ba));
    assertTrue(RowAssert.ordersItsResult("select x from t\norder\n  by x desc limit 3"));
    assertFalse(RowAssert.ordersItsResult("select x from t where reorder_by = 1"));
    assertNotEquals(ab, ba);
  }
}
