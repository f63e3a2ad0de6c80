package io.looksql.emulator.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Task results stay in memory up to the limit, then spill to a file that is deleted with them. */
class ResultSpillTest {
  @TempDir Path dir;

  @Test void smallResultStaysInMemory() throws IOException {
    ResultSpill spill = new ResultSpill(16, dir);
    spill.write("0123456789abcdef".getBytes(StandardCharsets.UTF_8));
    TaskResult r = spill.finish();
    assertFalse(r.spilled());
    assertEquals(16, r.size());
    assertEquals(0, files());
    try (InputStream in = r.open()) {
      assertEquals("0123456789abcdef", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test void largeResultSpillsAndIsDeleted() throws IOException {
    ResultSpill spill = new ResultSpill(16, dir);
    byte[] expected = new byte[100_000];
    for (int i = 0; i < expected.length; i++) {
      expected[i] = (byte) i;
    }
    spill.write(expected, 0, 10);
    spill.write(expected[10]);
    spill.write(expected, 11, expected.length - 11);
    spill.close();
    TaskResult r = spill.finish();
    assertTrue(r.spilled());
    assertEquals(expected.length, r.size());
    assertEquals(1, files());
    try (InputStream in = r.open()) {
      assertArrayEquals(expected, in.readAllBytes());
    }
    r.delete();
    assertEquals(0, files());
  }

  @Test void discardDeletesTheFile() throws IOException {
    ResultSpill spill = new ResultSpill(4, dir);
    spill.write(new byte[64]);
    assertEquals(1, files());
    spill.discard();
    assertEquals(0, files());
  }

  private long files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.count();
    }
  }
}
