/** Positions in source files, located scalars and text edits: the values every layer shares. */
package io.github.anthology.model.source;
