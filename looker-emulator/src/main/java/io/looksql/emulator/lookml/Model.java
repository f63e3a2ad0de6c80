package io.looksql.emulator.lookml;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A LookML model ({@code <name>.model.lkml}) with the views it includes.
 *
 * @param name model name (the file name without {@code .model.lkml})
 * @param connection {@code connection}
 * @param label {@code label}, or null
 * @param explores explores by name, in declaration order
 * @param views views included by the model, by name
 * @param sourceFile path of the model file
 * @param accessGrants {@code access_grant}s by name, in declaration order
 * @param calendar {@code week_start_day} and {@code fiscal_month_offset}
 */
public record Model(
    String name,
    String connection,
    String label,
    Map<String, Explore> explores,
    Map<String, View> views,
    String sourceFile,
    Map<String, AccessGrant> accessGrants,
    ModelCalendar calendar) {

  /** Creates a Model with Looker's default calendar. */
  public Model(String name, String connection, String label, Map<String, Explore> explores,
      Map<String, View> views, String sourceFile, Map<String, AccessGrant> accessGrants) {
    this(name, connection, label, explores, views, sourceFile, accessGrants, ModelCalendar.DEFAULT);
  }

  /** Creates a Model without access grants. */
  public Model(String name, String connection, String label, Map<String, Explore> explores,
      Map<String, View> views, String sourceFile) {
    this(name, connection, label, explores, views, sourceFile, Map.of());
  }

  /**
   * Returns whether a user holds every grant named (true for none); a grant the model does not
   * declare is never held, so a mistake fails closed.
   *
   * @param attributes the user's value of a user attribute by name, null for none
   */
  public boolean grants(List<String> required, Function<String, String> attributes) {
    for (String name : required) {
      AccessGrant grant = accessGrants.get(name);
      if (grant == null || !grant.allows(attributes.apply(grant.userAttribute()))) {
        return false;
      }
    }
    return true;
  }
}
