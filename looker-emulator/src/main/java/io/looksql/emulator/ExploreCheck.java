package io.looksql.emulator;

import io.looksql.emulator.lookml.Explore;
import io.looksql.emulator.lookml.Field;
import io.looksql.emulator.lookml.FieldsList;
import io.looksql.emulator.lookml.Join;
import io.looksql.emulator.lookml.Model;
import io.looksql.emulator.lookml.Project;
import io.looksql.emulator.lookml.View;
import io.looksql.emulator.query.CompiledQuery;
import io.looksql.emulator.query.QueryCompiler;
import io.looksql.emulator.query.QueryException;
import io.looksql.emulator.query.WriteQuery;
import io.looksql.emulator.sql.SqlFragment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Checks, explore by explore, whether the SQL of a project runs on the emulator's database: a
 * project written for another database (BigQuery, Snowflake) loads and renders its SQL, but only
 * some of it may run here. Each field of each explore is compiled as a query of its own and run
 * as {@code SELECT * FROM (query) WHERE 1 = 0}, so the database parses and plans it without
 * reading rows.
 */
public final class ExploreCheck {
  /**
   * What was found for one explore.
   *
   * @param model the model
   * @param explore the explore
   * @param fields how many fields were tried
   * @param failures {@code field: message} for each field whose query did not compile or run
   */
  public record Status(String model, String explore, int fields, List<String> failures) {
    /** Returns one line saying whether the explore's SQL runs, and the first failure if not. */
    public String describe(String database) {
      String name = model + "::" + explore;
      if (failures.isEmpty()) {
        return name + ": SQL runs on " + database + " (" + fields + " fields)";
      }
      return name + ": " + failures.size() + " of " + fields + " fields fail on " + database
          + ", first " + failures.get(0);
    }
  }

  private final Project project;
  private final QueryCompiler compiler;
  private final DataSource dataSource;

  /** Creates an ExploreCheck over a project, the compiler of its queries and the database. */
  public ExploreCheck(Project project, QueryCompiler compiler, DataSource dataSource) {
    this.project = project;
    this.compiler = compiler;
    this.dataSource = dataSource;
  }

  /** Returns the status of every explore of every model, in order. */
  public List<Status> run() throws SQLException {
    List<Status> statuses = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      for (Model model : project.models().values()) {
        for (Explore explore : model.explores().values()) {
          statuses.add(check(connection, model, explore));
        }
      }
    }
    return statuses;
  }

  private Status check(Connection connection, Model model, Explore explore) {
    List<String> fields = fields(model, explore);
    List<String> failures = new ArrayList<>();
    for (String field : fields) {
      String problem = problem(connection, model, explore, field);
      if (problem != null) {
        failures.add(field + ": " + problem.replaceAll("\\s+", " ").strip());
      }
    }
    return new Status(model.name(), explore.name(), fields.size(), List.copyOf(failures));
  }

  /** Returns why a query of the field does not run here, or null when it runs. */
  private String problem(Connection connection, Model model, Explore explore, String field) {
    CompiledQuery compiled;
    try {
      compiled = compiler.compile(project, new WriteQuery(model.name(), explore.name(),
          List.of(field), null, null, null, null, null, "1", null, null, null, null, null, null,
          null, null, null, null), null);
    } catch (QueryException | IllegalArgumentException e) {
      return e.getMessage();
    }
    SqlFragment sql = compiled.statement();
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT * FROM (" + sql.sql() + ") q WHERE 1 = 0")) {
      for (int i = 0; i < sql.params().size(); i++) {
        statement.setObject(i + 1, sql.params().get(i));
      }
      statement.executeQuery().close();
      return null;
    } catch (SQLException e) {
      return e.getMessage();
    }
  }

  /** Returns the explore's dimensions and measures as the API names them. */
  private static List<String> fields(Model model, Explore explore) {
    List<String> names = new ArrayList<>();
    add(names, model.views().get(explore.viewName()), explore.alias(), List.of(), explore);
    for (Join join : explore.joins()) {
      add(names, model.views().get(join.viewName()), join.name(), join.fields(), explore);
    }
    return names;
  }

  private static void add(List<String> names, View view, String alias, List<String> joinFields,
      Explore explore) {
    if (view == null) {
      return;
    }
    for (Field field : view.fields().values()) {
      if (FieldsList.allows(joinFields, alias, field)
          && FieldsList.allows(explore.fields(), alias, field)) {
        names.add(alias + "." + field.name());
      }
    }
  }
}
