package io.looksql.emulator.lookml;

import java.util.List;

/**
 * A LookML {@code fields} list of an explore or a join ({@code ALL_FIELDS*}, {@code view.*},
 * {@code view.field}, {@code -view.field}), applied to one field. Explore metadata and queries
 * both use it, so what a user sees is exactly what a query accepts.
 */
public final class FieldsList {
  /** The list {@code fields: []}: no field at all (an empty list lets every field through). */
  public static final List<String> NONE = List.of("-ALL_FIELDS*");

  private FieldsList() {
  }

  /**
   * Returns whether a {@code fields} list lets a field through: it must match an inclusion (when
   * there is one) and no {@code -exclusion}. Names without a view are the joined view's own.
   *
   * @param list the list as written; null or empty lets every field through
   * @param alias the alias the field is addressed by in the explore
   * @param field the field
   */
  public static boolean allows(List<String> list, String alias, Field field) {
    if (list == null || list.isEmpty()) {
      return true;
    }
    boolean hasInclusions = false;
    boolean included = false;
    for (String raw : list) {
      String entry = raw.trim();
      if (entry.startsWith("-")) {
        if (matches(entry.substring(1).trim(), alias, field)) {
          return false;
        }
      } else {
        hasInclusions = true;
        included |= matches(entry, alias, field);
      }
    }
    return included || !hasInclusions;
  }

  private static boolean matches(String entry, String alias, Field field) {
    if (entry.equals("ALL_FIELDS*") || entry.equals("*")) {
      return true;
    }
    String qualified = entry.contains(".") ? entry : alias + "." + entry;
    if (qualified.equals(alias + ".*") || qualified.equals(alias + "." + field.name())) {
      return true;
    }
    // A dimension group's name stands for all its timeframes.
    return field.group() != null && qualified.equals(alias + "." + field.group());
  }
}
