/**
 * Users, roles (permission sets and model sets), API3 credentials and user attributes: the users
 * file and the built-in sample users.
 */
package io.looksql.emulator.users;
