package io.looksql.emulator.lookml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

/**
 * A row of a bad-input table: one LookML file that must fail to load with an exact message.
 *
 * <p>The file is loaded next to {@code base.view.lkml} (view {@code users} with fields
 * {@code id} and {@code name}); a view file also gets {@code m.model.lkml} including every view.
 *
 * @param why what is wrong, shown as the test name
 * @param path the file's path
 * @param text the file's text
 * @param message the expected message, {@code file:line:column: ...}
 */
record BadInput(String why, String path, String text, String message) {
  static final String BASE = "view: users {\n  dimension: id { type: number }\n"
      + "  dimension: name {}\n}\n";

  /** Creates a row whose bad file is the view file {@code v.view.lkml}. */
  static BadInput view(String why, String text, String message) {
    return new BadInput(why, "v.view.lkml", text, message);
  }

  /** Creates a row whose bad file is the model file {@code m.model.lkml}. */
  static BadInput model(String why, String text, String message) {
    return new BadInput(why, "m.model.lkml", text, message);
  }

  /** Asserts that loading fails with the message, and that the position is the one named. */
  void assertFails() {
    List<LookmlFile> files = new ArrayList<>();
    files.add(new LookmlFile("base.view.lkml", BASE));
    files.add(new LookmlFile(path, text));
    if (!path.endsWith(".model.lkml")) {
      files.add(new LookmlFile("m.model.lkml", "include: \"*.view.lkml\"\n"));
    }
    LookmlException e =
        assertThrows(LookmlException.class, () -> LookmlLoader.load("p", files));
    assertEquals(message, e.getMessage());
    assertEquals(message.substring(0, message.indexOf(": ")), String.valueOf(e.position()));
  }

  @Override public String toString() {
    return why;
  }
}
