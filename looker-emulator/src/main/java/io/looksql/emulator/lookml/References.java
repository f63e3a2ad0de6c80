package io.looksql.emulator.lookml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checker of the {@code ${...}} references in SQL blocks and of measure-filter field names.
 *
 * <p>A view's SQL is checked against the whole project, because which explore it will be used
 * in is not known there; an explore's {@code sql_on} is checked against its own aliases.
 */
final class References {
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]*)}");
  private static final String TABLE = "TABLE";
  private static final String SQL_TABLE_NAME = "SQL_TABLE_NAME";

  private References() {
  }

  /**
   * Checks a view's SQL and filters; other views may be named, as {@code ${view.field}}, by
   * their name or by an alias an explore of the model gives them (a join's name).
   *
   * @param aliases the views of the model by every name an explore or join gives them
   */
  static void checkView(Declared<View> declared, Map<String, View> aliases) {
    Map<String, View> projectViews = aliases;
    View view = declared.value();
    for (Value.Sql sql : declared.mentions().sql()) {
      Matcher matcher = REFERENCE.matcher(sql.text());
      while (matcher.find()) {
        String reference = matcher.group(1).strip();
        if (reference.equals(TABLE)) {
          continue;
        }
        String[] parts = reference.split("\\.", -1);
        SourcePosition at = positionOf(sql, matcher.start());
        if (parts.length == 1) {
          requireField(view, parts[0], matcher.group(), at);
        } else if (parts.length == 2) {
          View other = projectViews.get(parts[0]);
          if (other == null) {
            Params.fail(at, "unknown reference " + matcher.group()
                + ": the model has no view '" + parts[0] + "'");
          }
          if (!parts[1].equals(SQL_TABLE_NAME)) {
            requireField(other, parts[1], matcher.group(), at);
          }
        } else {
          unsupported(matcher.group(), at);
        }
      }
    }
    for (Node filter : declared.mentions().filterFields()) {
      checkFilterField(filter, view, projectViews);
    }
  }

  /** Checks the {@code sql_on} of an explore's joins: {@code ${alias.field}} of that explore. */
  static void checkExplore(Declared<Explore> declared, Map<String, View> modelViews) {
    Explore explore = declared.value();
    Map<String, String> viewByAlias = new HashMap<>();
    viewByAlias.put(explore.alias(), explore.viewName());
    for (Join join : explore.joins()) {
      viewByAlias.put(join.name(), join.viewName());
    }
    List<Value.Sql> blocks = new ArrayList<>(declared.mentions().sql());
    blocks.addAll(declared.mentions().exploreWideSql());
    for (Value.Sql sql : blocks) {
      boolean exploreWide = declared.mentions().exploreWideSql().contains(sql);
      Matcher matcher = REFERENCE.matcher(sql.text());
      while (matcher.find()) {
        String reference = matcher.group(1).strip();
        if (reference.equals(TABLE)) {
          continue;
        }
        String[] parts = reference.split("\\.", -1);
        SourcePosition at = positionOf(sql, matcher.start());
        if (parts.length == 1 && exploreWide) {
          // sql_always_where and sql_always_having may name the base view's fields alone.
          requireField(modelViews.get(explore.viewName()), parts[0], matcher.group(), at);
          continue;
        }
        if (parts.length != 2) {
          Params.fail(at, "expected ${view.field} in sql_on, found " + matcher.group());
        }
        String viewName = viewByAlias.get(parts[0]);
        if (viewName == null) {
          Params.fail(at, "unknown reference " + matcher.group() + ": explore '" + explore.name()
              + "' has no view or join named '" + parts[0] + "'");
        }
        if (!parts[1].equals(SQL_TABLE_NAME)) {
          requireField(modelViews.get(viewName), parts[1], matcher.group(), at);
        }
      }
    }
  }

  /** Checks a filter's field: {@code field} of the same view or {@code view.field} of any. */
  private static void checkFilterField(Node filter, View view, Map<String, View> projectViews) {
    String name = filter.key();
    int dot = name.indexOf('.');
    View owner = view;
    String field = name;
    if (dot >= 0) {
      owner = projectViews.get(name.substring(0, dot));
      field = name.substring(dot + 1);
      if (owner == null) {
        Params.fail(filter.position(), "unknown filter field '" + name
            + "': the model has no view '" + name.substring(0, dot) + "'");
      }
    }
    if (!owner.fields().containsKey(field)) {
      Params.fail(filter.position(), "unknown filter field '" + name + "': view '"
          + owner.name() + "' has no field '" + field + "'");
    }
  }

  private static void requireField(View view, String field, String reference,
      SourcePosition at) {
    if (field.isEmpty() || field.contains(" ")) {
      unsupported(reference, at);
    }
    if (!view.fields().containsKey(field) && !view.userFields().containsKey(field)) {
      Params.fail(at, "unknown reference " + reference + ": view '" + view.name()
          + "' has no field '" + field + "'");
    }
  }

  private static void unsupported(String reference, SourcePosition at) {
    Params.fail(at, "expected ${TABLE}, ${field}, ${view.field} or ${view.SQL_TABLE_NAME}, found "
        + reference);
  }

  /** Returns the line and column of an offset in an SQL block, which may span lines. */
  private static SourcePosition positionOf(Value.Sql sql, int offset) {
    return positionOf(sql.position(), sql.text(), offset);
  }

  /** Returns the line and column of an offset in a text that starts at a position. */
  static SourcePosition positionOf(SourcePosition start, String text, int offset) {
    int line = start.line();
    int column = start.column();
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new SourcePosition(start.file(), line, column);
  }
}
