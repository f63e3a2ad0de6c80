package io.looksql.jdbc;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.looksql.catalog.ExploreCache;
import io.looksql.catalog.ExploreDefinition;
import io.looksql.catalog.ExploreSource;
import io.looksql.catalog.LookerCatalog;
import io.looksql.catalog.LookerRequest;
import io.looksql.catalog.ModelSummary;
import io.looksql.catalog.QueryRows;
import io.looksql.catalog.QueryRunner;
import io.looksql.client.AbortSignal;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Closing a connection closes what its catalog holds (the Looker client and its threads). */
class ConnectionCloseTest {
  @Test void closingTheConnectionClosesTheCatalog() throws Exception {
    AtomicBoolean closed = new AtomicBoolean();
    class Source implements ExploreSource, QueryRunner, AutoCloseable {
      @Override public List<ModelSummary> fetchModels() {
        return List.of();
      }

      @Override public ExploreDefinition fetchExplore(String model, String explore) {
        throw new UnsupportedOperationException();
      }

      @Override public QueryRows runQuery(LookerRequest request, AbortSignal abort) {
        throw new UnsupportedOperationException();
      }

      @Override public void killQuery(LookerRequest request) {
        throw new UnsupportedOperationException();
      }

      @Override public BackgroundQuery startQuery(LookerRequest request) {
        throw new UnsupportedOperationException();
      }

      @Override public void close() {
        closed.set(true);
      }
    }
    Source source = new Source();
    Driver driver = new Driver((settings, execution) -> new CatalogConnector.Login(
        LookerCatalog.create("test", source, source,
            new ExploreCache(ExploreCache.DEFAULT_TTL, Clock.systemUTC()), false, execution),
        () -> "test"));
    Connection c = driver.connect(
        Driver.PREFIX + "url=http://127.0.0.1:1;clientId=a;clientSecret=b", new Properties());
    assertFalse(closed.get());
    c.close();
    assertTrue(closed.get());
  }
}
