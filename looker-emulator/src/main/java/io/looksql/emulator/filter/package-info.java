/** Looker filter expressions (strings, numbers, dates, yes/no) compiled to SQL with bind parameters. */
package io.looksql.emulator.filter;
