package io.looksql.emulator.server;

import java.util.List;

/**
 * A Looker user known to the emulator, with one set of API3 credentials.
 *
 * @param id user id (a string, as everywhere in API 4.0)
 * @param firstName first name
 * @param lastName last name
 * @param email email address
 * @param clientId API3 client id
 * @param clientSecret API3 client secret
 * @param roleIds ids of the user's roles
 */
record ApiUser(
    String id,
    String firstName,
    String lastName,
    String email,
    String clientId,
    String clientSecret,
    List<String> roleIds) {

  /** Returns the name Looker displays, first and last name. */
  String displayName() {
    return firstName + " " + lastName;
  }
}
