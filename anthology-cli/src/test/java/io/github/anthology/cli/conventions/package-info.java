/** Tests of the command-line conventions users know from ESLint and markdownlint: suggestions, completion, configuration discovery, stdin, globs, colour and progress. */
package io.github.anthology.cli.conventions;
