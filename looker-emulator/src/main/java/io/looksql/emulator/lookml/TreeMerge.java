package io.looksql.emulator.lookml;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Merge of one block's parameters over another's, as Looker combines an object with its
 * refinement ({@code view: +name}) or with the objects it {@code extends}.
 *
 * <p>A named block ({@code dimension: id}, {@code join: users}) merges with the block of the same
 * key and name, parameter by parameter, keeping its place; the additive parameters
 * ({@code link}, {@code action}, {@code access_filter}, {@code extends}) add to the base's; every
 * other parameter replaces the base's.
 */
final class TreeMerge {
  /** Parameters whose values accumulate instead of replacing one another. */
  private static final Set<String> ADDITIVE = Set.of("link", "action", "access_filter");
  /** Where a view's rows come from: setting one replaces the other. */
  private static final Set<String> TABLE_SOURCES = Set.of("sql_table_name", "derived_table");
  private static final String EXTENDED = "${EXTENDED}";

  private TreeMerge() {
  }

  /** Returns the base's pairs with the overlay's merged over them. */
  static List<Node> merge(List<Node> base, List<Node> overlay) {
    List<Node> result = new ArrayList<>(base);
    for (Node over : overlay) {
      String name = blockName(over);
      if (name != null) {
        int at = indexOfNamed(result, over.key(), name);
        if (at >= 0) {
          Value.Block was = (Value.Block) result.get(at).value();
          Value.Block now = (Value.Block) over.value();
          result.set(at, new Node(over.key(), over.position(), new Value.Block(name,
              merge(was.body(), now.body()), now.position(), now.bracePosition())));
        } else {
          result.add(over);
        }
      } else if (over.key().equals("extends")) {
        result.add(over);
      } else if (ADDITIVE.contains(over.key())) {
        result.add(over);
      } else {
        Node replacement = withExtended(over, result);
        if (TABLE_SOURCES.contains(over.key())) {
          result.removeIf(n -> TABLE_SOURCES.contains(n.key()));
        }
        result.removeIf(n -> over.key().equals(n.key()));
        result.add(replacement);
      }
    }
    return result;
  }

  /**
   * Returns the pair with {@code ${EXTENDED}} in its SQL replaced by the SQL it replaces, as
   * Looker lets a refinement or an extension build on what it overrides
   * ({@code sql: ${EXTENDED} * 100 ;;}); without such a base it is an error.
   */
  private static Node withExtended(Node over, List<Node> base) {
    if (!(over.value() instanceof Value.Sql sql) || !sql.text().contains(EXTENDED)) {
      return over;
    }
    for (Node was : base) {
      if (was.key().equals(over.key()) && was.value() instanceof Value.Sql previous) {
        return new Node(over.key(), over.position(),
            new Value.Sql(sql.text().replace(EXTENDED, previous.text()), sql.position()));
      }
    }
    return Params.fail(sql.position(), "${EXTENDED} in '" + over.key()
        + "', which has no earlier definition to extend");
  }

  /** Returns the pairs without the given keys. */
  static List<Node> without(List<Node> pairs, Set<String> keys) {
    List<Node> result = new ArrayList<>(pairs.size());
    for (Node pair : pairs) {
      if (!keys.contains(pair.key())) {
        result.add(pair);
      }
    }
    return result;
  }

  private static String blockName(Node node) {
    return node.value() instanceof Value.Block block ? block.name() : null;
  }

  private static int indexOfNamed(List<Node> pairs, String key, String name) {
    for (int i = 0; i < pairs.size(); i++) {
      if (pairs.get(i).key().equals(key) && name.equals(blockName(pairs.get(i)))) {
        return i;
      }
    }
    return -1;
  }
}
