package io.github.anthology.cli.commands;

import io.github.anthology.lsp.LanguageServers;
import io.github.anthology.lsp.ServerOptions;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code anthology lsp}: the language server for editors, over standard input and output. Only
 * this command's call touches the server's classes, so no other command loads them.
 */
@Command(
    name = "lsp",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the language server for editors over standard input and output: live findings, quick fixes,",
      "hover, completion and go-to-definition for research.yaml, taxonomy.yaml, registry exports,",
      "anthology.yaml and the reading lists it names. Editors start it themselves (docs/editors.md)."
    })
public final class LspCommand implements Callable<Integer> {
  @Option(names = "--stdio", description = "Talk over standard input and output (the only way; accepted because editors pass it).")
  boolean stdio;

  @Option(names = "--debounce", paramLabel = "MS", description = "Milliseconds after the last change before a lint starts (default 30).")
  Long debounce;

  @Override
  public Integer call() {
    PrintStream protocol = System.out;
    System.setOut(System.err); // anything else printed (a plugin's output, say) must not corrupt the protocol
    ServerOptions options = debounce == null ? ServerOptions.fromSystemProperties() : new ServerOptions(Math.max(0, debounce));
    return LanguageServers.run(System.in, protocol, options);
  }
}
