package io.looksql.gateway;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gateway's metrics in Micrometer's Prometheus registry: HTTP requests, statements by
 * outcome with a latency histogram, errors by kind, and open connections per identity.
 */
final class GatewayMetrics {
  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final IdentityLimits limits;
  private final Set<String> watched = ConcurrentHashMap.newKeySet();

  GatewayMetrics(IdentityLimits limits) {
    this.limits = limits;
  }

  /** Counts an HTTP request: {@code kind} is avatica, health, metrics, unauthorized or other. */
  void request(String kind) {
    Counter.builder("looksql.gateway.requests").description("HTTP requests by kind")
        .tag("kind", kind).register(registry).increment();
  }

  /** Records a finished statement: its outcome (ok, error, rows_limit, closed) and duration. */
  void statement(String outcome, long nanos) {
    Timer.builder("looksql.gateway.statements").description("Statements by outcome")
        .tag("outcome", outcome).publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofMinutes(10))
        .register(registry).record(Duration.ofNanos(nanos));
  }

  /** Counts an error answered to a client, by kind (e.g. the exception's simple name). */
  void error(String kind) {
    Counter.builder("looksql.gateway.errors").description("Errors answered, by kind")
        .tag("kind", kind).register(registry).increment();
  }

  /** Publishes the open connections of an identity (idempotent). */
  void watchConnections(String identity) {
    if (!watched.add(identity)) {
      return;
    }
    Gauge.builder("looksql.gateway.connections.open", limits, l -> l.connections(identity))
        .description("Open Avatica connections per identity").tag("identity", identity)
        .register(registry);
  }

  /** Returns the metrics in Prometheus' text format. */
  String scrape() {
    return registry.scrape();
  }
}
