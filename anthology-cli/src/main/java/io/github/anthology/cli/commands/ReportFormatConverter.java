package io.github.anthology.cli.commands;

import io.github.anthology.render.report.ReportFormat;
import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;

/** {@code --format NAME} to a report format, with the known names in the error. */
final class ReportFormatConverter implements ITypeConverter<ReportFormat> {
  @Override
  public ReportFormat convert(String value) {
    for (ReportFormat f : ReportFormat.values()) {
      if (f.label().equals(value)) {
        return f;
      }
    }
    throw new picocli.CommandLine.TypeConversionException("unknown format `" + value + "`; use one of " + String.join(", ", new Names()));
  }

  /** The names, for help and shell completion. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(ReportFormat.values()).map(ReportFormat::label).iterator();
    }
  }
}
