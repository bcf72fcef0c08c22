/** Work that joins several modules and so belongs to no single library module: the fix loop. */
package io.github.anthology.cli.app;
