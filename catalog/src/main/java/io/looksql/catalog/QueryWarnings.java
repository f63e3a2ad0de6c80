package io.looksql.catalog;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The warnings raised while a statement's Looker queries run, such as a result that filled a row
 * limit the statement did not ask for. The driver gives each prepared statement one, as the
 * internal parameter {@link #KEY}, which Calcite passes to the leaves in their {@code DataContext};
 * the JDBC statement reads it back in {@code getWarnings()}.
 */
public final class QueryWarnings {
  /** Name of the internal parameter (and {@code DataContext} entry) that holds them. */
  public static final String KEY = "looksql.warnings";

  /** Written by the thread that reads the rows, read by any thread that asks the statement. */
  private final List<String> messages = new CopyOnWriteArrayList<>();

  /** Adds a warning. */
  public void add(String message) {
    messages.add(message);
  }

  /** Returns the warnings, oldest first. */
  public List<String> messages() {
    return List.copyOf(messages);
  }

  /** Removes every warning (a statement's warnings start afresh when it executes again). */
  public void clear() {
    messages.clear();
  }
}
