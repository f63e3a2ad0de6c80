package io.looksql.emulator.lookml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Composition of one kind of object ({@code view} or {@code explore}) of a model: each
 * declaration, then its refinements ({@code view: +name}) in include order, then what it
 * {@code extends} (several levels; later bases override earlier ones, the object itself
 * overrides them all). Objects with {@code extension: required} are composed but kept apart:
 * they can only be extended.
 */
final class Composition {
  private static final Set<String> NOT_INHERITED = Set.of("extends", "extension", "final");

  private final String kind;
  private final String model;
  private final Map<String, Node> declared = new LinkedHashMap<>();
  private final Map<String, Node> refined = new LinkedHashMap<>();
  private final Map<String, Node> composed = new LinkedHashMap<>();
  private final Set<String> resolving = new LinkedHashSet<>();

  /**
   * Creates a Composition.
   *
   * @param kind {@code view} or {@code explore}
   * @param model the model's name, for messages
   */
  Composition(String kind, String model) {
    this.kind = kind;
    this.model = model;
  }

  /** Adds a declaration or, for a name starting with {@code +}, a refinement; in include order. */
  void add(Node node) {
    Value.Block block = Params.named(node);
    if (block.name().startsWith("+")) {
      String name = block.name().substring(1);
      Node target = refined.get(name);
      if (target == null) {
        Params.fail(node.position(), "refinement '+" + name + "' of a " + kind
            + " that model '" + model + "' does not include (the " + kind
            + " must be included before its refinement)");
      }
      Value.Block base = (Value.Block) target.value();
      if (new Params(base.body(), kind + " '" + name + "'").bool("final", false)) {
        Params.fail(node.position(), "refinement '+" + name + "' of " + kind + " '" + name
            + "', whose last refinement is final");
      }
      refined.put(name, new Node(target.key(), target.position(), new Value.Block(name,
          TreeMerge.merge(base.body(), block.body()), base.position(), base.bracePosition())));
      return;
    }
    Node first = declared.putIfAbsent(block.name(), node);
    if (first != null) {
      Params.fail(node.position(), "duplicate " + kind + " '" + block.name() + "' in model '"
          + model + "' (first declared at " + first.position() + ")");
    }
    refined.put(block.name(), node);
  }

  /** Returns the objects that are not {@code extension: required}, composed, in order. */
  List<Node> concrete() {
    List<Node> out = new ArrayList<>();
    for (String name : refined.keySet()) {
      Node node = composed(name, null);
      if (!isAbstract(node)) {
        out.add(node);
      }
    }
    return out;
  }

  /** Returns the names of the objects declared with {@code extension: required}. */
  Set<String> abstractNames() {
    Set<String> names = new LinkedHashSet<>();
    for (String name : refined.keySet()) {
      if (isAbstract(composed(name, null))) {
        names.add(name);
      }
    }
    return names;
  }

  private static boolean isAbstract(Node node) {
    Value.Block block = (Value.Block) node.value();
    return "required".equals(new Params(block.body(), "").string("extension"));
  }

  private Node composed(String name, Node extendedBy) {
    Node done = composed.get(name);
    if (done != null) {
      return done;
    }
    Node node = refined.get(name);
    if (node == null) {
      return Params.fail(extendedBy.position(), kind + " '" + ((Value.Block)
          extendedBy.value()).name() + "' extends '" + name + "', which model '" + model
          + "' does not include");
    }
    if (!resolving.add(name)) {
      return Params.fail(node.position(), kind + " '" + name + "' extends itself through "
          + String.join(" -> ", resolving));
    }
    Value.Block block = (Value.Block) node.value();
    List<String> bases = new ArrayList<>();
    for (Node extendsPair : new Params(block.body(), kind + " '" + name + "'").all("extends")) {
      bases.addAll(new Params(List.of(extendsPair), kind + " '" + name + "'").strings("extends"));
    }
    List<Node> body = block.body();
    if (!bases.isEmpty()) {
      List<Node> inherited = new ArrayList<>();
      String baseView = null;
      for (String base : bases) {
        Value.Block composedBase = (Value.Block) composed(base, node).value();
        inherited = TreeMerge.merge(inherited, TreeMerge.without(composedBase.body(), NOT_INHERITED));
        baseView = base;
      }
      body = TreeMerge.merge(inherited, TreeMerge.without(body, Set.of("extends")));
      if (kind.equals("explore") && !has(body, "view_name") && !has(body, "from")) {
        // The joins of the explore extended name its base view by that explore's name.
        body = new ArrayList<>(body);
        body.add(new Node("view_name", node.position(),
            new Value.Scalar(baseView, Token.Kind.NAME, node.position())));
      }
    }
    resolving.remove(name);
    // An object that extends nothing stays the very node, so models can share what it builds.
    Node result = bases.isEmpty() ? node : new Node(node.key(), node.position(),
        new Value.Block(name, body, block.position(), block.bracePosition()));
    composed.put(name, result);
    return result;
  }

  private static boolean has(List<Node> body, String key) {
    for (Node pair : body) {
      if (pair.key().equals(key)) {
        return true;
      }
    }
    return false;
  }
}
