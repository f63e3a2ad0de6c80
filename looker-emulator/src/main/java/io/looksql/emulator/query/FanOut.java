package io.looksql.emulator.query;

import io.looksql.emulator.lookml.Join;
import io.looksql.emulator.lookml.Relationship;
import java.util.Set;

/**
 * Decides which views' rows a query's joins repeat, so that their measures must be computed
 * symmetrically (once per primary key) to stay correct.
 */
final class FanOut {
  private final ExploreScope scope;
  private final Set<String> joined;

  /** Creates a FanOut for a query that joins the given aliases. */
  FanOut(ExploreScope scope, Set<String> joined) {
    this.scope = scope;
    this.joined = joined;
  }

  /**
   * Returns whether rows of the view under {@code alias} can appear more than once in the joined
   * rows: it sits on the "one" side of a join on its path from the base view, or another joined
   * view outside that path is on the "many" side.
   */
  boolean repeats(String alias) {
    Set<String> path = scope.withAncestors(alias);
    for (String a : path) {
      Join join = scope.explore().join(a);
      if (join != null && (join.relationship() == Relationship.MANY_TO_ONE
          || join.relationship() == Relationship.MANY_TO_MANY)) {
        return true;
      }
    }
    for (String a : joined) {
      Join join = scope.explore().join(a);
      if (join != null && join.relationship().fansOut() && !path.contains(a)) {
        return true;
      }
    }
    return false;
  }
}
