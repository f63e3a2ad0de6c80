package io.looksql.emulator.filter;

/** Builds the uniform error messages of all filter grammars. */
final class FilterErrors {
  private FilterErrors() {
  }

  /**
   * Returns an exception reading {@code Invalid <grammar> filter "<expression>": <problem> at
   * position <n>}, positions counting from 0.
   */
  static FilterException at(String grammar, String expression, String problem, int position) {
    return new FilterException("Invalid " + grammar + " filter \"" + expression + "\": " + problem
        + " at position " + position);
  }
}
