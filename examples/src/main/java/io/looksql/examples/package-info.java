/** Runnable examples of LookSQL: standard SQL over a Looker semantic layer through JDBC. */
package io.looksql.examples;
