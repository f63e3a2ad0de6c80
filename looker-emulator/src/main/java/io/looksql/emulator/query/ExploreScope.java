package io.looksql.emulator.query;

import io.looksql.emulator.lookml.Explore;
import io.looksql.emulator.lookml.Field;
import io.looksql.emulator.lookml.FieldsList;
import io.looksql.emulator.lookml.Join;
import io.looksql.emulator.lookml.Model;
import io.looksql.emulator.lookml.View;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The views of an explore under their aliases, how the joins depend on each other, and which
 * fields the explore exposes to the user: its {@code fields} lists let them through, and the user
 * holds the access grants of the field and of its join.
 */
final class ExploreScope {
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{\\s*([A-Za-z0-9_]+)\\.([A-Za-z0-9_]+)\\s*}");

  private final Model model;
  private final Explore explore;
  private final Map<String, View> views = new LinkedHashMap<>();
  private final Map<String, Set<String>> parents = new LinkedHashMap<>();
  private final Predicate<List<String>> granted;
  private LiquidSql liquid;
  private NativeDerivedTables nativeTables;
  private final Map<String, String> nativeSql = new java.util.HashMap<>();

  /**
   * Creates the scope of an explore for a user.
   *
   * @param granted whether the user holds all the access grants of a
   *     {@code required_access_grants} list
   */
  ExploreScope(Model model, Explore explore, Predicate<List<String>> granted) {
    this.model = model;
    this.explore = explore;
    this.granted = granted;
    views.put(explore.alias(), view(explore.viewName()));
    for (Join join : explore.joins()) {
      views.put(join.name(), view(join.viewName()));
    }
    for (Join join : explore.joins()) {
      Set<String> deps = new LinkedHashSet<>();
      if (join.sqlOn() != null) {
        Matcher m = REFERENCE.matcher(join.sqlOn());
        while (m.find()) {
          if (!m.group(1).equals(join.name()) && views.containsKey(m.group(1))) {
            deps.add(m.group(1));
          }
        }
      }
      deps.addAll(join.options().requiredJoins());
      String foreignKey = join.options().foreignKey();
      if (foreignKey != null && foreignKey.contains(".")) {
        deps.add(foreignKey.substring(0, foreignKey.indexOf('.')));
      } else if (foreignKey != null) {
        deps.add(explore.alias());
      }
      deps.remove(join.name());
      parents.put(join.name(), deps);
    }
  }

  private View view(String name) {
    View view = model.views().get(name);
    if (view == null) {
      throw QueryException.invalid("view", "invalid",
          "View '" + name + "' of explore '" + explore.name() + "' is not in model '" + model.name() + "'");
    }
    return view;
  }

  /** Sets the query's Liquid renderer, which LookML SQL is rendered with before substitution. */
  void liquid(LiquidSql liquid) {
    this.liquid = liquid;
  }

  /**
   * Returns LookML SQL with its Liquid rendered for the query (as it is without a renderer).
   *
   * @param alias the alias of the view the SQL is written in, which unqualified names in Liquid
   *     tags refer to first, or null
   */
  String render(String sql, String alias) {
    return liquid == null || sql == null ? sql : liquid.render(sql, alias);
  }

  /** Sets how the query compiles native derived tables. */
  void nativeTables(NativeDerivedTables nativeTables) {
    this.nativeTables = nativeTables;
  }

  /** Returns a derived table's SELECT for the query: its SQL with Liquid rendered, or a native one compiled. */
  String derivedSql(View view) {
    if (view.exploreSource() == null) {
      return render(view.derivedTableSql(), null);
    }
    if (nativeTables == null) {
      throw QueryException.invalid("view", "invalid", "Native derived table '" + view.name()
          + "' can't be compiled here");
    }
    String sql = nativeSql.get(view.name());
    if (sql == null) {
      sql = nativeTables.sql(view);
      nativeSql.put(view.name(), sql);
    }
    return sql;
  }

  /** Returns whether a view's rows come from a derived table (SQL or native). */
  static boolean isDerived(View view) {
    return view.derivedTableSql() != null || view.exploreSource() != null;
  }

  /** Returns the aliases of the explore's views: the base view's, then the joins'. */
  Set<String> aliases() {
    return views.keySet();
  }

  Model model() {
    return model;
  }

  Explore explore() {
    return explore;
  }

  String baseAlias() {
    return explore.alias();
  }

  /** Returns the view under an alias, or null. */
  View viewOf(String alias) {
    return views.get(alias);
  }

  /** Returns the aliases a join's {@code sql_on} refers to, its {@code required_joins} and its foreign key's view. */
  Set<String> parentsOf(String alias) {
    return parents.getOrDefault(alias, Set.of());
  }

  /** Returns the alias and every alias it depends on, transitively. */
  Set<String> withAncestors(String alias) {
    Set<String> out = new LinkedHashSet<>();
    List<String> todo = new ArrayList<>(List.of(alias));
    while (!todo.isEmpty()) {
      String a = todo.remove(todo.size() - 1);
      if (out.add(a)) {
        todo.addAll(parentsOf(a));
      }
    }
    return out;
  }

  /** Returns the field {@code alias.name} if the explore exposes it to the user, else null. */
  ScopedField find(String qualifiedName) {
    int dot = qualifiedName.indexOf('.');
    if (dot < 0) {
      return null;
    }
    String alias = qualifiedName.substring(0, dot);
    View view = views.get(alias);
    if (view == null) {
      return null;
    }
    Field field = field(view, qualifiedName.substring(dot + 1));
    if (field == null || !exposes(alias, field)) {
      return null;
    }
    return new ScopedField(alias, view, field);
  }

  /**
   * Returns the field {@code alias.name} whether or not the explore exposes it to the user: what
   * a field refers to needs none of the grants it requires, as in Looker.
   */
  ScopedField findAny(String alias, String name) {
    View view = views.get(alias);
    Field field = view == null ? null : field(view, name);
    return field == null ? null : new ScopedField(alias, view, field);
  }

  /** Returns a view's dimension or measure, else its filter or parameter field, by name. */
  private static Field field(View view, String name) {
    Field field = view.fields().get(name);
    return field != null ? field : view.userFields().get(name);
  }

  private boolean exposes(String alias, Field field) {
    Join join = explore.join(alias);
    if (!granted.test(field.requiredAccessGrants())
        || (join != null && !granted.test(join.requiredAccessGrants()))) {
      return false;
    }
    return (join == null || FieldsList.allows(join.fields(), alias, field))
        && FieldsList.allows(explore.fields(), alias, field);
  }
}
