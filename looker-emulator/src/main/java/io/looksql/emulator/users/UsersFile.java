package io.looksql.emulator.users;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a users file: JSON whose names are those of the Looker API ({@code snake_case}).
 *
 * <pre>{@code
 * {
 *   "user_attributes": [{"name": "region", "label": "Region", "type": "string", "default_value": null}],
 *   "roles": [
 *     {"id": "2", "name": "Admin",
 *      "permission_set": {"id": "1", "name": "Admin", "all_access": true},
 *      "model_set": {"id": "1", "name": "All", "all_access": true}},
 *     {"id": "3", "name": "Analyst",
 *      "permission_set": {"id": "3", "name": "Analyst", "permissions": ["access_data", "explore", "see_lookml"]},
 *      "model_set": {"id": "2", "name": "E-commerce", "models": ["ecommerce"]}}],
 *   "users": [
 *     {"id": "1", "first_name": "Admin", "last_name": "User", "email": "admin@example.com",
 *      "role_ids": ["2"], "credentials_api3": [{"client_id": "looksql-admin", "client_secret": "looksql-admin-secret"}],
 *      "user_attributes": {"region": "%"}},
 *     {"id": "5", "first_name": "Sam", "last_name": "South", "email": "sam@example.com", "is_disabled": false,
 *      "role_ids": ["3"], "user_attributes": {"region": "South"}}]
 * }
 * }</pre>
 *
 * <p>Unknown names are errors, so a misspelt key does not silently grant or drop access.
 */
final class UsersFile {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private UsersFile() {
  }

  /** Reads and checks a users file. */
  static UsersConfig read(Path file) throws IOException {
    try {
      return parse(Files.readString(file));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  /** Parses and checks the text of a users file. */
  static UsersConfig parse(String json) {
    try {
      UsersConfig config = MAPPER.readValue(json, UsersConfig.class);
      if (config == null) {
        throw new IllegalArgumentException("a users file is a JSON object");
      }
      return config;
    } catch (JsonProcessingException e) {
      // Constructor checks (duplicate ids, unknown roles) arrive wrapped; show their message.
      Throwable cause = e.getCause();
      String message = cause instanceof IllegalArgumentException || cause instanceof NullPointerException
          ? cause.getMessage() : e.getOriginalMessage();
      throw new IllegalArgumentException("invalid users file: " + message, e);
    }
  }
}
