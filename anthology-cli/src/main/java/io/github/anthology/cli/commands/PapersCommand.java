package io.github.anthology.cli.commands;

import io.github.anthology.api.Workspace;
import io.github.anthology.api.papers.PaperAdditionResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code anthology papers}: the lock file of paper metadata that the citation checks read. */
@Command(
    name = "papers",
    mixinStandardHelpOptions = true,
    description = {
      "Keeps the registry's lock file (anthology.lock.json, beside research.yaml) of arXiv metadata,",
      "which `lint` checks citations against offline: ids that do not exist or name another paper,",
      "first authors and years that differ, withdrawn papers. Guide: docs/citations.md."
    },
    subcommands = {PapersCommand.RefreshCommand.class, PapersCommand.AddCommand.class})
public final class PapersCommand implements Runnable {
  @ParentCommand AnthologyCommand parent;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(parent.console().out());
  }

  @Command(name = "refresh", mixinStandardHelpOptions = true,
      description = {"Records in the lock file the metadata of every arXiv id the registry cites that it",
          "lacks (with --all: of every id, checked again), and drops entries no longer cited.",
          "Writes the file only when it changes; the same metadata gives the same bytes."})
  static final class RefreshCommand implements Callable<Integer> {
    @ParentCommand PapersCommand papers;
    @Mixin PaperSourceOptions source;
    @Parameters(paramLabel = "PATH", arity = "0..*",
        description = "The registry: a directory, or its research.yaml (default: the current directory).")
    List<Path> paths = new ArrayList<>();
    @Option(names = "--all", description = "Look up every cited id again, not only those the lock file lacks.")
    boolean all;

    @Override
    public Integer call() throws Exception {
      PaperReports.refresh(Workspace.builder().inputs(paths).build().papers().refresh(source.source(), all),
          papers.parent.console());
      return ExitCode.OK.code();
    }
  }

  @Command(name = "add", mixinStandardHelpOptions = true,
      description = {"Adds the paper of an arXiv id to research.yaml, under the year key of its first version,",
          "with its title, first author, year and id (quoted); comments and layout stay as they are.",
          "The metadata comes from the lock file, else from --source (and is then recorded in the",
          "lock file too). Prints the change as a unified diff unless --write is given."})
  static final class AddCommand implements Callable<Integer> {
    @ParentCommand PapersCommand papers;
    @Parameters(index = "0", paramLabel = "ID", description = "The arXiv id, e.g. 2203.15556.")
    String id;
    @Parameters(index = "1..*", paramLabel = "PATH",
        description = "The registry: a directory, or its research.yaml (default: the current directory).")
    List<Path> paths = new ArrayList<>();
    @Option(names = "--topic", paramLabel = "TOPIC", description = "A topic tag for the paper (repeatable; the first is its primary topic).")
    List<String> topics = new ArrayList<>();
    @Option(names = "--write", description = "Write the changes (atomically). Without it, print them as a unified diff.")
    boolean write;
    @Mixin PaperSourceOptions source;

    @Override
    public Integer call() throws Exception {
      PaperAdditionResult result = Workspace.builder().inputs(paths).build().papers().add(id, topics, source.sourceIfNamed());
      return PaperReports.addition(result, write, papers.parent.console());
    }
  }
}
