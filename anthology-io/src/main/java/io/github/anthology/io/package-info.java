/** Finding and reading a registry's files, with a source position for everything read. */
package io.github.anthology.io;
