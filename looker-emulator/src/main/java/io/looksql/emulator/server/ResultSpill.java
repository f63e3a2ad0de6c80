package io.looksql.emulator.server;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Collects a query task's result body: in memory up to a limit, then in a temporary file, so a
 * large result never has to fit in the heap. Not thread-safe; one task writes it.
 */
final class ResultSpill extends OutputStream {
  /** Prefix of the temporary files, so stray ones are easy to recognise. */
  static final String FILE_PREFIX = "looksql-task-";

  private final int memoryLimit;
  private final Path directory;
  private ByteArrayOutputStream memory = new ByteArrayOutputStream();
  private Path file;
  private OutputStream fileOut;
  private long size;
  private boolean closed;

  /**
   * @param memoryLimit the most bytes kept in memory
   * @param directory where the file goes, or null for the system's temporary directory
   */
  ResultSpill(int memoryLimit, Path directory) {
    this.memoryLimit = memoryLimit;
    this.directory = directory;
  }

  @Override public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override public void write(byte[] b, int off, int len) throws IOException {
    if (closed) {
      throw new IOException("result already complete");
    }
    if (fileOut == null && memory.size() + (long) len > memoryLimit) {
      spill();
    }
    if (fileOut != null) {
      fileOut.write(b, off, len);
    } else {
      memory.write(b, off, len);
    }
    size += len;
  }

  @Override public void flush() throws IOException {
    if (fileOut != null) {
      fileOut.flush();
    }
  }

  /** Ends writing; the writers close their stream when they are done, so this may come first. */
  @Override public void close() throws IOException {
    if (!closed) {
      closed = true;
      if (fileOut != null) {
        fileOut.close();
      }
    }
  }

  /** Returns the collected body; from now on the result owns the file. */
  TaskResult finish() throws IOException {
    close();
    return file != null ? TaskResult.inFile(file, size) : TaskResult.inMemory(memory.toByteArray());
  }

  /** Drops what was collected, for a task that failed. */
  void discard() {
    try {
      close();
    } catch (IOException e) {
      // Only the file's close can fail, and the file is deleted next.
    }
    memory = null;
    if (file != null) {
      TaskResult.inFile(file, size).delete();
    }
  }

  private void spill() throws IOException {
    file = directory == null ? Files.createTempFile(FILE_PREFIX, ".result")
        : Files.createTempFile(directory, FILE_PREFIX, ".result");
    fileOut = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    memory.writeTo(fileOut);
    memory = null;
  }
}
