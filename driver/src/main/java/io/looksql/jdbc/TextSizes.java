package io.looksql.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.ResultSetMetaData;
import java.sql.Types;

/**
 * Returns sizes for LookSQL's text columns, which have none (Looker's strings are unbounded), as
 * tools need one: a {@code VARCHAR} without a length reports {@value #VARCHAR_SIZE} characters as
 * its column size, precision and display size, instead of Calcite's -1 and 0, which tools read
 * as "no room" and cut values to.
 */
public final class TextSizes {
  /** The size reported for a VARCHAR without a length: 64 KiB characters, as a text column. */
  public static final int VARCHAR_SIZE = 65_535;

  private TextSizes() {
  }

  /** Returns a column size for a JDBC type: {@link #VARCHAR_SIZE} for text without one. */
  public static Integer columnSize(int jdbcType, Integer size) {
    return isText(jdbcType) && (size == null || size <= 0) ? Integer.valueOf(VARCHAR_SIZE) : size;
  }

  /** Returns result set metadata whose text columns without a length report one. */
  public static ResultSetMetaData sized(ResultSetMetaData metaData) {
    return (ResultSetMetaData) Proxy.newProxyInstance(TextSizes.class.getClassLoader(),
        new Class<?>[] {ResultSetMetaData.class}, (proxy, method, args) -> {
          Object value;
          try {
            value = method.invoke(metaData, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          String name = method.getName();
          if ((name.equals("getPrecision") || name.equals("getColumnDisplaySize"))
              && isText(metaData.getColumnType((Integer) args[0]))
              && (Integer) value <= 0) {
            return VARCHAR_SIZE;
          }
          return value;
        });
  }

  private static boolean isText(int jdbcType) {
    return jdbcType == Types.VARCHAR || jdbcType == Types.CHAR || jdbcType == Types.NVARCHAR
        || jdbcType == Types.LONGVARCHAR;
  }
}
