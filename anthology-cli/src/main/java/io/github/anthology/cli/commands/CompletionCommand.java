package io.github.anthology.cli.commands;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code anthology completion}: a shell's completion script for every command and option. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = "Prints a script that completes anthology's commands, options and their values in bash, zsh or fish.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  source <(anthology completion bash)     # this bash session (add the line to ~/.bashrc)",
      "  source <(anthology completion zsh)      # zsh, through bashcompinit",
      "  anthology completion fish > ~/.config/fish/completions/anthology.fish"
    })
public final class CompletionCommand implements Callable<Integer> {
  /** The shells there are scripts for. */
  enum Shell { bash, zsh, fish }

  @ParentCommand AnthologyCommand parent;

  @Parameters(paramLabel = "SHELL", description = "The shell to complete in: ${COMPLETION-CANDIDATES}.")
  Shell shell;

  @Override
  public Integer call() {
    CommandLine every = Subcommands.commandLine(new AnthologyCommand(parent.console()));
    String script = shell == Shell.fish ? FishCompletion.script(every) : AutoComplete.bash("anthology", every);
    parent.console().out().print(script);
    return ExitCode.OK.code();
  }
}
