package io.github.anthology.cli.commands;

import io.github.anthology.api.Workspace;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code anthology init}: start a registry with a configuration and seven starter topics. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Starts a registry in DIR: anthology.yaml and a taxonomy.yaml of seven topics.",
      "The configuration extends the recommended preset; the topics follow the topic",
      "conventions (docs/conventions.md) and name the older tags they replace.",
      "Refuses to overwrite: if either file exists, nothing is written (exit code 2)."
    })
public final class InitCommand implements Callable<Integer> {
  @ParentCommand AnthologyCommand parent;

  @Parameters(paramLabel = "DIR", defaultValue = ".", description = "Where to start the registry (default: here).")
  Path dir;

  @Override
  public Integer call() throws Exception {
    for (String written : Workspace.builder().build().init(dir)) {
      parent.console().err().println("wrote " + written);
    }
    return ExitCode.OK.code();
  }
}
