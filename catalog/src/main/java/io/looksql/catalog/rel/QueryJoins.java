package io.looksql.catalog.rel;

import io.looksql.catalog.Additivity;
import io.looksql.catalog.CustomMeasure;
import io.looksql.catalog.ExploreDefinition;
import io.looksql.catalog.FieldDefinition;
import io.looksql.catalog.LookerTable;
import io.looksql.catalog.lang.ExplainContext;
import io.looksql.catalog.lang.ExpressionTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The joins a Looker query makes, found from the aliases of every field it uses (columns, custom
 * fields, filters, {@code filter_expression}), and the grain checks that depend on them: a SQL
 * aggregate Looker computes as a custom measure over a view's rows ({@code COUNT(*)},
 * {@code SUM/AVG/COUNT(d)}) equals SQL's over the joined rows only where the query's joins don't
 * repeat that view's rows.
 */
final class QueryJoins {
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]+)}");

  private QueryJoins() {
  }

  /** Returns the joins Looker makes for a spec over an explore table. */
  static Set<String> of(LookerSpec spec, LookerTable table) {
    Map<String, FieldDefinition> byName = table.fieldsByName();
    List<String> fields = new ArrayList<>(spec.filters().keySet());
    for (SpecColumn c : spec.columns()) {
      fields.add(spec.customMeasures().stream().filter(m -> m.name().equals(c.field()))
          .map(CustomMeasure::basedOn).findFirst().orElse(c.field()));
    }
    spec.customMeasures().forEach(m -> fields.add(m.basedOn()));
    List<ExpressionTemplate> expressions = new ArrayList<>();
    spec.customDimensions().forEach(d -> expressions.add(d.expression()));
    if (spec.filterExpression() != null) {
      expressions.add(spec.filterExpression().expression());
    }
    for (ExpressionTemplate e : expressions) {
      Matcher m = REFERENCE.matcher(e.render(ExplainContext.INSTANCE));
      while (m.find()) {
        fields.add(m.group(1));
      }
    }
    Set<String> aliases = new TreeSet<>();
    for (String f : fields) {
      FieldDefinition d = byName.get(f);
      if (d != null) {
        aliases.add(d.view());
      } else if (f.contains(".")) {
        aliases.add(f.substring(0, f.indexOf('.')));
      }
    }
    return table.definition().joinsFor(aliases);
  }

  /**
   * Throws a refusal where a SQL aggregate over the rows of an alias's view (what the user
   * wrote, e.g. {@code SUM(`users.age`)}) can't equal SQL's over the joined rows, since the
   * query's joins repeat those rows and Looker counts each once.
   */
  static void requireUnrepeated(ExploreDefinition explore, String alias, Set<String> joins,
      String what) {
    String why = Additivity.whyRepeated(explore, alias, joins);
    if (why != null) {
      throw new QueryRefusedException(what + " can't be computed exactly over explore "
          + explore.name() + ": SQL aggregates the rows the query joins, which repeat rows of "
          + alias + " (" + why + "), while Looker aggregates each row of " + alias + " once "
          + "(symmetric aggregates); for Looker's value use AGGREGATE of a LookML measure of "
          + alias);
    }
  }

  /**
   * Returns the base view's primary key, which {@code COUNT(*)} counts, or throws a refusal
   * that says it is missing.
   */
  static FieldDefinition primaryKeyForCount(ExploreDefinition explore) {
    @Nullable FieldDefinition key = explore.primaryKey();
    if (key == null) {
      throw new QueryRefusedException("COUNT(*) can't be computed over explore "
          + explore.name() + ": Looker counts an explore's rows by its base view's primary key, "
          + "and view " + explore.baseAlias() + " has no primary key (primary_key: yes); "
          + "use AGGREGATE of a count measure, or COUNT of a column that is never NULL");
    }
    return key;
  }
}
