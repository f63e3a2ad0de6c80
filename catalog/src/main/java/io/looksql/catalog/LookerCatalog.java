package io.looksql.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.apache.calcite.schema.SchemaPlus;

/**
 * What one Looker identity sees: its models (as schemas), their explores (as tables) and, fetched
 * lazily and cached in an {@link ExploreCache}, the explores' fields.
 */
public final class LookerCatalog {
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

  /** Fetches the definitions of many explores concurrently, e.g. before a catalog-wide scan. */
  public void prefetch(List<LookerTable> tables) {
    List<CompletableFuture<?>> futures = new ArrayList<>();
    for (LookerTable t : tables) {
      futures.add(CompletableFuture.runAsync(t::definition));
    }
    CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).join();
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
