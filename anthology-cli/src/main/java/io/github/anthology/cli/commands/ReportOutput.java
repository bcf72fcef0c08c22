package io.github.anthology.cli.commands;

import io.github.anthology.io.IoErrors;
import io.github.anthology.io.edit.AtomicWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/** A report goes to standard output, or to a file written atomically (temporary file, then rename). */
final class ReportOutput {
  private ReportOutput() {}

  static void write(String report, Optional<Path> file, Console console) {
    if (file.isEmpty()) {
      console.out().print(report);
      console.out().flush();
      return;
    }
    try {
      AtomicWriter.standard().write(file.get(), report.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UsageError("cannot write " + IoErrors.describe(e));
    }
  }
}
