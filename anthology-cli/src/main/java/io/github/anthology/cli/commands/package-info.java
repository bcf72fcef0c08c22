/** One picocli command a class; commands parse options and call the library, nothing more. */
package io.github.anthology.cli.commands;
