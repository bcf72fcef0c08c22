package io.github.anthology.cli.commands;

import io.github.anthology.io.ids.Numbering;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;

/** {@code --numbering per-year|per-author}. */
final class NumberingConverter implements ITypeConverter<Numbering> {
  @Override
  public Numbering convert(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "per-year" -> Numbering.PER_YEAR;
      case "per-author" -> Numbering.PER_AUTHOR;
      default -> throw new picocli.CommandLine.TypeConversionException("unknown numbering `" + value + "`; use per-year or per-author");
    };
  }
}
