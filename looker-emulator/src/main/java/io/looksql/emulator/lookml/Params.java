package io.looksql.emulator.lookml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed access to the parameters of one LookML block, e.g. the body of {@code dimension: id}.
 *
 * <p>Keys nobody asks for are ignored, which is how the many LookML parameters the emulator does
 * not act on ({@code drill_fields}, {@code html}, ...) pass: they were parsed, so they were
 * well-formed.
 */
final class Params {
  private final List<Node> body;
  private final String owner;

  /**
   * Creates Params.
   *
   * @param body the block's pairs
   * @param owner what the block is, for messages, e.g. {@code dimension 'id'}
   */
  Params(List<Node> body, String owner) {
    this.body = body;
    this.owner = owner;
  }

  /** Returns the block of a named declaration such as {@code view: orders { ... }}. */
  static Value.Block named(Node node) {
    Value value = node.value();
    if (value instanceof Value.Block block) {
      if (block.name() == null) {
        fail(block.position(), "expected a name after '" + node.key() + ":', found '{'");
      }
      return block;
    }
    return fail(value.position(),
        "expected '" + node.key() + ": name { ... }', found " + value.describe());
  }

  /** Returns all pairs with the key, in order. */
  List<Node> all(String key) {
    List<Node> found = new ArrayList<>();
    for (Node node : body) {
      if (key.equals(node.key())) {
        found.add(node);
      }
    }
    return found;
  }

  /** Returns the only pair with the key, or null; a repeated key is an error. */
  Node single(String key) {
    List<Node> found = all(key);
    if (found.size() > 1) {
      fail(found.get(1).position(), "duplicate parameter '" + key + "' in " + owner);
    }
    return found.isEmpty() ? null : found.get(0);
  }

  /** Returns the scalar value of a key (a name, string or number as written), or null. */
  String string(String key) {
    Node node = single(key);
    if (node == null) {
      return null;
    }
    if (node.value() instanceof Value.Scalar scalar) {
      return scalar.text();
    }
    return fail(node.value().position(),
        "expected a value for '" + key + "', found " + node.value().describe());
  }

  /** Returns the SQL of a key such as {@code sql} (always SQL, as the parser decides), or null. */
  String sql(String key) {
    Value.Sql block = sqlBlock(key);
    return block == null ? null : block.text();
  }

  /** Returns the SQL block of a key such as {@code sql}, with its position, or null. */
  Value.Sql sqlBlock(String key) {
    Node node = single(key);
    return node == null ? null : (Value.Sql) node.value();
  }

  /** Returns a {@code yes}/{@code no} value, or the default when the key is absent. */
  boolean bool(String key, boolean absent) {
    Node node = single(key);
    if (node == null) {
      return absent;
    }
    if (node.value() instanceof Value.Scalar scalar && scalar.kind() == Token.Kind.NAME) {
      if (scalar.text().equals("yes")) {
        return true;
      }
      if (scalar.text().equals("no")) {
        return false;
      }
    }
    return fail(node.value().position(),
        "expected yes or no for '" + key + "', found " + node.value().describe());
  }

  /** Returns the plain items of a list such as {@code tags: [a, "b"]}, or an empty list. */
  List<String> strings(String key) {
    List<String> strings = new ArrayList<>();
    for (Node item : items(key)) {
      if (item.key() != null) {
        fail(item.position(),
            "expected a name or string in '" + key + "', found '" + item.key() + ":'");
      }
      strings.add(((Value.Scalar) item.value()).text());
    }
    return List.copyOf(strings);
  }

  /**
   * Returns the items of a list such as {@code filters: [a: "x"]} in order, or an empty map; the
   * older form, one {@code filters: { field: a value: "x" }} block per item, is read too.
   */
  Map<String, String> pairs(String key) {
    Map<String, String> pairs = new LinkedHashMap<>();
    List<Node> items = pairItems(key);
    for (Node item : items) {
      Value.Scalar value = (Value.Scalar) item.value();
      if (item.key() == null) {
        fail(item.position(), "expected 'field: \"expression\"' in '" + key + "', found "
            + value.describe());
      }
      if (pairs.put(item.key(), value.text()) != null) {
        fail(item.position(), "duplicate field '" + item.key() + "' in '" + key + "'");
      }
    }
    return pairs.isEmpty() ? Map.of() : Collections.unmodifiableMap(pairs);
  }

  /** Returns the items of {@link #pairs}'s list (or its blocks as items), with positions. */
  List<Node> pairItems(String key) {
    List<Node> nodes = all(key);
    if (nodes.size() == 1 && nodes.get(0).value() instanceof Value.ListOf list) {
      return list.items();
    }
    List<Node> items = new ArrayList<>();
    for (Node node : nodes) {
      if (!(node.value() instanceof Value.Block block) || block.name() != null) {
        return fail(node.value().position(), "expected a list for '" + key + "', found "
            + node.value().describe());
      }
      Params item = new Params(block.body(), key);
      String field = item.string("field");
      if (field == null) {
        fail(node.position(), "expected 'field' in '" + key + ": { ... }'");
      }
      String value = item.string("value");
      items.add(new Node(field, node.position(), new Value.Scalar(value == null ? "" : value,
          Token.Kind.STRING, node.position())));
    }
    return items;
  }

  /** Returns the list items of a key with their positions, or an empty list. */
  List<Node> items(String key) {
    Node node = single(key);
    if (node == null) {
      return List.of();
    }
    if (node.value() instanceof Value.ListOf list) {
      return list.items();
    }
    return fail(node.value().position(),
        "expected a list for '" + key + "', found " + node.value().describe());
  }

  /** Returns the anonymous block of a key such as {@code derived_table: { ... }}, or null. */
  Value.Block block(String key) {
    Node node = single(key);
    if (node == null) {
      return null;
    }
    if (node.value() instanceof Value.Block block && block.name() == null) {
      return block;
    }
    return fail(node.value().position(),
        "expected '{' after '" + key + ":', found " + node.value().describe());
  }

  /** Returns where the value of a key is, or the fallback when the key is absent. */
  SourcePosition valuePosition(String key, SourcePosition absent) {
    Node node = single(key);
    return node == null ? absent : node.value().position();
  }

  /** Throws a LookmlException; returns a value so callers can write {@code return fail(...)}. */
  static <T> T fail(SourcePosition position, String message) {
    throw new LookmlException(position, message);
  }
}
