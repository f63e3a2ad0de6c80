package io.looksql.emulator.lookml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The manifest's {@code constant: NAME { value: "..." }} declarations and their substitution for
 * {@code @{NAME}} in every string and SQL block of the project, as Looker substitutes them before
 * it reads anything else. A constant's value may use other constants.
 */
final class Constants {
  private static final Pattern USE = Pattern.compile("@\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}");
  private static final Constants NONE = new Constants(Map.of());

  private final Map<String, String> values;

  private Constants(Map<String, String> values) {
    this.values = values;
  }

  /** Returns the constants of a manifest's pairs, each resolved; none for no manifest. */
  static Constants of(List<Node> manifest) {
    if (manifest == null) {
      return NONE;
    }
    Map<String, Value.Scalar> declared = new HashMap<>();
    for (Node pair : manifest) {
      if (pair.key().equals("constant") || pair.key().equals("override_constant")) {
        Value.Block block = Params.named(pair);
        Params params = new Params(block.body(), "constant '" + block.name() + "'");
        Node value = params.single("value");
        if (value == null || !(value.value() instanceof Value.Scalar scalar)) {
          return Params.fail(pair.position(),
              "expected 'value: \"...\"' in constant '" + block.name() + "'");
        }
        declared.put(block.name(), scalar);
      }
    }
    Map<String, String> resolved = new HashMap<>();
    for (String name : declared.keySet()) {
      resolve(name, declared, resolved, new LinkedHashSet<>());
    }
    return new Constants(Map.copyOf(resolved));
  }

  private static String resolve(String name, Map<String, Value.Scalar> declared,
      Map<String, String> resolved, Set<String> resolving) {
    String done = resolved.get(name);
    if (done != null) {
      return done;
    }
    Value.Scalar value = declared.get(name);
    if (!resolving.add(name)) {
      return Params.fail(value.position(), "constant '" + name + "' refers to itself through "
          + String.join(" -> ", resolving));
    }
    String text = replace(value.text(), value.position(), use -> {
      if (!declared.containsKey(use)) {
        return null;
      }
      return resolve(use, declared, resolved, resolving);
    });
    resolving.remove(name);
    resolved.put(name, text);
    return text;
  }

  /** Returns the pairs with every {@code @{NAME}} replaced by the constant's value. */
  List<Node> substitute(List<Node> pairs) {
    List<Node> out = new ArrayList<>(pairs.size());
    for (Node pair : pairs) {
      out.add(new Node(pair.key(), pair.position(), substitute(pair.value())));
    }
    return out;
  }

  private Value substitute(Value value) {
    if (value instanceof Value.Scalar scalar) {
      SourcePosition at = scalar.kind() == Token.Kind.STRING ? new SourcePosition(
          scalar.position().file(), scalar.position().line(), scalar.position().column() + 1)
          : scalar.position();
      String text = replace(scalar.text(), at, values::get);
      return text == scalar.text() ? scalar
          : new Value.Scalar(text, scalar.kind(), scalar.position());
    }
    if (value instanceof Value.Sql sql) {
      String text = replace(sql.text(), sql.position(), values::get);
      return text == sql.text() ? sql : new Value.Sql(text, sql.position());
    }
    if (value instanceof Value.ListOf list) {
      return new Value.ListOf(substitute(list.items()), list.position());
    }
    Value.Block block = (Value.Block) value;
    return new Value.Block(block.name(), substitute(block.body()), block.position(),
        block.bracePosition());
  }

  /** Returns the text itself when it uses no constant, so callers can tell by identity. */
  private static String replace(String text, SourcePosition at,
      java.util.function.Function<String, String> lookup) {
    if (text.indexOf('@') < 0) {
      return text;
    }
    Matcher matcher = USE.matcher(text);
    if (!matcher.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    do {
      String value = lookup.apply(matcher.group(1));
      if (value == null) {
        Params.fail(References.positionOf(at, text, matcher.start()),
            "unknown constant @{" + matcher.group(1)
            + "}: the manifest declares no constant by that name");
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    } while (matcher.find());
    matcher.appendTail(out);
    return out.toString();
  }
}
