/** Rendering a registry's documents, exports and site into a directory, every file replaced atomically. */
package io.github.anthology.api.internal.build;
