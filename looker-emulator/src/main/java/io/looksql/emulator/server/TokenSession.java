package io.looksql.emulator.server;

import java.time.Instant;

/**
 * What an access token stands for.
 *
 * @param user the user the token acts as
 * @param sudoUser the admin who obtained it with {@code login_user}, or null for a plain login
 * @param expiresAt when it stops working
 */
record TokenSession(ApiUser user, ApiUser sudoUser, Instant expiresAt) {
}
