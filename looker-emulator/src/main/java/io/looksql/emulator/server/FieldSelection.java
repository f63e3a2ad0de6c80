package io.looksql.emulator.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A partial-response selection, the value of Looker's {@code fields} query parameter: property
 * names separated by commas, each optionally followed by a parenthesised selection of its own
 * properties, e.g. {@code id,email,credentials_api3(client_id)}. Looker's SDKs pass it through
 * (e.g. {@code sdk.me("id,email")}), and Looker answers only those properties.
 *
 * <p>Applied to an object it keeps the selected properties (names not in the object are left
 * out, as Looker does); to an array, to each element; to anything else, nothing.
 */
final class FieldSelection {
  /** The selected names in order; a null value selects the property whole. */
  private final Map<String, FieldSelection> children;

  private FieldSelection(Map<String, FieldSelection> children) {
    this.children = children;
  }

  /**
   * Returns the selection written in {@code text}.
   *
   * @throws ApiException 400 naming the position of a syntax error
   */
  static FieldSelection parse(String text) {
    int[] pos = {0};
    FieldSelection selection = parseList(text, pos);
    if (pos[0] < text.length()) {
      throw syntaxError(text, pos[0], "unexpected ')'");
    }
    return selection;
  }

  /** Returns a copy of {@code node} reduced to this selection. */
  JsonNode apply(JsonNode node) {
    if (node instanceof ArrayNode array) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode(array.size());
      array.forEach(element -> out.add(apply(element)));
      return out;
    }
    if (node instanceof ObjectNode object) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      children.forEach((name, sub) -> {
        JsonNode value = object.get(name);
        if (value != null) {
          out.set(name, sub == null ? value : sub.apply(value));
        }
      });
      return out;
    }
    return node;
  }

  private static FieldSelection parseList(String text, int[] pos) {
    Map<String, FieldSelection> children = new LinkedHashMap<>();
    while (true) {
      int start = pos[0];
      while (pos[0] < text.length() && ",()".indexOf(text.charAt(pos[0])) < 0) {
        pos[0]++;
      }
      String name = text.substring(start, pos[0]).trim();
      if (name.isEmpty()) {
        throw syntaxError(text, start, "a field name is missing");
      }
      FieldSelection sub = null;
      if (pos[0] < text.length() && text.charAt(pos[0]) == '(') {
        pos[0]++;
        sub = parseList(text, pos);
        if (pos[0] >= text.length()) {
          throw syntaxError(text, pos[0], "')' is missing");
        }
        pos[0]++;  // the ')'
      }
      put(children, name, sub);
      if (pos[0] >= text.length() || text.charAt(pos[0]) == ')') {
        return new FieldSelection(children);
      }
      if (text.charAt(pos[0]) != ',') {
        throw syntaxError(text, pos[0], "',' expected");
      }
      pos[0]++;
    }
  }

  /** Returns the union of two selections of one property; null (all of it) wins. */
  private static FieldSelection union(FieldSelection a, FieldSelection b) {
    if (a == null || b == null) {
      return null;
    }
    Map<String, FieldSelection> merged = new LinkedHashMap<>(a.children);
    b.children.forEach((name, sub) -> put(merged, name, sub));
    return new FieldSelection(merged);
  }

  /** Adds a name to a selection, uniting it with an earlier mention (Map.merge refuses nulls). */
  private static void put(Map<String, FieldSelection> children, String name, FieldSelection sub) {
    children.put(name, children.containsKey(name) ? union(children.get(name), sub) : sub);
  }

  private static ApiException syntaxError(String text, int position, String problem) {
    return ApiException.of(400, "Invalid 'fields' parameter \"" + text + "\": " + problem
        + " at position " + position);
  }
}
