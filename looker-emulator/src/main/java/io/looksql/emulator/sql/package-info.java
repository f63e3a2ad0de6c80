/** SQL text with bind parameters, and the database dialects the emulator generates SQL for. */
package io.looksql.emulator.sql;
