package io.looksql.gateway;

import static io.looksql.gateway.GatewayFixture.basic;
import static io.looksql.gateway.GatewayFixture.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.apache.calcite.avatica.remote.Driver.Serialization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS from a keystore, with a self-signed certificate made by the JDK's keytool. */
class TlsTest {
  @TempDir Path dir;

  @Test void theThinClientConnectsOverHttpsWithATruststore() throws Exception {
    Path keystore = dir.resolve("gateway.p12");
    Path cert = dir.resolve("gateway.crt");
    Path truststore = dir.resolve("trust.p12");
    keytool("-genkeypair", "-alias", "gateway", "-keyalg", "RSA", "-keysize", "2048",
        "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1", "-validity", "2",
        "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "changeit");
    keytool("-exportcert", "-alias", "gateway", "-keystore", keystore.toString(),
        "-storepass", "changeit", "-file", cert.toString());
    keytool("-importcert", "-noprompt", "-alias", "gateway", "-file", cert.toString(),
        "-storetype", "PKCS12", "-keystore", truststore.toString(), "-storepass", "changeit");
    try (GatewayServer g = GatewayFixture.gateway(Serialization.PROTOBUF)
        .tls(keystore, "changeit", "PKCS12").start()) {
      assertTrue(g.url().startsWith("https://"), g.url());
      String url = "jdbc:avatica:remote:url=" + g.url() + ";serialization=protobuf;truststore="
          + truststore + ";truststore_password=changeit" + basic("wendy", "wendy-pw");
      try (Connection c = ThinClient.connect(url)) {
        assertEquals(List.of("West"), rows(c, "SELECT DISTINCT `users.region` FROM ecommerce.users"));
      }
      // Without the certificate trusted, the client refuses the server.
      String untrusted = "jdbc:avatica:remote:url=" + g.url() + ";serialization=protobuf"
          + basic("wendy", "wendy-pw");
      assertThrows(Exception.class, () -> rows(ThinClient.connect(untrusted), "VALUES 1"));
    }
  }

  private static void keytool(String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
  }
}
