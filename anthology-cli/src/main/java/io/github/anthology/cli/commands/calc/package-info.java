/** {@code anthology calc}: picocli commands that parse sizes, call the calculators and print their reports. */
package io.github.anthology.cli.commands.calc;
