package io.looksql.client.model;

/**
 * OpenAPI {@code AccessToken}: the answer of {@code POST /login} and {@code POST /login/{user_id}}.
 *
 * @param accessToken the token sent as {@code Authorization: token <access_token>}
 * @param tokenType {@code Bearer}
 * @param expiresIn seconds until the token expires, null if the server does not say
 * @param refreshToken unused by API3 logins
 */
public record AccessToken(String accessToken, String tokenType, Long expiresIn,
    String refreshToken) {
  /** Hides the token itself, so a logged record leaks nothing. */
  @Override public String toString() {
    return "AccessToken[tokenType=" + tokenType + ", expiresIn=" + expiresIn + "]";
  }
}
