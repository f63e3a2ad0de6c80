package io.looksql.emulator.lookml;

/** Place in a LookML file, for error messages: file path, 1-based line and column. */
public record SourcePosition(String file, int line, int column) {
  @Override public String toString() {
    return file + ":" + line + ":" + column;
  }
}
