package io.github.anthology.cli.commands;

import io.github.anthology.api.lint.Level;
import picocli.CommandLine.ITypeConverter;

/** {@code --fail-on error|warning|info}. */
final class LevelConverter implements ITypeConverter<Level> {
  @Override
  public Level convert(String value) {
    return Level.parse(value)
        .orElseThrow(() -> new picocli.CommandLine.TypeConversionException("unknown severity `" + value + "`; use error, warning or info"));
  }
}
