package io.looksql.emulator.query;

import io.looksql.emulator.expression.Expression;
import io.looksql.emulator.expression.ExpressionException;
import io.looksql.emulator.expression.FieldRef;
import io.looksql.emulator.expression.Operand;
import io.looksql.emulator.expression.ValueType;
import io.looksql.emulator.filter.FilterCompiler;
import io.looksql.emulator.filter.FilterContext;
import io.looksql.emulator.filter.FilterType;
import io.looksql.emulator.lookml.Category;
import io.looksql.emulator.lookml.Field;
import io.looksql.emulator.sql.Dialect;
import io.looksql.emulator.sql.SqlBuilder;
import io.looksql.emulator.sql.SqlFragment;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The custom dimensions of one query ({@code dynamic_fields} entries with an {@code expression}):
 * their types, inferred from the expression, and their SQL. Also the one place that looks up any
 * field a query may name, custom or not.
 */
final class CustomDimensions {
  private final ExploreScope scope;
  private final LocalDateTime now;
  // Only for inferring types: resolving fields registers joins, and a defined but unused custom
  // dimension must not add joins to the query.
  private final DimensionSql typing;
  private final Map<String, Definition> definitions = new LinkedHashMap<>();
  private final Map<String, ScopedField> typed = new HashMap<>();
  private final Set<String> resolving = new LinkedHashSet<>();
  private Map<String, ScopedField> customFields = Map.of();

  CustomDimensions(ExploreScope scope, Dialect dialect, ZoneId timeZone, LocalDateTime now) {
    this.scope = scope;
    this.now = now;
    this.typing = new DimensionSql(scope, dialect, timeZone);
  }

  ExploreScope scope() {
    return scope;
  }

  /** Adds a custom dimension; fails with a 422 if its expression does not parse. */
  void define(String name, String label, String expression) {
    try {
      definitions.put(name, new Definition(label, Expression.parse(expression)));
    } catch (ExpressionException e) {
      throw invalid(name, expression, e);
    }
  }

  /**
   * Types every custom dimension and adds it to {@code customFields}, the query's custom fields by
   * name, which expressions may refer to from now on.
   */
  void complete(Map<String, ScopedField> customFields) {
    this.customFields = customFields;
    for (String name : definitions.keySet()) {
      customFields.put(name, field(name));
    }
  }

  /** Returns the field a query names {@code name}: a custom field, else an explore field, else null. */
  ScopedField lookup(String name) {
    if (definitions.containsKey(name)) {
      return field(name);
    }
    return customFields.containsKey(name) ? customFields.get(name) : scope.find(name);
  }

  /** Returns whether the field is one of these custom dimensions. */
  boolean contains(ScopedField f) {
    return !f.field().isMeasure() && definitions.containsKey(f.field().name())
        && f.equals(typed.get(f.field().name()));
  }

  /** Returns the SQL and type of a custom dimension; a yes/no one is a condition. */
  Operand operand(ScopedField f, DimensionSql dimensions) {
    String name = f.field().name();
    Definition definition = definitions.get(name);
    if (!resolving.add(name)) {
      throw QueryException.invalid("dynamic_fields", "invalid",
          "Custom dimensions refer to each other in a cycle: " + String.join(" -> ", resolving) + " -> " + name);
    }
    try {
      return definition.expression().toSql(new ExpressionResolver(this, dimensions, null), now);
    } catch (ExpressionException e) {
      throw invalid(name, definition.expression().text(), e);
    } finally {
      resolving.remove(name);
    }
  }

  /** Returns the value of a custom dimension as a result column: yes/no ones read "Yes" or "No". */
  SqlFragment value(ScopedField f, DimensionSql dimensions) {
    Operand operand = operand(f, dimensions);
    if (operand.type() == ValueType.YESNO) {
      return new SqlBuilder().append("CASE WHEN ").append(operand.sql()).append(" THEN 'Yes' ELSE 'No' END")
          .build();
    }
    return operand.sql();
  }

  /** Returns the condition of a Looker filter expression on a custom dimension. */
  SqlFragment filter(ScopedField f, String expression, DimensionSql dimensions, FilterContext context) {
    Operand operand = operand(f, dimensions);
    FilterType type = switch (operand.type()) {
      case NUMBER -> FilterType.NUMBER;
      case YESNO -> FilterType.YESNO;
      case DATE, DATE_TIME -> FilterType.DATE;
      default -> FilterType.STRING;
    };
    SqlFragment column = operand.sql();
    if (type == FilterType.YESNO) {
      column = new SqlBuilder().append("COALESCE(").append(column).append(", FALSE)").build();
    }
    SqlFragment condition = FilterCompiler.compile(type, expression, ColumnSplice.MARKER, context);
    return ColumnSplice.splice(condition, column);
  }

  private ScopedField field(String name) {
    ScopedField done = typed.get(name);
    if (done != null) {
      return done;
    }
    Definition definition = definitions.get(name);
    // A placeholder stands in while the type is inferred, so references to it resolve.
    ScopedField placeholder = synthetic(name, definition, "string", scope.baseAlias());
    typed.put(name, placeholder);
    try {
      ValueType type = operand(placeholder, typing).type();
      ScopedField f = synthetic(name, definition, apiType(type), alias(definition.expression()));
      typed.put(name, f);
      return f;
    } catch (RuntimeException e) {
      typed.remove(name);
      throw e;
    }
  }

  /** Returns the view alias a custom dimension is shown under: that of the first field it uses. */
  private String alias(Expression expression) {
    for (FieldRef ref : expression.references()) {
      ScopedField f = lookup(ref.name());
      if (f != null) {
        return f.alias();
      }
    }
    return scope.baseAlias();
  }

  private ScopedField synthetic(String name, Definition definition, String type, String alias) {
    Field field = new Field(name, Category.DIMENSION, type, definition.expression().text(), false, false,
        definition.label(), null, null, List.of(), null, null, null, false, List.of(), null, Map.of(),
        null, null);
    return new ScopedField(alias, scope.viewOf(alias), field);
  }

  /** Returns the LookML type a custom dimension of an expression type is reported as. */
  private static String apiType(ValueType type) {
    return switch (type) {
      case NUMBER -> "number";
      case YESNO -> "yesno";
      case DATE -> "date";
      case DATE_TIME -> "date_time";
      default -> "string";
    };
  }

  private static QueryException invalid(String name, String expression, ExpressionException e) {
    return QueryException.invalid("dynamic_fields", "invalid",
        "Invalid expression of custom dimension " + name + " \"" + expression + "\": " + e.getMessage());
  }

  /** A custom dimension as defined: its label and parsed expression. */
  private record Definition(String label, Expression expression) {
  }
}
