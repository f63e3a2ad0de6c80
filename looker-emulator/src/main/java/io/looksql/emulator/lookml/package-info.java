/** LookML subset: the parser and the semantic model it builds (models, explores, views, fields). */
package io.looksql.emulator.lookml;
