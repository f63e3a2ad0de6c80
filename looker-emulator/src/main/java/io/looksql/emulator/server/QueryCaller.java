package io.looksql.emulator.server;

/**
 * Who asked for a query: the user it runs as, the admin behind a sudo token, and the client.
 *
 * @param userId the user the query runs as
 * @param sudoUserId the admin who obtained the token with {@code login_user}, or null
 * @param appId the {@code x-looker-appid} header, or null
 * @param userAgent the {@code User-Agent} header, or null
 */
record QueryCaller(String userId, String sudoUserId, String appId, String userAgent) {

  /** Returns the caller of an authenticated request; keep it to audit work done later. */
  static QueryCaller of(ApiRequest request) {
    return new QueryCaller(request.user().id(),
        request.sudoUser() == null ? null : request.sudoUser().id(),
        request.header("x-looker-appid"), request.header("User-Agent"));
  }
}
