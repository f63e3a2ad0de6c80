package io.looksql.emulator.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.looksql.emulator.query.WriteQuery;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;

/**
 * The queries created with {@code POST /queries}. Like Looker's, they are immutable and never
 * deleted, and creating a query equal to a stored one returns the stored one.
 */
final class QueryStore {
  /** A stored query: its id, its slug and its body (with a {@code client_id}). */
  record StoredQuery(String id, String slug, WriteQuery query) {
  }

  private static final char[] ALPHANUMERIC =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

  private final SecureRandom random = new SecureRandom();
  private final Map<String, StoredQuery> byBody = new HashMap<>();
  private final Map<String, StoredQuery> byId = new HashMap<>();
  private final Map<String, StoredQuery> bySlug = new HashMap<>();

  /** Stores a query, or returns the stored query with an equal body. */
  synchronized StoredQuery save(WriteQuery query) throws JsonProcessingException {
    // Map entries are serialised sorted, so bodies differing only in key order are equal.
    String key = Json.MAPPER.writeValueAsString(query);
    StoredQuery stored = byBody.get(key);
    if (stored != null) {
      return stored;
    }
    String slug;
    do {
      slug = randomString(7);
    } while (bySlug.containsKey(slug));
    WriteQuery withClientId = query.clientId() != null ? query : withClientId(query, randomString(22));
    stored = new StoredQuery(String.valueOf(byId.size() + 1), slug, withClientId);
    byBody.put(key, stored);
    byId.put(stored.id(), stored);
    bySlug.put(slug, stored);
    return stored;
  }

  synchronized StoredQuery byId(String id) {
    return byId.get(id);
  }

  synchronized StoredQuery bySlug(String slug) {
    return bySlug.get(slug);
  }

  /** Returns OpenAPI {@code Query}: the body as written plus the read-only properties. */
  static ObjectNode toJson(StoredQuery stored, String baseUrl) {
    ObjectNode n = Json.MAPPER.valueToTree(stored.query());
    WriteQuery q = stored.query();
    n.put("id", stored.id());
    n.put("slug", stored.slug());
    n.set("can", Json.can("run", "see_results", "explore", "create", "show", "cost_estimate",
        "index", "see_lookml", "see_aggregate_table_lookml", "see_derived_table_lookml",
        "see_sql", "save", "generate_drill_links", "download", "download_unlimited",
        "use_custom_fields"));
    String explorePath = "/explore/" + q.model() + "/" + q.view() + "?qid=" + q.clientId();
    n.put("share_url", baseUrl + "/x/" + stored.slug());
    n.put("expanded_share_url", baseUrl + explorePath);
    n.put("url", explorePath);
    n.put("has_table_calculations", false);
    return n;
  }

  private String randomString(int length) {
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = ALPHANUMERIC[random.nextInt(ALPHANUMERIC.length)];
    }
    return new String(chars);
  }

  private static WriteQuery withClientId(WriteQuery q, String clientId) {
    return new WriteQuery(q.model(), q.view(), q.fields(), q.pivots(), q.fillFields(), q.filters(),
        q.filterExpression(), q.sorts(), q.limit(), q.columnLimit(), q.total(), q.rowTotal(),
        q.subtotals(), q.dynamicFields(), q.queryTimezone(), q.visConfig(), q.filterConfig(),
        q.visibleUiSections(), clientId);
  }
}
