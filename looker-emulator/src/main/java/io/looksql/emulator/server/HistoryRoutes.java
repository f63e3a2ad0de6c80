package io.looksql.emulator.server;

/**
 * {@code GET /emulator/history}: the query audit as a JSON array, oldest first. Outside
 * {@code /api/4.0} because Looker has no such endpoint; admins only, with an API token.
 */
final class HistoryRoutes {
  private final QueryAudit audit;

  HistoryRoutes(QueryAudit audit) {
    this.audit = audit;
  }

  void register(Router router) {
    router.add("GET", "/emulator/history", request -> {
      if (!request.user().isAdmin()) {
        throw ApiException.of(403, "Permission denied: the query history is for admins.");
      }
      request.sendJson(200, audit.toJson());
    });
  }
}
