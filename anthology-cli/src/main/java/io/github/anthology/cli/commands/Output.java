package io.github.anthology.cli.commands;

import io.github.anthology.api.AnthologyException;
import io.github.anthology.api.Workspace;
import java.nio.file.Path;

/** A command's text: to standard output, or with {@code --output FILE} to the file, written atomically. */
final class Output {
  private Output() {}

  static void write(Workspace workspace, String text, Path file, Console console) throws AnthologyException {
    if (file == null) {
      console.out().print(text);
      console.out().flush();
    } else {
      workspace.writeFile(file, text, "--output");
    }
  }

  /** How a path is shown in messages: as given, with forward slashes. */
  static String display(Path path) {
    String shown = path.normalize().toString().replace('\\', '/');
    return shown.isEmpty() ? "." : shown;
  }
}
