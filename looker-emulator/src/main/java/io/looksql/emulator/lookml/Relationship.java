package io.looksql.emulator.lookml;

import java.util.Locale;

/** Cardinality of a join, seen from the explore's rows towards the joined view. */
public enum Relationship {
  MANY_TO_ONE, ONE_TO_ONE, ONE_TO_MANY, MANY_TO_MANY;

  /** Returns the LookML spelling, e.g. {@code many_to_one}. */
  public String lookml() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns whether joining this way can repeat the rows of the view joined from. */
  public boolean fansOut() {
    return this == ONE_TO_MANY || this == MANY_TO_MANY;
  }
}
