/** Rewrites of a registry (ids, migration, topic maintenance) computed as text edits on its files. */
package io.github.anthology.io.rewrite;
