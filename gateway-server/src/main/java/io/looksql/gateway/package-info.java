/**
 * An Avatica HTTP gateway over the LookSQL JDBC driver: authenticates each HTTP request, fixes
 * the Looker identity of each Avatica connection when it opens, checks every later request
 * against it, and serves {@code /health} and {@code /metrics}. Entry points: {@link
 * io.looksql.gateway.GatewayServer} (embedded) and {@link io.looksql.gateway.GatewayMain} (CLI).
 */
package io.looksql.gateway;
