package io.looksql.client;

import io.looksql.client.model.AccessToken;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What a {@link LookerClient} and its sudo views share: the transport, the API user's session and
 * the sessions of the users sudo'ed to, one per user id.
 */
final class ClientCore {
  private final Transport transport;
  private final TokenSession apiSession;
  private final Map<String, TokenSession> sudoSessions = new ConcurrentHashMap<>();
  private final AtomicBoolean closed = new AtomicBoolean();

  ClientCore(LookerClientConfig config) {
    ExecutorService executor = HttpClients.executor();
    this.transport = new Transport(config, HttpClients.create(config, executor), executor);
    this.apiSession = config.accessToken() != null
        ? TokenSession.fixed(config.accessToken())
        : TokenSession.renewable(this::login, config.clock());
  }

  Transport transport() {
    return transport;
  }

  TokenSession apiSession() {
    return apiSession;
  }

  /** Returns the session of a user sudo'ed to, created on first use; tokens are cached there. */
  TokenSession sudoSession(String userId) {
    return sudoSessions.computeIfAbsent(userId,
        id -> TokenSession.renewable(() -> loginUser(id), transport.config().clock()));
  }

  /** Returns the sessions of the users sudo'ed to. */
  Iterable<TokenSession> sudoSessions() {
    return List.copyOf(sudoSessions.values());
  }

  /** Throws if the client was closed. */
  void checkOpen() {
    if (closed.get()) {
      throw new IllegalStateException("LookerClient is closed");
    }
  }

  /** Marks the client closed and stops its threads; returns false if it was closed already. */
  boolean close() {
    if (!closed.compareAndSet(false, true)) {
      return false;
    }
    transport.close();
    return true;
  }

  /** {@code POST /login -> AccessToken}, with the configured API3 credentials as a form body. */
  private AccessToken login() {
    LookerClientConfig c = transport.config();
    String form = "client_id=" + Forms.encode(c.clientId())
        + "&client_secret=" + Forms.encode(c.clientSecret());
    // Repeating a login only issues another token, so it may be retried like a read.
    ApiCall call = new ApiCall("POST", "/login", Map.of(),
        form.getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded", true, null,
        null);
    return transport.send(call, null, Responses.json(AccessToken.class));
  }

  /** {@code POST /login/{user_id} -> AccessToken}, as the API user (who must be an admin). */
  private AccessToken loginUser(String userId) {
    ApiCall call = new ApiCall("POST", "/login/" + ApiCall.segment(userId), Map.of(), null, null,
        true, null, null);
    return transport.send(call, apiSession, Responses.json(AccessToken.class));
  }
}
