package io.github.anthology.cli.commands;

import io.github.anthology.rules.api.Severity;
import picocli.CommandLine.ITypeConverter;

/** {@code --fail-on error|warning|info}. */
final class SeverityConverter implements ITypeConverter<Severity> {
  @Override
  public Severity convert(String value) {
    return Severity.parse(value)
        .orElseThrow(() -> new picocli.CommandLine.TypeConversionException("unknown severity `" + value + "`; use error, warning or info"));
  }
}
