package io.looksql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.looksql.catalog.ExploreCache;
import io.looksql.catalog.ExploreDefinition;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Two users' tokens are two identities, even when their {@code String.hashCode()} collide, so
 * they never share cached explore metadata (Looker filters it by permission).
 */
class IdentityTest {
  // "Aa" and "BB" have the same String.hashCode, and so do strings that differ only by them.
  private static final String ANN_TOKEN = "k7Qz1Aa9xPw3Lr8Tn2Vb";
  private static final String BOB_TOKEN = "k7Qz1BB9xPw3Lr8Tn2Vb";

  private static ConnectionSettings tokenLogin(String token) {
    return new ConnectionSettings("http://127.0.0.1:1", null, null, token, null, ZoneOffset.UTC,
        false, false, 5000, 0, "jdbc:looksql:", List.of());
  }

  @Test void tokensWithCollidingHashCodesAreTwoIdentities() {
    assertEquals(ANN_TOKEN.hashCode(), BOB_TOKEN.hashCode(), "the test needs colliding tokens");
    String ann = ClientCatalogConnector.identity(tokenLogin(ANN_TOKEN));
    String bob = ClientCatalogConnector.identity(tokenLogin(BOB_TOKEN));
    assertNotEquals(ann, bob);
    assertEquals(ann, ClientCatalogConnector.identity(tokenLogin(ANN_TOKEN)));
    assertFalse(ann.contains(ANN_TOKEN), "the key must not carry the secret itself: " + ann);
  }

  @Test void tokensWithCollidingHashCodesNeverShareACachedExplore() {
    ExploreCache cache = new ExploreCache(Duration.ofMinutes(5), Clock.systemUTC());
    AtomicInteger fetches = new AtomicInteger();
    ExploreDefinition annSees = cache.get(ClientCatalogConnector.identity(tokenLogin(ANN_TOKEN)),
        "m", "e", () -> explore("ann", fetches));
    ExploreDefinition bobSees = cache.get(ClientCatalogConnector.identity(tokenLogin(BOB_TOKEN)),
        "m", "e", () -> explore("bob", fetches));
    assertEquals(2, fetches.get(), "each identity fetches its own explore");
    assertEquals("ann", annSees.label());
    assertEquals("bob", bobSees.label());
  }

  private static ExploreDefinition explore(String label, AtomicInteger fetches) {
    fetches.incrementAndGet();
    return new ExploreDefinition("m", "e", "e", label, null, false, List.of(), Map.of(),
        List.of(), List.of());
  }
}
