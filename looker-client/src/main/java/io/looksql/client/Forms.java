package io.looksql.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Encoding of {@code application/x-www-form-urlencoded} values. */
final class Forms {
  private Forms() {
  }

  /** Returns a form value encoded. */
  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
