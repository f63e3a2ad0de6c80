package io.looksql.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * The gateway's one Jetty handler: {@code GET /health}, {@code GET /metrics}, CORS for allowed
 * origins, and every other request authenticated and then handed, as that identity, to
 * Avatica's handler (which takes {@code POST} only). A request that proves no identity gets a
 * bare 401 that says nothing about why.
 */
final class GatewayHandler extends HandlerWrapper {
  private final Authenticator authenticator;
  private final GatewayMetrics metrics;
  private final BooleanSupplier lookerAnswers;
  private final List<String> corsOrigins;

  GatewayHandler(Authenticator authenticator, GatewayMetrics metrics,
      BooleanSupplier lookerAnswers, List<String> corsOrigins) {
    this.authenticator = authenticator;
    this.metrics = metrics;
    this.lookerAnswers = lookerAnswers;
    this.corsOrigins = corsOrigins;
  }

  @Override public void handle(String target, Request base, HttpServletRequest request,
      HttpServletResponse response) throws IOException {
    base.setHandled(true);
    boolean get = request.getMethod().equals("GET");
    if (get && target.equals("/health")) {
      metrics.request("health");
      boolean ready = lookerAnswers.getAsBoolean();
      text(response, ready ? 200 : 503, ready ? "ready\n" : "Looker does not answer\n",
          "text/plain");
      return;
    }
    if (get && target.equals("/metrics")) {
      metrics.request("metrics");
      text(response, 200, metrics.scrape(), "text/plain; version=0.0.4");
      return;
    }
    String origin = request.getHeader("Origin");
    if (origin != null && corsOrigins.contains(origin)) {
      response.setHeader("Access-Control-Allow-Origin", origin);
      response.setHeader("Vary", "Origin");
      if (request.getMethod().equals("OPTIONS")) {
        metrics.request("cors_preflight");
        response.setHeader("Access-Control-Allow-Methods", "POST");
        response.setHeader("Access-Control-Allow-Headers", "Authorization, Content-Type");
        response.setHeader("Access-Control-Max-Age", "600");
        response.setStatus(204);
        return;
      }
    }
    if (!request.getMethod().equals("POST")) {
      metrics.request("other");
      response.setHeader("Allow", "POST");
      text(response, 405, "Method not allowed\n", "text/plain");
      return;
    }
    Identity identity;
    try {
      identity = authenticator.authenticate(request.getHeader("Authorization"));
    } catch (Authenticator.LookerUnavailableException e) {
      metrics.request("unavailable");
      text(response, 503, "Looker does not answer\n", "text/plain");
      return;
    }
    if (identity == null) {
      metrics.request("unauthorized");
      response.setHeader("WWW-Authenticate", "Basic realm=\"LookSQL\"");
      response.addHeader("WWW-Authenticate", "Bearer realm=\"LookSQL\"");
      text(response, 401, "Unauthorized\n", "text/plain");
      return;
    }
    metrics.request("avatica");
    base.setHandled(false);
    try {
      CurrentIdentity.runAs(identity, () -> super.handle(target, base, request, response));
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException(e);
    }
  }

  private static void text(HttpServletResponse response, int status, String body, String type)
      throws IOException {
    response.setStatus(status);
    response.setContentType(type);
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
