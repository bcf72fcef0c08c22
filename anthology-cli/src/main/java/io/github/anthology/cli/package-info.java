/** The {@code anthology} command line entry point. */
package io.github.anthology.cli;
