/** The {@code anthology} command line: entry point, exit codes and console streams. */
package io.github.anthology.cli;
