package io.looksql.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;

/** The client's one Jackson configuration, for request and response bodies. */
final class JsonCodec {
  static final JsonCodec INSTANCE = new JsonCodec();

  private final ObjectMapper mapper;

  private JsonCodec() {
    JsonFactory factory = JsonFactory.builder()
        // Streams are closed by whoever opened them: a parser must not end a response early.
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        // Results are mostly numbers; the JDK's double parsing is the slowest step of decoding a row.
        .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
    mapper = JsonMapper.builder(factory)
        // Sorted properties and map keys make a body a function of its content, so what a caller
        // shows as "the query sent" (EXPLAIN) is stable and is the bytes sent.
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .build()
        // Model records use the spec's property names in camelCase; the wire uses snake_case.
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        // New server properties must not break old clients.
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        // Absent and empty mean the same to Looker; sending neither keeps bodies small.
        .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);
  }

  /** Returns the factory for streaming parsers. */
  JsonFactory factory() {
    return mapper.getFactory();
  }

  /** Returns a value serialized as JSON. */
  byte[] write(Object value) {
    try {
      return mapper.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot serialize " + value + ": " + e.getMessage(), e);
    }
  }

  /** Reads a whole JSON document of the given type; the stream is left open. */
  <T> T read(InputStream in, JavaType type) throws IOException {
    return mapper.readValue(in, type);
  }

  /** Reads the value at the parser's current token; the parser goes on after it. */
  <T> T read(JsonParser parser, Class<T> type) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    // A value inside a larger document is followed by more tokens, which are not an error here.
    return mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .readValue(parser);
  }

  /** Returns the type of {@code type}. */
  JavaType type(Class<?> type) {
    return mapper.constructType(type);
  }

  /** Returns the type of a list of {@code element}. */
  JavaType listOf(Class<?> element) {
    return mapper.getTypeFactory().constructCollectionType(java.util.List.class, element);
  }
}
