package io.looksql.catalog;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Join of an explore as the catalog needs it to judge the grain of a query: the alias its fields
 * are addressed by, how its rows relate to the rows it is joined to, and what it is joined to.
 *
 * @param alias the join's name, the view name its fields use ({@code buyer} for
 *     {@code join: buyer { from: users }})
 * @param relationship {@code many_to_one} (Looker's default), {@code one_to_one},
 *     {@code one_to_many} or {@code many_to_many}; any other value is treated as a fan-out
 * @param dependsOn the other aliases Looker must join first: those its {@code sql_on},
 *     {@code sql_where} or {@code foreign_key} name and its {@code required_joins}; null when the
 *     metadata does not show them (then every join is assumed)
 */
public record JoinDefinition(String alias, String relationship, @Nullable Set<String> dependsOn) {

  /** Creates a JoinDefinition. */
  public JoinDefinition {
    Objects.requireNonNull(alias, "alias");
    relationship = relationship == null ? "many_to_one" : relationship.toLowerCase(Locale.ROOT);
    dependsOn = dependsOn == null ? null : Set.copyOf(dependsOn);
  }

  /**
   * Returns whether a row of what this join hangs from can meet several rows of the joined view
   * ({@code one_to_many}, {@code many_to_many}, or a relationship the catalog doesn't know).
   */
  public boolean fansOut() {
    return !relationship.equals("many_to_one") && !relationship.equals("one_to_one");
  }

  /**
   * Returns whether a row of the joined view can meet several rows of what the join hangs from
   * ({@code many_to_one}, {@code many_to_many}, or a relationship the catalog doesn't know).
   */
  public boolean repeatsJoinedRows() {
    return !relationship.equals("one_to_one") && !relationship.equals("one_to_many");
  }
}
