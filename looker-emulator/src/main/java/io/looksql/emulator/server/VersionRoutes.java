package io.looksql.emulator.server;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code GET /versions} (at the root and under {@code /api/4.0}), open to anonymous callers. */
final class VersionRoutes {
  /** The Looker release whose API spec the emulator follows. */
  static final String LOOKER_RELEASE = "26.12.0";

  private final String baseUrl;

  VersionRoutes(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  void register(Router router) {
    router.addPublic("GET", "/versions", this::versions);
    router.addPublic("GET", ApiServer.API_PREFIX + "/versions", this::versions);
  }

  private void versions(ApiRequest request) throws Exception {
    ObjectNode current = Json.object();
    current.put("version", "4.0");
    current.put("full_version", "4.0." + LOOKER_RELEASE.substring(0, LOOKER_RELEASE.lastIndexOf('.')));
    current.put("status", "current");
    current.put("swagger_url", baseUrl + ApiServer.API_PREFIX + "/swagger.json");
    ObjectNode body = Json.object();
    body.put("looker_release_version", LOOKER_RELEASE);
    body.set("current_version", current);
    body.putArray("supported_versions").add(current.deepCopy());
    body.put("api_server_url", baseUrl);
    body.put("web_server_url", baseUrl);
    request.sendJson(200, body);
  }
}
