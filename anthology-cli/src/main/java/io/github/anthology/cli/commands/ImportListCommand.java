package io.github.anthology.cli.commands;

import io.github.anthology.api.Workspace;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code anthology import-list}: a Markdown reading list to a resources YAML file. */
@Command(
    name = "import-list",
    mixinStandardHelpOptions = true,
    description = {
      "Reads a Markdown reading list and writes its resources as YAML: every link or bare URL",
      "with its title, URL, description (the rest of its list item or paragraph) and the path",
      "of headings it is under. Lint the list itself with `anthology lint FILE.md`."
    })
public final class ImportListCommand implements Callable<Integer> {
  @ParentCommand AnthologyCommand parent;

  @Parameters(paramLabel = "FILE.md", description = "The Markdown reading list.")
  Path file;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Write the YAML here, atomically (default: standard output).")
  Path output;

  @Override
  public Integer call() throws Exception {
    Workspace workspace = Workspace.builder().input(file).build(); // its input is what --output may not replace
    Output.write(workspace, workspace.importList(file), output, parent.console());
    return ExitCode.OK.code();
  }
}
