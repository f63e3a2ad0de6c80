package io.looksql.client;

import java.net.Socket;
import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/** Builds the JDK {@link HttpClient} a {@link LookerClient} uses, with its TLS settings. */
final class HttpClients {
  private static final AtomicInteger CLIENTS = new AtomicInteger();

  private HttpClients() {
  }

  /** Returns a cached pool of daemon threads that end when idle, for the HTTP client's work. */
  static ExecutorService executor() {
    int client = CLIENTS.incrementAndGet();
    AtomicInteger n = new AtomicInteger();
    return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
        new SynchronousQueue<>(), r -> {
          Thread t = new Thread(r, "looker-client-" + client + "-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  /** Returns an HTTP/1.1 client: Looker streams large results, which HTTP/2 gains nothing on. */
  static HttpClient create(LookerClientConfig config, ExecutorService executor) {
    HttpClient.Builder b = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(config.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .executor(executor);
    if (!config.verifySsl() || config.trustStore() != null) {
      b.sslContext(sslContext(config));
    }
    return b.build();
  }

  private static SSLContext sslContext(LookerClientConfig config) {
    try {
      TrustManager[] managers;
      if (!config.verifySsl()) {
        managers = new TrustManager[] {new TrustingManager()};
      } else {
        TrustManagerFactory f =
            TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        f.init((KeyStore) config.trustStore());
        managers = f.getTrustManagers();
      }
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, managers, new SecureRandom());
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot set up TLS: " + e.getMessage(), e);
    }
  }

  /**
   * Trusts every certificate for {@code verifySsl=false}. Being an extended trust manager, the JDK
   * leaves the host-name check to it as well, so that check is skipped too, for this client only.
   */
  private static final class TrustingManager extends X509ExtendedTrustManager {
    @Override public void checkClientTrusted(X509Certificate[] chain, String authType) {
    }

    @Override public void checkServerTrusted(X509Certificate[] chain, String authType) {
    }

    @Override public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }

    @Override public void checkClientTrusted(X509Certificate[] chain, String authType, Socket s) {
    }

    @Override public void checkServerTrusted(X509Certificate[] chain, String authType, Socket s) {
    }

    @Override public void checkClientTrusted(X509Certificate[] chain, String authType,
        SSLEngine e) {
    }

    @Override public void checkServerTrusted(X509Certificate[] chain, String authType,
        SSLEngine e) {
    }
  }
}
