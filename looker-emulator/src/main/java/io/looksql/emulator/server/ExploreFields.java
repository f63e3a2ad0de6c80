package io.looksql.emulator.server;

import io.looksql.emulator.lookml.Explore;
import io.looksql.emulator.lookml.Field;
import io.looksql.emulator.lookml.FieldsList;
import io.looksql.emulator.lookml.Join;
import io.looksql.emulator.lookml.Model;
import io.looksql.emulator.lookml.View;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The fields an explore exposes to a user: its base view's and its joins', restricted by each
 * join's {@code fields} and by the explore's {@code fields}, without the joins and fields whose
 * access grants the user lacks; hidden fields are included.
 */
final class ExploreFields {
  /** A field as the explore addresses it: the view alias, the view it comes from, the field. */
  record Entry(String alias, View view, Field field) {
    /** Returns the field's name in the explore, {@code alias.field}. */
    String name() {
      return alias + "." + field.name();
    }
  }

  private ExploreFields() {
  }

  /**
   * Returns the explore's fields: the base view's first, then each join's, in declaration order.
   *
   * @param granted whether the user holds all the access grants of a
   *     {@code required_access_grants} list
   */
  static List<Entry> of(Model model, Explore explore, Predicate<List<String>> granted) {
    List<Entry> entries = new ArrayList<>();
    add(entries, model.views().get(explore.viewName()), explore.alias(), List.of(), explore);
    for (Join j : explore.joins()) {
      if (granted.test(j.requiredAccessGrants())) {
        add(entries, model.views().get(j.viewName()), j.name(), j.fields(), explore);
      }
    }
    entries.removeIf(e -> !granted.test(e.field().requiredAccessGrants()));
    return entries;
  }

  /** Returns the name of the view behind an alias of the explore (the alias itself if unknown). */
  static String viewName(Explore explore, String alias) {
    if (alias.equals(explore.alias())) {
      return explore.viewName();
    }
    Join j = explore.join(alias);
    return j == null ? alias : j.viewName();
  }

  private static void add(List<Entry> entries, View view, String alias, List<String> joinFields,
      Explore explore) {
    if (view == null) {
      return;
    }
    List<Field> all = new java.util.ArrayList<>(view.fields().values());
    all.addAll(view.userFields().values());
    for (Field f : all) {
      if (FieldsList.allows(joinFields, alias, f) && FieldsList.allows(explore.fields(), alias, f)) {
        entries.add(new Entry(alias, view, f));
      }
    }
  }
}
