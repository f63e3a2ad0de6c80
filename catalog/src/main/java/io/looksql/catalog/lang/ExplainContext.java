package io.looksql.catalog.lang;

import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.linq4j.QueryProvider;
import org.apache.calcite.schema.SchemaPlus;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Data context used when a request is shown before execution (EXPLAIN): every parameter reads as
 * a {@link Placeholder}.
 */
public enum ExplainContext implements DataContext {
  INSTANCE;

  /** Stand-in for the value of a {@code ?} parameter; written as {@code ?N}. */
  record Placeholder(int index) {
    @Override public String toString() {
      return "?" + index;
    }
  }

  @Override public @Nullable Object get(String name) {
    return name.startsWith("?") ? new Placeholder(Integer.parseInt(name.substring(1))) : null;
  }

  @Override public @Nullable SchemaPlus getRootSchema() {
    return null;
  }

  @Override public JavaTypeFactory getTypeFactory() {
    throw new UnsupportedOperationException();
  }

  @Override public QueryProvider getQueryProvider() {
    throw new UnsupportedOperationException();
  }
}
