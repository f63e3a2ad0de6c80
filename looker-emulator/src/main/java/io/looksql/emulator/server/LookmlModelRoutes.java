package io.looksql.emulator.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.looksql.emulator.lookml.Explore;
import io.looksql.emulator.lookml.Model;
import io.looksql.emulator.lookml.Project;
import io.looksql.emulator.sql.Dialect;
import io.looksql.emulator.users.Permissions;
import java.util.ArrayList;
import java.util.List;

/** {@code GET /lookml_models}, {@code /lookml_models/{m}} and {@code /lookml_models/{m}/explores/{e}}. */
final class LookmlModelRoutes {
  private final Project project;
  private final Dialect dialect;

  LookmlModelRoutes(Project project, Dialect dialect) {
    this.project = project;
    this.dialect = dialect;
  }

  void register(Router router) {
    String models = ApiServer.API_PREFIX + "/lookml_models";
    router.add("GET", models, this::all);
    router.add("GET", models + "/{lookml_model_name}", this::one);
    router.add("GET", models + "/{lookml_model_name}/explores/{explore_name}", this::explore);
  }

  private void all(ApiRequest request) throws Exception {
    boolean excludeEmpty = request.queryFlag("exclude_empty", false);
    boolean excludeHidden = request.queryFlag("exclude_hidden", false);
    List<ObjectNode> models = new ArrayList<>();
    for (Model m : project.models().values()) {
      if (!request.user().canSeeModel(m.name())) {
        continue;
      }
      ObjectNode node = model(m, excludeHidden, request.user());
      if (!excludeEmpty || node.path("explores").size() > 0) {
        models.add(node);
      }
    }
    long offset = orZero(request.queryLong("offset"));
    Long limit = request.queryLong("limit");
    ArrayNode body = Json.array();
    models.stream().skip(offset).limit(limit == null || limit < 0 ? Long.MAX_VALUE : limit)
        .forEach(body::add);
    request.sendJson(200, body);
  }

  private void one(ApiRequest request) throws Exception {
    request.sendJson(200, model(model(request), false, request.user()));
  }

  private void explore(ApiRequest request) throws Exception {
    Model model = model(request);
    Explore explore = model.explores().get(request.path("explore_name"));
    // An explore whose access grants the user lacks is as absent as an unknown one.
    if (explore == null || !request.user().granted(model, explore.requiredAccessGrants())) {
      throw ApiException.notFound();
    }
    ApiUser user = request.user();
    ObjectNode body = new ExploreMetadata(project.name(), dialect)
        .of(model, explore, required -> user.granted(model, required));
    if (!request.user().access().has(Permissions.SEE_LOOKML, model.name())) {
      LookmlRedaction.apply(body);
    }
    request.sendJson(200, body);
  }

  private Model model(ApiRequest request) {
    Model model = project.models().get(request.path("lookml_model_name"));
    // A model outside the user's model sets is as absent as an unknown one.
    if (model == null || !request.user().canSeeModel(model.name())) {
      throw ApiException.notFound();
    }
    return model;
  }

  /**
   * Returns OpenAPI {@code LookmlModel}, its explores as {@code LookmlModelNavExplore}: those the
   * user holds the access grants of.
   */
  private ObjectNode model(Model m, boolean excludeHidden, ApiUser user) {
    ObjectNode n = Json.object();
    n.set("can", Json.can("index", "show"));
    n.set("allowed_db_connection_names", Json.strings(List.of(m.connection())));
    ArrayNode explores = n.putArray("explores");
    for (Explore e : m.explores().values()) {
      if ((excludeHidden && e.hidden()) || !user.granted(m, e.requiredAccessGrants())) {
        continue;
      }
      ObjectNode x = explores.addObject();
      x.put("name", e.name());
      x.put("description", e.description());
      x.put("label", ExploreMetadata.label(e));
      x.put("hidden", e.hidden());
      x.put("group_label", modelLabel(m));
    }
    n.put("has_content", !m.explores().isEmpty());
    n.put("label", modelLabel(m));
    n.put("name", m.name());
    n.put("project_name", project.name());
    n.put("unlimited_db_connections", false);
    return n;
  }

  static String modelLabel(Model m) {
    return m.label() != null ? m.label() : Labels.title(m.name());
  }

  private static long orZero(Long value) {
    return value == null || value < 0 ? 0 : value;
  }
}
