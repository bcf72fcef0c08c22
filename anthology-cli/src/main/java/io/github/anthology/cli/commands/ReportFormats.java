package io.github.anthology.cli.commands;

import io.github.anthology.api.Workspace;
import java.util.Iterator;

/** The report format names, for help and shell completion. */
final class ReportFormats implements Iterable<String> {
  @Override
  public Iterator<String> iterator() {
    return Workspace.reportFormats().iterator();
  }
}
