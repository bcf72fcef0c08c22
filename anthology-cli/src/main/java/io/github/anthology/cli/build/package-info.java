/** Writing a build's artifacts to disk, with progress on a terminal. */
package io.github.anthology.cli.build;
