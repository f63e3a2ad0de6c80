package io.looksql.emulator.lookml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builder of the type-specific parts of fields: the {@link FieldDetails} of {@code case:},
 * {@code location} and {@code distance} dimensions, and the filter and parameter fields.
 */
final class FieldDetailsBuilder {
  private static final List<String> UNITS =
      List.of("feet", "kilometers", "meters", "miles", "nautical_miles", "yards");

  private FieldDetailsBuilder() {
  }

  /** Returns the details of a dimension of the given type, checking what the type requires. */
  static FieldDetails dimension(Params params, String type, String name, SourcePosition position,
      Mentions mentions) {
    List<FieldDetails.CaseWhen> cases = new ArrayList<>();
    String caseElse = null;
    Value.Block caseBlock = params.block("case");
    if (caseBlock != null) {
      Params body = new Params(caseBlock.body(), "case of dimension '" + name + "'");
      for (Node when : body.all("when")) {
        if (!(when.value() instanceof Value.Block block) || block.name() != null) {
          return Params.fail(when.value().position(), "expected 'when: { sql: ... ;; label: \"...\" }'"
              + " in the case of dimension '" + name + "', found " + when.value().describe());
        }
        Params whenParams = new Params(block.body(), "when of dimension '" + name + "'");
        Value.Sql sql = whenParams.sqlBlock("sql");
        String label = whenParams.string("label");
        if (sql == null || label == null) {
          return Params.fail(when.position(), "expected 'sql' and 'label' in each 'when' of the case"
              + " of dimension '" + name + "'");
        }
        mentions.addSql(sql);
        cases.add(new FieldDetails.CaseWhen(sql.text(), label));
      }
      if (cases.isEmpty()) {
        return Params.fail(caseBlock.position(), "expected a 'when' in the case of dimension '"
            + name + "', found none");
      }
      caseElse = body.string("else");
    }
    String latitude = null;
    String longitude = null;
    if (type.equals("location")) {
      Value.Sql lat = params.sqlBlock("sql_latitude");
      Value.Sql lon = params.sqlBlock("sql_longitude");
      if (lat == null || lon == null) {
        return Params.fail(position, "expected 'sql_latitude' and 'sql_longitude' in location"
            + " dimension '" + name + "'");
      }
      mentions.addSql(lat);
      mentions.addSql(lon);
      latitude = lat.text();
      longitude = lon.text();
    }
    String start = null;
    String end = null;
    String units = null;
    if (type.equals("distance")) {
      start = params.string("start_location_field");
      end = params.string("end_location_field");
      if (start == null || end == null) {
        return Params.fail(position, "expected 'start_location_field' and 'end_location_field'"
            + " in distance dimension '" + name + "'");
      }
      units = FieldBuilder.choice(params, "units", "kilometers", UNITS, "distance units");
    }
    return new FieldDetails(null, null, latitude, longitude, List.copyOf(cases), caseElse, null,
        null, start, end, units, List.of(), null);
  }

  /**
   * Returns the field of a {@code parameter:} or {@code filter:} declaration: a field users
   * filter on but never select, whose value reaches SQL through Liquid ({@code {% parameter %}},
   * {@code {% condition %}}); a filter field's own {@code sql} is a condition for WHERE.
   */
  static Field filterOnly(Node node, Mentions mentions, Category category) {
    Value.Block block = Params.named(node);
    String name = block.name();
    Params params = new Params(block.body(), node.key() + " '" + name + "'");
    List<String> types = category == Category.PARAMETER
        ? List.of("string", "number", "unquoted", "yesno", "date", "date_time")
        : List.of("string", "number", "yesno", "date", "date_time");
    String type = FieldBuilder.choice(params, "type", "string", types, node.key() + " type");
    List<FieldDetails.AllowedValue> allowed = new ArrayList<>();
    for (Node value : params.all("allowed_value")) {
      if (!(value.value() instanceof Value.Block b) || b.name() != null) {
        return Params.fail(value.value().position(), "expected 'allowed_value: { label: ... value:"
            + " ... }' in " + node.key() + " '" + name + "'");
      }
      Params p = new Params(b.body(), "allowed_value of " + node.key() + " '" + name + "'");
      String v = p.string("value");
      if (v == null) {
        return Params.fail(value.position(), "expected 'value' in allowed_value of " + node.key()
            + " '" + name + "'");
      }
      allowed.add(new FieldDetails.AllowedValue(p.string("label") == null ? v : p.string("label"), v));
    }
    Value.Sql sql = params.sqlBlock("sql");
    mentions.addSql(sql);
    FieldDetails details = new FieldDetails(null, null, null, null, List.of(), null, null, null,
        null, null, null, List.copyOf(allowed), params.string("default_value"));
    return new Field(name, category, type, sql == null ? null : sql.text(), false,
        params.bool("hidden", false), params.string("label"), params.string("description"),
        params.string("value_format_name"), params.strings("tags"), null, null, null, false,
        List.of(), null, Map.of(), null, node.position(), params.strings("required_access_grants"),
        Presentation.of(params), details);
  }
}
