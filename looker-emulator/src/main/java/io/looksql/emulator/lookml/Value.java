package io.looksql.emulator.lookml;

import java.util.List;

/** A value of the generic LookML syntax tree: a scalar, an SQL block, a list or a block. */
sealed interface Value {

  /** Returns where the value starts. */
  SourcePosition position();

  /** Returns the value as an error message names what was found, e.g. {@code a list}. */
  String describe();

  /**
   * A name, string or number.
   *
   * @param text the name or number as written, or the string unescaped
   * @param kind {@link Token.Kind#NAME}, {@link Token.Kind#STRING} or {@link Token.Kind#NUMBER}
   * @param position where it starts
   */
  record Scalar(String text, Token.Kind kind, SourcePosition position) implements Value {
    @Override public String describe() {
      return new Token(kind, text, position).describe();
    }
  }

  /**
   * The raw text of {@code sql: ... ;;} and similar keys, trimmed.
   *
   * @param text the SQL
   * @param position where its first non-blank character is
   */
  record Sql(String text, SourcePosition position) implements Value {
    @Override public String describe() {
      return "SQL block";
    }
  }

  /**
   * A list {@code [a, "b", c: "d"]}; its items are nodes whose key is null for plain elements.
   *
   * @param items the items in order
   * @param position where {@code [} is
   */
  record ListOf(List<Node> items, SourcePosition position) implements Value {
    @Override public String describe() {
      return "a list";
    }
  }

  /**
   * A block {@code name { ... }} or {@code { ... }}.
   *
   * @param name the name, or null when the block has none
   * @param body the pairs inside, in order
   * @param position where the name, or else {@code {}, is
   * @param bracePosition where {@code {} is
   */
  record Block(String name, List<Node> body, SourcePosition position, SourcePosition bracePosition)
      implements Value {
    @Override public String describe() {
      return name == null ? "'{'" : "block '" + name + "'";
    }
  }
}
