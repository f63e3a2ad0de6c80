package io.looksql.emulator.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The body of a finished query task, in its result format: in memory when small, else in a
 * temporary file that {@link #delete()} removes.
 */
final class TaskResult {
  private final byte[] bytes;
  private final Path file;
  private final long size;

  private TaskResult(byte[] bytes, Path file, long size) {
    this.bytes = bytes;
    this.file = file;
    this.size = size;
  }

  /** Returns a result held in memory. */
  static TaskResult inMemory(byte[] bytes) {
    return new TaskResult(bytes, null, bytes.length);
  }

  /** Returns a result held in a file, which it now owns. */
  static TaskResult inFile(Path file, long size) {
    return new TaskResult(null, file, size);
  }

  /** Returns the body's length in bytes. */
  long size() {
    return size;
  }

  /** Returns whether the body is in a temporary file rather than in memory. */
  boolean spilled() {
    return file != null;
  }

  /** Opens the body for reading; the caller closes the stream. */
  InputStream open() throws IOException {
    return file == null ? new ByteArrayInputStream(bytes) : Files.newInputStream(file);
  }

  /** Frees the body: deletes its file. Readers that already opened it still read it to the end. */
  void delete() {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // A file that cannot be deleted now is left in the temporary directory; nothing reads it.
      }
    }
  }
}
