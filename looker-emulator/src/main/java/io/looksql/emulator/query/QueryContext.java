package io.looksql.emulator.query;

import io.looksql.emulator.lookml.Model;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Who a query runs for: the models the user may query and the user's attribute values, which
 * {@code access_filter}s turn into filters.
 *
 * @param userAttributes attribute name to the user's value (or the attribute's default); an
 *     attribute without a value is absent
 * @param modelAccess whether the user may see and query a model, by model name
 */
public record QueryContext(Map<String, String> userAttributes, Predicate<String> modelAccess) {
  /**
   * No user: every model is visible and no attribute has a value, so explores with an
   * {@code access_filter} refuse to run (they fail closed rather than show every row).
   */
  public static final QueryContext NONE = new QueryContext(Map.of(), model -> true);

  /** Creates a QueryContext. */
  public QueryContext {
    userAttributes = Map.copyOf(userAttributes);
    Objects.requireNonNull(modelAccess);
  }

  /** Returns whether the user may see and query the model. */
  public boolean canSeeModel(String model) {
    return modelAccess.test(model);
  }

  /**
   * Returns whether the user holds every access grant of the model named in a
   * {@code required_access_grants} list (true for an empty one).
   */
  public boolean granted(Model model, List<String> requiredAccessGrants) {
    return requiredAccessGrants.isEmpty() || model.grants(requiredAccessGrants, this::attribute);
  }

  /** Returns the user's value of an attribute, or null when it has none. */
  public String attribute(String name) {
    return userAttributes.get(name);
  }
}
