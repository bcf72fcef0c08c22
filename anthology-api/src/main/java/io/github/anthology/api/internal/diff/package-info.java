/** Comparing two versions of a registry, each a path or a git revision, findings included. */
package io.github.anthology.api.internal.diff;
