package io.looksql.emulator.lookml;

import java.util.List;

/**
 * A {@code join} of an explore.
 *
 * @param name the alias its fields are addressed by ({@code view.field}) and its SQL table alias
 * @param viewName the view joined: {@code from}, else the join name
 * @param sqlOn {@code sql_on} as written (substitutions unresolved), or null
 * @param relationship {@code relationship} (default many_to_one)
 * @param type {@code type} (default left_outer)
 * @param fields {@code fields} restriction as written, empty for all fields
 * @param position where the join is declared
 * @param requiredAccessGrants {@code required_access_grants}: the model's access grants a user
 *     needs, all of them, to see or query the join's fields
 * @param options the parameters kept as written ({@code view_label}, {@code sql_where}, ...)
 */
public record Join(
    String name,
    String viewName,
    String sqlOn,
    Relationship relationship,
    JoinType type,
    List<String> fields,
    SourcePosition position,
    List<String> requiredAccessGrants,
    JoinOptions options) {

  /** Creates a Join with no options written. */
  public Join(String name, String viewName, String sqlOn, Relationship relationship,
      JoinType type, List<String> fields, SourcePosition position,
      List<String> requiredAccessGrants) {
    this(name, viewName, sqlOn, relationship, type, fields, position, requiredAccessGrants,
        JoinOptions.NONE);
  }

  /** Returns a copy with another fields list. */
  public Join withFields(List<String> newFields) {
    return new Join(name, viewName, sqlOn, relationship, type, newFields, position,
        requiredAccessGrants, options);
  }

  /** Creates a Join that requires no access grant. */
  public Join(String name, String viewName, String sqlOn, Relationship relationship,
      JoinType type, List<String> fields, SourcePosition position) {
    this(name, viewName, sqlOn, relationship, type, fields, position, List.of());
  }
}
