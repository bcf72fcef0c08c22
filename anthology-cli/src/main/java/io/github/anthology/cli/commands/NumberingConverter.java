package io.github.anthology.cli.commands;

import io.github.anthology.api.edit.IdNumbering;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;

/** {@code --numbering per-year|per-author}. */
final class NumberingConverter implements ITypeConverter<IdNumbering> {
  @Override
  public IdNumbering convert(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "per-year" -> IdNumbering.PER_YEAR;
      case "per-author" -> IdNumbering.PER_AUTHOR;
      default -> throw new picocli.CommandLine.TypeConversionException("unknown numbering `" + value + "`; use per-year or per-author");
    };
  }
}
