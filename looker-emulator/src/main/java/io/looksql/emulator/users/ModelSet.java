package io.looksql.emulator.users;

import java.util.List;
import java.util.Objects;

/**
 * A named set of LookML models.
 *
 * @param id id
 * @param name name
 * @param models model names
 * @param allAccess whether the set holds every model, present and future (Looker's "All")
 */
public record ModelSet(String id, String name, List<String> models, boolean allAccess) {
  /** Creates a ModelSet; a null model list is empty, a missing id or name is the other. */
  public ModelSet {
    // A users file may name a set without an id, or the other way round.
    if (id == null) {
      id = Objects.requireNonNull(name, "model_set needs an id or a name");
    }
    name = name == null ? id : name;
    models = models == null ? List.of() : List.copyOf(models);
  }

  /** Returns whether the set holds the model. */
  public boolean contains(String model) {
    return allAccess || models.contains(model);
  }
}
