package io.looksql.emulator.query;

import io.looksql.emulator.filter.FilterCompiler;
import io.looksql.emulator.filter.FilterContext;
import io.looksql.emulator.filter.FilterException;
import io.looksql.emulator.filter.FilterType;
import io.looksql.emulator.lookml.Field;
import io.looksql.emulator.lookml.FieldDetails;
import io.looksql.emulator.lookml.View;
import io.looksql.emulator.sql.SqlLiterals;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import liqp.Template;
import liqp.TemplateContext;
import liqp.TemplateParser;
import liqp.blocks.Block;
import liqp.filters.Filter;
import liqp.nodes.LNode;
import liqp.tags.Tag;

/**
 * Renders the Liquid in one query's LookML SQL before its {@code ${...}} references are
 * substituted, with the variables Looker supplies: {@code {% condition filter %} sql
 * {% endcondition %}} (the query's filter on the field, applied to the SQL, or {@code 1=1}),
 * {@code {% parameter p %}} and {@code {{ view.p._parameter_value }}} (the parameter's value as
 * SQL), {@code {{ _user_attributes['a'] }}}, {@code {{ _model._name }}},
 * {@code {{ _explore._name }}}, {@code {{ view._in_query }}},
 * {@code {{ view.field._is_selected }}} and {@code {{ view.field._is_filtered }}}, and Liquid's
 * own tags ({@code if}/{@code elsif}/{@code else}, ...).
 */
final class LiquidSql {
  private static final String SELF = "__looksql_query";
  /** The variable holding the alias of the view whose SQL is rendered, or null. */
  private static final String VIEW = "__looksql_view";
  private static final TemplateParser PARSER = new TemplateParser.Builder()
      .withBlock(new Block("condition") {
        @Override public Object render(TemplateContext context, LNode... nodes) {
          LiquidSql liquid = (LiquidSql) context.get(SELF);
          return liquid.condition(currentView(context), String.valueOf(nodes[0].render(context)).trim(),
              String.valueOf(nodes[1].render(context)).trim());
        }
      })
      .withTag(new Tag("parameter") {
        @Override public Object render(TemplateContext context, LNode... nodes) {
          StringBuilder name = new StringBuilder();
          for (LNode node : nodes) {
            name.append(node.render(context));
          }
          return ((LiquidSql) context.get(SELF)).parameter(currentView(context),
              name.toString().trim());
        }
      })
      .withFilter(new Filter("sql_quote") {
        // Looker's filter: the value as a SQL string literal, its quotes doubled.
        @Override public Object apply(Object value, TemplateContext context, Object... params) {
          String text = value == null ? "" : String.valueOf(value);
          return "'" + text.replace("'", "''") + "'";
        }
      })
      .build();
  /** Parsed once; rendering is serialised per template, as a liqp {@link Template} keeps the context of its current render. */
  private static final Map<String, Template> TEMPLATES = new ConcurrentHashMap<>();

  private final ExploreScope scope;
  private final Map<String, String> filters;
  private final FilterContext filterContext;
  private final Function<ScopedField, String> filterColumnType;
  private final Map<String, Object> variables = new HashMap<>();

  /**
   * Creates the renderer of one query.
   *
   * @param selected the query's fields, {@code view.field}
   * @param filters the query's filters, {@code view.field} to expression
   * @param userAttributes the user's attribute values
   * @param filterType the filter grammar of a dimension, for {@code {% condition %}} on one
   */
  LiquidSql(ExploreScope scope, List<String> selected, Map<String, String> filters,
      Map<String, String> userAttributes, FilterContext filterContext,
      Function<ScopedField, String> filterType) {
    this.scope = scope;
    this.filters = filters;
    this.filterContext = filterContext;
    this.filterColumnType = filterType;
    variables.put(SELF, this);
    variables.put("_model", Map.of("_name", scope.model().name()));
    variables.put("_explore", Map.of("_name", scope.explore().name()));
    variables.put("_user_attributes", Map.copyOf(userAttributes));
    for (String alias : scope.aliases()) {
      View view = scope.viewOf(alias);
      Map<String, Object> fields = new LinkedHashMap<>();
      boolean inQuery = false;
      List<Field> all = new java.util.ArrayList<>(view.fields().values());
      all.addAll(view.userFields().values());
      for (Field field : all) {
        String name = alias + "." + field.name();
        boolean isSelected = selected.contains(name);
        boolean isFiltered = filters.containsKey(name);
        inQuery |= isSelected || isFiltered;
        Map<String, Object> f = new HashMap<>();
        f.put("_is_selected", isSelected);
        f.put("_is_filtered", isFiltered);
        f.put("_name", name);
        if (field.category() == io.looksql.emulator.lookml.Category.PARAMETER) {
          try {
            f.put("_parameter_value", parameter(alias, name));
          } catch (QueryException e) {
            // Only an error where the value is used: {% parameter %} raises it there.
            f.put("_parameter_value", null);
          }
        }
        fields.put(field.name(), f);
      }
      fields.put("_in_query", inQuery);
      fields.put("_name", alias);
      variables.put(alias, fields);
    }
  }

