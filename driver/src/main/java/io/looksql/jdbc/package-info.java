/**
 * The JDBC driver {@code jdbc:looksql:}: a Calcite driver whose root schema is the Looker catalog
 * of the connecting user, with LookSQL's connection properties and planner program.
 */
package io.looksql.jdbc;
