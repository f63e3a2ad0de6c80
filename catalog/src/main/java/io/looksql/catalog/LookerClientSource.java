package io.looksql.catalog;

import io.looksql.client.AbortSignal;
import io.looksql.client.LookerClient;
import io.looksql.client.model.LookmlModel;
import io.looksql.client.model.LookmlModelExplore;
import io.looksql.client.model.LookmlModelExploreField;
import io.looksql.client.model.LookmlModelExploreJoins;
import io.looksql.client.model.LookmlModelNavExplore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalog's seams ({@link ExploreSource}, {@link QueryRunner}) over a {@link LookerClient}
 * acting as one Looker identity.
 */
public final class LookerClientSource implements ExploreSource, QueryRunner, AutoCloseable {
  /** A view named in LookML {@code ${view.field}}. */
  private static final Pattern VIEW_REFERENCE = Pattern.compile("\\$\\{\\s*(\\w+)\\.");

  private final LookerClient client;
  private final LookerClient owner;

  /** Creates a LookerClientSource; every call runs as the client's identity. */
  public LookerClientSource(LookerClient client) {
    this(client, client);
  }

  /**
   * Creates a LookerClientSource whose calls run as {@code client}, a sudo view of
   * {@code owner}; closing it closes both.
   */
  public LookerClientSource(LookerClient client, LookerClient owner) {
    this.client = Objects.requireNonNull(client, "client");
    this.owner = Objects.requireNonNull(owner, "owner");
  }

  /** Closes the client (and the client it is a view of): its threads stop. */
  @Override public void close() {
    client.close();
    owner.close();
  }

  @Override public List<ModelSummary> fetchModels() {
    List<ModelSummary> models = new ArrayList<>();
    for (LookmlModel m : client.fetchModels()) {
      List<ExploreSummary> explores = new ArrayList<>();
      for (LookmlModelNavExplore e : m.explores()) {
        explores.add(new ExploreSummary(e.name(), e.label(), e.description(),
            Boolean.TRUE.equals(e.hidden())));
      }
      models.add(new ModelSummary(m.name(), m.label(), explores));
    }
    return models;
  }

  @Override public ExploreDefinition fetchExplore(String model, String explore) {
    LookmlModelExplore e = client.fetchExplore(model, explore);
    List<FieldDefinition> fields = new ArrayList<>();
    for (LookmlModelExploreField f : e.fields().dimensions()) {
      fields.add(field(f, FieldDefinition.DIMENSION));
    }
    for (LookmlModelExploreField f : e.fields().measures()) {
      fields.add(field(f, FieldDefinition.MEASURE));
    }
    Set<String> joinAliases = new TreeSet<>();
    e.joins().forEach(j -> joinAliases.add(j.name()));
    String base = baseAlias(e, fields, joinAliases);
    List<JoinDefinition> joins = new ArrayList<>();
    for (LookmlModelExploreJoins j : e.joins()) {
      joins.add(new JoinDefinition(j.name(), j.relationship(), dependencies(j, base)));
    }
    List<DefaultFilter> defaults = new ArrayList<>();
    e.alwaysFilter().forEach(f -> defaults.add(new DefaultFilter(f.name(), f.value(), false)));
    e.conditionallyFilter().forEach(f ->
        defaults.add(new DefaultFilter(f.name(), f.value(), true)));
    return ExploreDefinition.of(model, e.name(), base, e.label(), e.description(),
        Boolean.TRUE.equals(e.hidden()), fields, joins, e.alwaysJoin(), defaults);
  }

  /**
   * Returns the alias of an explore's base view. Looker addresses its fields by the explore's
   * name, or by the view's name under {@code view_name:}; the API's {@code view_name} is the view
   * itself (which {@code from:} may name), so the fields, whose view is the alias, decide.
   */
  static String baseAlias(LookmlModelExplore e, List<FieldDefinition> fields,
      Set<String> joinAliases) {
    Set<String> aliases = new TreeSet<>();
    fields.forEach(f -> aliases.add(f.view()));
    aliases.removeAll(joinAliases);
    if (aliases.contains(e.name()) || aliases.isEmpty()) {
      return e.name();
    }
    if (e.viewName() != null && aliases.contains(e.viewName())) {
      return e.viewName();
    }
    return aliases.size() == 1 ? aliases.iterator().next() : e.name();
  }

  /**
   * Returns the aliases a join depends on: those its {@code sql_on} and {@code sql_where} name,
   * its {@code required_joins}, and the view of its {@code foreign_key} (the base view when the
   * key is not qualified); null when the metadata shows none of these, so nothing is known.
   */
  static Set<String> dependencies(LookmlModelExploreJoins j, String baseAlias) {
    if (j.sqlOn() == null && j.foreignKey() == null) {
      return null;
    }
    Set<String> views = new TreeSet<>(j.requiredJoins());
    for (String sql : new String[] {j.sqlOn(), j.sqlWhere()}) {
      if (sql != null) {
        Matcher m = VIEW_REFERENCE.matcher(sql);
        while (m.find()) {
          views.add(m.group(1));
        }
      }
    }
    if (j.foreignKey() != null) {
      int dot = j.foreignKey().indexOf('.');
      views.add(dot < 0 ? baseAlias : j.foreignKey().substring(0, dot));
    }
    views.remove(j.name());
    return views;
  }

  /** Returns the column of each field name; json_bi names each column as the query's fields do. */
  private static Map<String, Integer> columnIndex(List<String> names) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      index.put(names.get(i), i);
    }
    return index;
  }

  private static FieldDefinition field(LookmlModelExploreField f, String category) {
    return new FieldDefinition(f.name(), f.category() != null ? f.category() : category,
        f.type() == null ? "string" : f.type(),
        Boolean.TRUE.equals(f.hidden()), f.label(), f.description(),
        f.view() != null ? f.view() : f.name().substring(0, Math.max(0, f.name().indexOf('.'))),
        f.sql(), f.valueFormatName(), Boolean.TRUE.equals(f.primaryKey()));
  }

  @Override public QueryRows runQuery(LookerRequest r, AbortSignal abort) {
    return rows(client.runQuery(r.toWriteQuery(), abort));
  }

  @Override public void killQuery(LookerRequest r) {
    client.cancelRunningQuery(r.toWriteQuery());
  }

  @Override public BackgroundQuery startQuery(LookerRequest r) {
    String taskId = client.createQueryTask(client.createQuery(r.toWriteQuery()).id()).id();
    return new BackgroundQuery() {
      @Override public QueryRows poll() {
        return client.fetchQueryTaskResults(taskId).map(LookerClientSource::rows).orElse(null);
      }

      @Override public void cancel() {
        client.cancelQueryTask(taskId);
      }
    };
  }

  private static QueryRows rows(io.looksql.client.QueryRows rows) {
    Map<String, Integer> index = columnIndex(rows.fieldNames());
    return new QueryRows() {
      @Override public boolean hasNext() {
        return rows.hasNext();
      }

      @Override public Row next() {
        io.looksql.client.Row row = rows.next();
        return field -> {
          Integer i = index.get(field);
          return i == null ? null : row.get(i);
        };
      }

      @Override public void close() {
        rows.close();
      }
    };
  }
}
