/**
 * The emulator's HTTP server: routing, authentication, Looker's error bodies, and the metadata
 * and query endpoints of the Looker API 4.0.
 */
package io.looksql.emulator.server;
