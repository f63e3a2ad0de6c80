package io.looksql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** URL and property parsing: good settings, and one row per kind of mistake with its message. */
class ConnectionSettingsTest {
  @Test void parsesUrlAndProperties() throws SQLException {
    Properties p = new Properties();
    p.setProperty("password", "s");
    ConnectionSettings s = ConnectionSettings.parse(
        "url=https://acme.looker.com/;user=id;timeZone=Europe/Berlin;showHidden=true;"
            + "onTruncation=warn;rowLimit=10;sudo=ann@example.com;planCacheSize=0", p, Map.of());
    assertEquals("https://acme.looker.com", s.baseUrl());
    assertEquals("id", s.clientId());
    assertEquals("s", s.clientSecret());
    assertEquals("Europe/Berlin", s.timeZone().getId());
    assertEquals(true, s.showHidden());
    assertFalse(s.failOnTruncation());
    assertEquals(10, s.rowLimit());
    assertEquals(0, s.planCacheSize());
    assertEquals("ann@example.com", s.sudo());
  }

  @Test void fallsBackToLookerSdkEnvironment() throws SQLException {
    ConnectionSettings s = ConnectionSettings.parse("", new Properties(),
        Map.of("LOOKERSDK_BASE_URL", "http://127.0.0.1:19999", "LOOKERSDK_CLIENT_ID", "a",
            "LOOKERSDK_CLIENT_SECRET", "b"));
    assertEquals("http://127.0.0.1:19999", s.baseUrl());
    assertEquals("a", s.clientId());
    assertEquals("UTC", s.timeZone().getId());
    assertEquals(100, s.planCacheSize());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // misspelled keys and duplicates are listed together, sorted
      "url=https://h;token=t;clientSecrt=red;token=u|property \"token\" is given more than once; unknown property \"clientSecrt\" (in URL); did you mean clientSecret?",
      "url=https://h;token=t;TimeZon=UTC|unknown property \"TimeZon\" (in URL); did you mean timeZone?",
      // secrets never go over plain http except to loopback
      "url=http://acme.com;token=t|url \"http://acme.com\" would send secrets over plain http; use https (http is allowed only to loopback)",
      "url=https://h|credentials are missing: give user and password, clientId and clientSecret, or token",
      "url=https://h;user=a;clientId=b;password=c|give either user or clientId, not both",
      "url=https://h;token=t;user=a;password=b|give either a token or API credentials, not both",
      "url=https://h;token=t;timeZone=Mars/Base|timeZone \"Mars/Base\" is not a time zone",
      "url=https://h;token=t;onTruncation=ignore|onTruncation must be fail or warn, not \"ignore\"",
      "url=https://h;token=t;rowLimit=0|rowLimit must be a positive integer, not \"0\"",
      "url=https://h;token=t;planCacheSize=-1|planCacheSize must be an integer from 0 to 100000, "
          + "not \"-1\"",
      "url=https://h;token=t;planCacheSize=lots|planCacheSize must be an integer from 0 to "
          + "100000, not \"lots\"",
      "url=https://h;token=t;showHidden=yes|showHidden must be true or false, not \"yes\"",
      "token=t|url is missing (e.g. url=https://acme.looker.com)",
      "url=ftp://h;token=t|url \"ftp://h\" must be https://host[:port]",
  })
  void rejects(String url, String message) {
    SQLException e = assertThrows(SQLException.class,
        () -> ConnectionSettings.parse(url, new Properties(), Map.of()));
    assertEquals("Invalid jdbc:looksql: connection: " + message, e.getMessage());
    assertEquals("08001", e.getSQLState());
  }

  /** sqlline and many tools send user and password, empty when nobody typed them. */
  @Test void emptyValuesDoNotCount() throws SQLException {
    Properties p = new Properties();
    p.setProperty("user", "");
    p.setProperty("password", "");
    ConnectionSettings s = ConnectionSettings.parse("url=https://h;clientId=a;clientSecret=b",
        p, Map.of());
    assertEquals("a", s.clientId());
    assertEquals("b", s.clientSecret());
    assertTrue(s.warnings().isEmpty(), s.warnings().toString());
  }

  @Test void keysOfToolsAreIgnoredWithAWarning() throws SQLException {
    Properties p = new Properties();
    p.setProperty("ApplicationName", "DBeaver 24");
    ConnectionSettings s = ConnectionSettings.parse("url=https://h;token=t;colour=red", p,
        Map.of());
    assertEquals(List.of(
        "ignored property \"ApplicationName\" (in Properties): not a LookSQL property",
        "ignored property \"colour\" (in URL): not a LookSQL property"), s.warnings());
    assertEquals("01000", s.warningChain().getSQLState());
    assertEquals(s.warnings().get(1), s.warningChain().getNextWarning().getMessage());
  }

  @Test void maskedUrlHidesSecrets() throws SQLException {
    ConnectionSettings s = ConnectionSettings.parse(
        "url=https://h;user=a;password=pw;timeZone=UTC", new Properties(), Map.of());
    assertEquals("jdbc:looksql:url=https://h;user=a;password=***;timeZone=UTC", s.maskedUrl());
    assertEquals("jdbc:looksql:url=https://h;token=***",
        ConnectionSettings.parse("url=https://h;token=secret", new Properties(), Map.of())
            .maskedUrl());
  }

  @Test void sameValueInUrlAndPropertiesIsAccepted() throws SQLException {
    Properties p = new Properties();
    p.setProperty("token", "t");
    assertEquals("t", ConnectionSettings.parse("url=https://h;token=t", p, Map.of()).token());
  }

  @Test void sameKeyInUrlAndPropertiesIsAnError() {
    Properties p = new Properties();
    p.setProperty("token", "u");
    SQLException e = assertThrows(SQLException.class,
        () -> ConnectionSettings.parse("url=https://h;token=t", p, Map.of()));
    assertEquals("Invalid jdbc:looksql: connection: property \"token\" is given more than once",
        e.getMessage());
  }
}
