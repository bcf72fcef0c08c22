package io.github.anthology.cli.commands;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;

/** {@code --date YYYY-MM-DD}: a calendar date, nothing looser. */
final class DateConverter implements ITypeConverter<LocalDate> {
  @Override
  public LocalDate convert(String value) {
    try {
      return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      throw new picocli.CommandLine.TypeConversionException("`" + value + "` is not a date of the form YYYY-MM-DD");
    }
  }
}
