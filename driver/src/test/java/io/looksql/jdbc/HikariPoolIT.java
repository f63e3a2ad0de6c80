package io.looksql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URLClassLoader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A HikariCP pool of 8 connections of the one jar, 32 threads each running 50 statements of
 * several kinds (a parameterised count, a grouped measure, a CTE joined to itself, a metadata
 * call), with auto-commit on and off: every answer equals plain SQL on the emulator's database,
 * no close throws, and every connection the pool opened is closed with it, its threads ended.
 */
class HikariPoolIT {
  private static final int THREADS = 32;
  private static final int STATEMENTS = 50;
  private static final List<String> CATEGORIES = List.of("Jeans", "Dresses", "Accessories");
  private static final String GROUPED = "select `products.brand`, aggregate(`products.count`) "
      + "from ecommerce.products where `products.category` = 'Jeans' "
      + "group by `products.brand` order by `products.brand`";
  private static final String CTE = "with b as (select `products.category` as c, "
      + "aggregate(`products.total_retail_price`) as t from ecommerce.products "
      + "group by `products.category`) select b1.c, b1.t from b b1 join b b2 on b1.c = b2.c "
      + "where b1.t >= b2.t order by b1.c";

  private static URLClassLoader loader;
  private static final List<List<String>> COUNTS = new ArrayList<>();
  private static List<String> grouped;
  private static List<String> cte;

  @BeforeAll static void expectedAnswers() throws SQLException {
    loader = OneJar.loader();
    for (String category : CATEGORIES) {
      COUNTS.add(SharedLooker.plainRows(
          "select count(*) from products where category = '" + category + "'"));
    }
    grouped = SharedLooker.plainRows("select brand, count(*) from products "
        + "where category = 'Jeans' group by brand order by brand");
    cte = SharedLooker.plainRows("select category, sum(retail_price) from products "
        + "group by category order by category");
  }

  @AfterAll static void close() {
    OneJar.close(loader);
  }

  @ParameterizedTest(name = "autoCommit={0}")
  @ValueSource(booleans = {true, false})
  void poolGivesRightAnswersAndLeaksNothing(boolean autoCommit) throws Exception {
    Set<String> threadsBefore = threadNames();
    AtomicInteger opened = new AtomicInteger();
    AtomicInteger closed = new AtomicInteger();
    HikariConfig config = new HikariConfig();
    config.setDataSource(counting(JarDataSource.of(OneJar.driver(loader), SharedLooker.url("")),
        opened, closed));
    config.setPoolName("looksql-pool-" + autoCommit);
    config.setMaximumPoolSize(8);
    config.setAutoCommit(autoCommit);
    config.setConnectionTimeout(120_000);
    Queue<String> failures = new ConcurrentLinkedQueue<>();
    int done;
    try (HikariDataSource pool = new HikariDataSource(config)) {
      ExecutorService threads = Executors.newFixedThreadPool(THREADS);
      AtomicInteger statements = new AtomicInteger();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        threads.execute(() -> {
          for (int i = 0; i < STATEMENTS; i++) {
            try (Connection c = pool.getConnection()) {
              run(c, thread + i);
              statements.incrementAndGet();
            } catch (Throwable e) {
              failures.add("thread " + thread + ", statement " + i + ": "
                  + SharedLooker.messages(e));
            }
          }
        });
      }
      threads.shutdown();
      assertTrue(threads.awaitTermination(15, TimeUnit.MINUTES), "the statements did not end");
      done = statements.get();
      assertEquals(0, pool.getHikariPoolMXBean().getActiveConnections());
    }
    assertEquals(List.of(), new ArrayList<>(failures).subList(0, Math.min(5, failures.size())));
    assertEquals(THREADS * STATEMENTS, done);
    assertTrue(opened.get() >= 1 && opened.get() <= 8 + 1, "opened " + opened.get());
    assertEquals(opened.get(), closed.get(), "connections opened and closed");
    assertEquals(Set.of(), newThreadsAfterWaiting(threadsBefore, "looksql-pool-", "looker-client-"));
  }

  /** Runs statement kind {@code n % 4} on a pooled connection and checks its answer. */
  private static void run(Connection c, int n) throws SQLException {
    switch (n % 4) {
    case 0:
      int k = n % CATEGORIES.size();
      try (PreparedStatement ps = c.prepareStatement("select count(*) from ecommerce.products "
          + "where `products.category` = ?")) {
        ps.setString(1, CATEGORIES.get(k));
        try (ResultSet rs = ps.executeQuery()) {
          assertEquals(COUNTS.get(k), SharedLooker.rows(rs));
        }
      }
      break;
    case 1:
      assertEquals(grouped, SharedLooker.rows(c, GROUPED));
      break;
    case 2:
      assertEquals(cte, SharedLooker.rows(c, CTE));
      break;
    default:
      Set<String> tables = new TreeSet<>();
      try (ResultSet rs = c.getMetaData().getTables(null, "ecommerce", "%", null)) {
        while (rs.next()) {
          tables.add(rs.getString("TABLE_NAME"));
        }
      }
      assertEquals(Set.of("order_items", "orders", "products", "users"), tables);
    }
  }

  /** Wraps a data source so that its connections count their opening and closing. */
  private static JarDataSource counting(JarDataSource source, AtomicInteger opened,
      AtomicInteger closed) {
    return new JarDataSource(() -> {
      Connection real = source.getConnection();
      opened.incrementAndGet();
      AtomicInteger once = new AtomicInteger();
      return (Connection) Proxy.newProxyInstance(HikariPoolIT.class.getClassLoader(),
          new Class<?>[] {Connection.class}, (proxy, method, args) -> {
            if (method.getName().equals("close") && once.getAndIncrement() == 0) {
              closed.incrementAndGet();
            }
            try {
              return method.invoke(real, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
    });
  }

  private static Set<String> threadNames() {
    Set<String> names = new TreeSet<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      names.add(t.getName());
    }
    return names;
  }

  /**
   * Returns the threads with one of the prefixes that were not running before, once they have
   * had 40 seconds to end (an idle HTTP worker lingers up to 30).
   */
  private static Set<String> newThreadsAfterWaiting(Set<String> before, String... prefixes)
      throws InterruptedException {
    Set<String> left = new TreeSet<>();
    for (int i = 0; i < 400; i++) {
      left.clear();
      for (String name : threadNames()) {
        for (String prefix : prefixes) {
          if (name.startsWith(prefix) && !before.contains(name)) {
            left.add(name);
          }
        }
      }
      if (left.isEmpty()) {
        break;
      }
      Thread.sleep(100);
    }
    return left;
  }
}
