package io.looksql.client;

import com.fasterxml.jackson.databind.JavaType;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The ways a successful response is read. */
final class Responses {
  private Responses() {
  }

  /** Returns a reader of a whole JSON body of a type. */
  static <T> Transport.BodyReader<T> json(Class<T> type) {
    return json(JsonCodec.INSTANCE.type(type));
  }

  /** Returns a reader of a whole JSON body of a (generic) type. */
  static <T> Transport.BodyReader<T> json(JavaType type) {
    return response -> {
      try (InputStream in = response.body()) {
        return JsonCodec.INSTANCE.read(in, type);
      }
    };
  }

  /** Returns a reader of a whole text body. */
  static Transport.BodyReader<String> text() {
    return response -> {
      try (InputStream in = response.body()) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    };
  }

  /** Returns a reader that closes the body and returns the status. */
  static Transport.BodyReader<Integer> status() {
    return response -> {
      response.body().close();
      return response.statusCode();
    };
  }
}
