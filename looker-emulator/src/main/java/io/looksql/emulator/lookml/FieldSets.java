package io.looksql.emulator.lookml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Expansion of the sets named in an explore's and its joins' {@code fields} lists
 * ({@code view.set_name*}, {@code -view.set_name*}; in a join, {@code set_name*} is the joined
 * view's), into the fields they hold, addressed by the alias of the view that declares the set.
 * Sets may name other sets; {@code ALL_FIELDS*} and {@code view.*} stay as they are.
 */
final class FieldSets {
  private FieldSets() {
  }

  /** Returns the explore with every set in its fields lists expanded. */
  static Explore expand(Explore explore, Map<String, View> views) {
    Map<String, String> viewByAlias = new HashMap<>();
    viewByAlias.put(explore.alias(), explore.viewName());
    for (Join join : explore.joins()) {
      viewByAlias.put(join.name(), join.viewName());
    }
    List<Join> joins = new ArrayList<>();
    for (Join join : explore.joins()) {
      joins.add(join.withFields(expand(join.fields(), join.name(), viewByAlias, views,
          join.position())));
    }
    return explore.withFields(expand(explore.fields(), explore.alias(), viewByAlias, views,
        explore.position()), List.copyOf(joins));
  }

  private static List<String> expand(List<String> list, String defaultAlias,
      Map<String, String> viewByAlias, Map<String, View> views, SourcePosition at) {
    if (list == null || list.isEmpty() || list == FieldsList.NONE) {
      return list;
    }
    List<String> out = new ArrayList<>();
    for (String raw : list) {
      String entry = raw.trim();
      boolean exclude = entry.startsWith("-");
      String name = exclude ? entry.substring(1).trim() : entry;
      if (!name.endsWith("*") || name.equals("ALL_FIELDS*") || name.endsWith(".*")) {
        out.add(entry);
        continue;
      }
      int dot = name.indexOf('.');
      String alias = dot < 0 ? defaultAlias : name.substring(0, dot);
      String set = name.substring(dot + 1, name.length() - 1);
      String view = viewByAlias.get(alias);
      if (view == null) {
        Params.fail(at, "fields entry '" + entry + "' names '" + alias
            + "', which is no view of the explore");
      }
      for (String member : members(views.get(view), set, at, new LinkedHashSet<>())) {
        String qualified = member.contains(".") ? member : alias + "." + member;
        out.add(exclude ? "-" + qualified : qualified);
      }
    }
    return List.copyOf(out);
  }

  private static List<String> members(View view, String set, SourcePosition at,
      Set<String> expanding) {
    List<String> fields = view.sets().get(set);
    if (fields == null) {
      return Params.fail(at, "fields entry '" + set + "*' names no set of view '"
          + view.name() + "'");
    }
    if (!expanding.add(set)) {
      return Params.fail(at, "set '" + set + "' of view '" + view.name()
          + "' contains itself");
    }
    List<String> out = new ArrayList<>();
    for (String field : fields) {
      if (field.endsWith("*") && !field.contains(".") && !field.equals("ALL_FIELDS*")) {
        out.addAll(members(view, field.substring(0, field.length() - 1), at, expanding));
      } else {
        out.add(field);
      }
    }
    expanding.remove(set);
    return out;
  }
}
