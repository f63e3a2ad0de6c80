package io.looksql.emulator.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a {@link WriteQuery} for tests, on the sample model unless told another. */
final class QueryBuilder {
  private String model = "ecommerce";
  private final String explore;
  private List<String> fields = List.of();
  private final Map<String, String> filters = new LinkedHashMap<>();
  private String filterExpression;
  private List<String> sorts = List.of();
  private String dynamicFields;

  private QueryBuilder(String explore) {
    this.explore = explore;
  }

  /** Returns a query on an explore of the sample model. */
  static QueryBuilder on(String explore) {
    return new QueryBuilder(explore);
  }

  QueryBuilder model(String name) {
    model = name;
    return this;
  }

  QueryBuilder fields(String... names) {
    fields = List.of(names);
    return this;
  }

  QueryBuilder filter(String field, String expression) {
    filters.put(field, expression);
    return this;
  }

  QueryBuilder filterExpression(String expression) {
    filterExpression = expression;
    return this;
  }

  QueryBuilder sorts(String... names) {
    sorts = List.of(names);
    return this;
  }

  QueryBuilder dynamicFields(String json) {
    dynamicFields = json;
    return this;
  }

  WriteQuery build() {
    return new WriteQuery(model, explore, fields, null, null, filters, filterExpression, sorts,
        "-1", null, null, null, null, dynamicFields, null, null, null, null, null);
  }
}
