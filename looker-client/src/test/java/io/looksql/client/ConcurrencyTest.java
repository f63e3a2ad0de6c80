package io.looksql.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.looksql.client.model.WriteQuery;
import io.looksql.emulator.LookerEmulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Sixteen threads share one client: one login, right answers everywhere, renewal under load. */
class ConcurrencyTest {
  private static final int THREADS = 16;

  @Test void sixteenThreadsShareOneClientAndOneLogin() throws Exception {
    MutableClock clock = new MutableClock();
    try (LookerEmulator looker = LookerEmulator.builder().scale(0.05).clock(clock)
        .tokenTtl(Duration.ofSeconds(60)).start();
        LookerClient client = LookerClient.create(TestLooker.config(looker).clock(clock).build())) {
      List<List<Object>> expected = TestLooker.sql(looker,
          "SELECT status, COUNT(*) FROM order_items GROUP BY status ORDER BY status");
      WriteQuery q = WriteQuery.builder("ecommerce", "order_items")
          .fields("order_items.status", "order_items.count").sorts("order_items.status").build();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      try {
        for (int round = 1; round <= 2; round++) {
          CountDownLatch start = new CountDownLatch(1);
          List<Future<?>> futures = new ArrayList<>();
          for (int t = 0; t < THREADS; t++) {
            futures.add(pool.submit(() -> {
              start.await();
              for (int i = 0; i < 10; i++) {
                assertEquals(expected, TestLooker.drain(client.runQuery(q)));
                assertEquals("ecommerce", client.fetchModel("ecommerce").name());
              }
              return null;
            }));
          }
          start.countDown();
          for (Future<?> f : futures) {
            f.get();
          }
          assertEquals(round, client.session().logins(), "one login per token lifetime");
          // Both clocks pass the expiry: all threads find the token stale at once.
          clock.advance(Duration.ofSeconds(61));
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
