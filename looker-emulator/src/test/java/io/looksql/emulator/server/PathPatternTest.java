package io.looksql.emulator.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Globs match whole paths, {@code *} within a segment; {@code ^} patterns are found as regexes. */
class PathPatternTest {
  @Test void globs() {
    PathPattern one = PathPattern.of("/api/4.0/queries/*/run/*");
    assertTrue(one.matches("/api/4.0/queries/12/run/json"));
    assertFalse(one.matches("/api/4.0/queries/run/json"));
    assertFalse(one.matches("/api/4.0/queries/12/run/json/x"));
    assertTrue(PathPattern.of("/api/**").matches("/api/4.0/queries/12/run/json"));
    assertTrue(PathPattern.of("/api/4.0/user?").matches("/api/4.0/users"));
    assertFalse(PathPattern.of("/api/4.0/user").matches("/api/4.0/users"));
    assertFalse(PathPattern.of("/api/4.0/user").matches("/api/4x0/user"), "dots are literal");
  }

  @Test void regexes() {
    PathPattern p = PathPattern.of("^/api/4\\.0/(queries|query_tasks)");
    assertTrue(p.matches("/api/4.0/queries/run/json"));
    assertTrue(p.matches("/api/4.0/query_tasks"));
    assertFalse(p.matches("/api/4.0/lookml_models"));
    assertThrows(IllegalArgumentException.class, () -> PathPattern.of("^(["));
  }
}
