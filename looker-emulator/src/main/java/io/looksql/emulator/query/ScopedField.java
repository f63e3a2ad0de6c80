package io.looksql.emulator.query;

import io.looksql.emulator.lookml.Field;
import io.looksql.emulator.lookml.View;

/**
 * A field as it appears in one explore: under the alias of the view that holds it.
 *
 * @param alias the view's alias in the explore (base alias or join name)
 * @param view the view that declares the field
 * @param field the field
 */
record ScopedField(String alias, View view, Field field) {
  /** Returns the field's name in queries, {@code alias.field}. */
  String qualifiedName() {
    return alias + "." + field.name();
  }
}
