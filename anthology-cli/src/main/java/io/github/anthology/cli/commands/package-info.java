/** One picocli command a class (options in, library calls out), with exit codes and console streams. */
package io.github.anthology.cli.commands;
