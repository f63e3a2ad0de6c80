package io.looksql.emulator.query;

import io.looksql.emulator.lookml.AccessFilter;
import io.looksql.emulator.lookml.ConditionalFilter;
import io.looksql.emulator.lookml.Explore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The filters an explore adds to a query, as Looker applies them:
 * <ul>
 *   <li>{@code access_filter}: the user's value of the attribute, always, ANDed with whatever the
 *       query filters (a query cannot widen it); a user without a value may not query the
 *       explore;</li>
 *   <li>{@code always_filter}: its value unless the query filters that field itself (the query
 *       may change the value, but a blank value does not remove the filter);</li>
 *   <li>{@code conditionally_filter}: nothing when the query filters one of the {@code unless}
 *       fields; otherwise each default filter whose field the query does not filter itself.</li>
 * </ul>
 */
final class ExploreFilters {
  private ExploreFilters() {
  }

  /**
   * Returns the filters to add to a query of the explore.
   *
   * @param queryFilters the query's own {@code filters}, or null
   * @throws QueryException (403) when the user has no value for an access filter's attribute
   */
  static List<ImpliedFilter> of(Explore explore, Map<String, String> queryFilters,
      QueryContext context) {
    Map<String, String> asked = queryFilters == null ? Map.of() : queryFilters;
    List<ImpliedFilter> out = new ArrayList<>();
    for (AccessFilter access : explore.accessFilters()) {
      String value = context.attribute(access.userAttribute());
      if (value == null) {
        throw QueryException.forbidden("Explore '" + explore.name() + "' has an access_filter on "
            + access.field() + " by user attribute '" + access.userAttribute()
            + "', which has no value for this user");
      }
      out.add(new ImpliedFilter(qualify(explore, access.field()), value, "access_filter"));
    }
    for (Map.Entry<String, String> always : explore.alwaysFilter().entrySet()) {
      String field = qualify(explore, always.getKey());
      if (isBlank(asked.get(field))) {
        out.add(new ImpliedFilter(field, always.getValue(), "always_filter"));
      }
    }
    ConditionalFilter conditional = explore.conditionallyFilter();
    if (!filtersAny(asked, explore, conditional.unless())) {
      conditional.filters().forEach((name, value) -> {
        String field = qualify(explore, name);
        if (isBlank(asked.get(field))) {
          out.add(new ImpliedFilter(field, value, "conditionally_filter"));
        }
      });
    }
    return out;
  }

  /** Returns whether the query filters one of the fields. */
  private static boolean filtersAny(Map<String, String> asked, Explore explore,
      List<String> fields) {
    for (String name : fields) {
      if (!isBlank(asked.get(qualify(explore, name)))) {
        return true;
      }
    }
    return false;
  }

  /** Returns {@code view.field}; a bare name is a field of the explore's base view. */
  private static String qualify(Explore explore, String name) {
    return name.contains(".") ? name : explore.alias() + "." + name;
  }

  private static boolean isBlank(String expression) {
    return expression == null || expression.isBlank();
  }
}
