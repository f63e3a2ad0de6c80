package io.looksql.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.calcite.schema.SchemaPlus;

/**
 * What one Looker identity sees: its models (as schemas), their explores (as tables) and, fetched
 * lazily and cached in an {@link ExploreCache}, the explores' fields.
 */
public final class LookerCatalog implements AutoCloseable {
  /** How many explores {@link #prefetch} fetches at once. */
  public static final int PREFETCH_THREADS = 8;

  private final String identity;
  private final ExploreSource source;
  private final QueryRunner runner;
  private final ExploreCache cache;
  private final boolean showHidden;
  private final ExecutionSettings settings;
  private volatile List<ModelSummary> models;

  private LookerCatalog(String identity, ExploreSource source, QueryRunner runner,
      ExploreCache cache, boolean showHidden, ExecutionSettings settings) {
    this.identity = Objects.requireNonNull(identity, "identity");
    this.source = Objects.requireNonNull(source, "source");
    this.runner = Objects.requireNonNull(runner, "runner");
    this.cache = Objects.requireNonNull(cache, "cache");
    this.showHidden = showHidden;
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * Creates a LookerCatalog.
   *
   * @param identity key of the Looker identity (host and user) that scopes cached metadata
   * @param source where metadata comes from
   * @param runner where queries run
   * @param cache cache of explore definitions
   * @param showHidden whether hidden explores and fields are listed
   * @param settings how queries run
   */
  public static LookerCatalog create(String identity, ExploreSource source, QueryRunner runner,
      ExploreCache cache, boolean showHidden, ExecutionSettings settings) {
    return new LookerCatalog(identity, source, runner, cache, showHidden, settings);
  }

  /** Returns the models; the first call fetches them. */
  public List<ModelSummary> models() {
    List<ModelSummary> m = models;
    if (m == null) {
      m = source.fetchModels();
      models = m;
    }
    return m;
  }

  /** Adds a {@link LookerSchema} per model to a root schema. */
  public void addTo(SchemaPlus root) {
    for (ModelSummary model : models()) {
      root.add(model.name(), new LookerSchema(this, model));
    }
  }

  /** Returns an explore's definition, from the cache when it is fresh. */
  public ExploreDefinition explore(String model, String explore) {
    return cache.get(identity, model, explore, () -> source.fetchExplore(model, explore));
  }

  /**
   * Fetches the definitions of many explores concurrently, at most {@link #PREFETCH_THREADS} at a
   * time, e.g. before a catalog-wide {@code getColumns}. A failed fetch is left for the caller's
   * own read of that explore to report.
   */
  public void prefetch(List<LookerTable> tables) {
    // Own threads: the common pool has a single thread on a two-core machine.
    ExecutorService pool = Executors.newFixedThreadPool(
        Math.max(1, Math.min(PREFETCH_THREADS, tables.size())), r -> {
          Thread t = new Thread(r, "looksql-prefetch");
          t.setDaemon(true);
          return t;
        });
    try {
      List<CompletableFuture<?>> futures = new ArrayList<>();
      for (LookerTable t : tables) {
        futures.add(CompletableFuture.runAsync(t::definition, pool).exceptionally(e -> null));
      }
      CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).join();
    } finally {
      pool.shutdown();
    }
  }

  /** Closes the source and the runner where they hold resources (e.g. a Looker client). */
  @Override public void close() throws Exception {
    if (source instanceof AutoCloseable c) {
      c.close();
    }
    if (runner != source && runner instanceof AutoCloseable c) {
      c.close();
    }
  }

  /** Returns whether hidden explores and fields are shown. */
  public boolean showHidden() {
    return showHidden;
  }

  /** Returns where queries run. */
  public QueryRunner runner() {
    return runner;
  }

  /** Returns how queries run. */
  public ExecutionSettings settings() {
    return settings;
  }
}
