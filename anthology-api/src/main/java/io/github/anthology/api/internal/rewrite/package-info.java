/** Rewrites of a registry's files by text edits (ids, migration, topic maintenance) and a new registry's first files. */
package io.github.anthology.api.internal.rewrite;