  /** Returns whether SQL holds Liquid. */
  static boolean hasLiquid(String sql) {
    return sql != null && (sql.contains("{%") || sql.contains("{{"));
  }

  /**
   * Returns the SQL with its Liquid rendered; SQL without Liquid is returned as it is.
   *
   * @param alias the alias of the view the SQL is written in, or null
   */
  String render(String sql, String alias) {
    if (!hasLiquid(sql)) {
      return sql;
    }
    try {
      Template template = TEMPLATES.computeIfAbsent(sql, PARSER::parse);
      synchronized (template) {
        Map<String, Object> rendering = new HashMap<>(variables);
        rendering.put(VIEW, alias);
        return template.render(rendering);
      }
    } catch (QueryException e) {
      throw e;
    } catch (RuntimeException e) {
      Throwable cause = e;
      while (cause.getCause() != null && !(cause instanceof QueryException)) {
        cause = cause.getCause();
      }
      if (cause instanceof QueryException q) {
        throw q;
      }
      throw QueryException.invalid("fields", "invalid", "Liquid in LookML SQL fails: " + e.getMessage());
    }
  }

  /** Returns {@code {% condition name %} sql {% endcondition %}}: the query's filter on the field, applied to the SQL. */
  private String condition(String view, String name, String sql) {
    ScopedField field = field(view, name, "condition");
    String expression = filters.get(field.qualifiedName());
    if (expression == null) {
      expression = field.field().details().defaultValue();
    }
    if (expression == null || expression.isBlank()) {
      return "1=1";
    }
    try {
      return "(" + SqlLiterals.inline(FilterCompiler.compile(filterType(field), expression,
          "(" + sql + ")", filterContext)) + ")";
    } catch (FilterException e) {
      throw QueryException.invalid("filters", "invalid", "Filter on " + field.qualifiedName()
          + ": " + e.getMessage());
    }
  }

  private FilterType filterType(ScopedField field) {
    if (!field.field().isFilterOnly()) {
      return FilterType.valueOf(filterColumnType.apply(field));
    }
    return switch (field.field().type()) {
      case "number" -> FilterType.NUMBER;
      case "yesno" -> FilterType.YESNO;
      case "date", "date_time" -> FilterType.DATE;
      default -> FilterType.STRING;
    };
  }

  /** Returns a parameter's value as SQL: the query's filter on it, else its default value. */
  private String parameter(String view, String name) {
    ScopedField field = field(view, name, "parameter");
    Field parameter = field.field();
    String value = filters.get(field.qualifiedName());
    if (value == null || value.isBlank()) {
      value = parameter.details().defaultValue();
    }
    if (value == null) {
      value = "";
    }
    List<FieldDetails.AllowedValue> allowed = parameter.details().allowedValues();
    String finalValue = value;
    if (!allowed.isEmpty() && allowed.stream().noneMatch(a -> a.value().equals(finalValue))) {
      throw QueryException.invalid("filters", "invalid", "Parameter " + field.qualifiedName()
          + " has no allowed value \"" + value + "\"");
    }
    switch (parameter.type()) {
    case "number":
      if (!value.matches("-?[0-9]+(\\.[0-9]+)?")) {
        throw QueryException.invalid("filters", "invalid", "Parameter " + field.qualifiedName()
            + " needs a number, not \"" + value + "\"");
      }
      return value;
    case "unquoted":
      // Inserted as written, so only names, never SQL.
      if (!value.matches("[A-Za-z0-9_.]*")) {
        throw QueryException.invalid("filters", "invalid", "Parameter " + field.qualifiedName()
            + " is unquoted and takes letters, digits, '_' and '.', not \"" + value + "\"");
      }
      return value;
    default:
      return "'" + value.replace("'", "''") + "'";
    }
  }

  private static String currentView(TemplateContext context) {
    Object view = context.get(VIEW);
    return view == null ? null : view.toString();
  }

  /**
   * Returns the field a tag names: {@code view.field}, or an unqualified name, which is the
   * current view's field where it has one (as in Looker), else the first view's of that name.
   */
  private ScopedField field(String view, String name, String tag) {
    int dot = name.indexOf('.');
    ScopedField field = dot < 0 ? null : scope.findAny(name.substring(0, dot), name.substring(dot + 1));
    if (field == null && dot < 0 && view != null) {
      field = scope.findAny(view, name);
    }
    if (field == null && dot < 0) {
      for (String alias : scope.aliases()) {
        field = field == null ? scope.findAny(alias, name) : field;
      }
    }
    // {% parameter %} takes a filter field too (its expression inserted as a value), as Looker does.
    if (field == null || tag.equals("parameter") && !field.field().isFilterOnly()) {
      throw QueryException.invalid("fields", "invalid", "{% " + tag + " " + name
          + " %} names no " + (tag.equals("parameter") ? "parameter" : "field")
          + " of explore '" + scope.explore().name() + "'");
    }
    return field;
  }
}
