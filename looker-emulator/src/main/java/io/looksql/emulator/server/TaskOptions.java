package io.looksql.emulator.server;

/**
 * The query parameters of {@code POST /query_tasks} that a {@code QueryTask} reports back. Only
 * {@code limit} changes what runs (it is applied when the query is compiled); the emulator has no
 * cache, drill links, PDTs or table calculations, so the rest are recorded as given.
 *
 * @param cache {@code cache} (default true)
 * @param generateLinks {@code generate_drill_links}
 * @param forceProduction {@code force_production}
 * @param pathPrefix {@code path_prefix}, or null
 * @param serverTableCalcs {@code server_table_calcs}
 * @param cacheOnly {@code cache_only}
 * @param rebuildPdts {@code rebuild_pdts}
 */
record TaskOptions(
    boolean cache,
    boolean generateLinks,
    boolean forceProduction,
    String pathPrefix,
    boolean serverTableCalcs,
    boolean cacheOnly,
    boolean rebuildPdts) {

  /** Reads the options from the request's query string. */
  static TaskOptions of(ApiRequest request) {
    return new TaskOptions(
        request.queryFlag("cache", true),
        request.queryFlag("generate_drill_links", false),
        request.queryFlag("force_production", false),
        request.query("path_prefix"),
        request.queryFlag("server_table_calcs", false),
        request.queryFlag("cache_only", false),
        request.queryFlag("rebuild_pdts", false));
  }
}
