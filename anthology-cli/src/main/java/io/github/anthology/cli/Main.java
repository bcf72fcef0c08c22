package io.github.anthology.cli;

import io.github.anthology.api.AnthologyException;
import io.github.anthology.api.Messages;
import io.github.anthology.cli.commands.AnthologyCommand;
import io.github.anthology.cli.commands.Console;
import io.github.anthology.cli.commands.DidYouMean;
import io.github.anthology.cli.commands.ExitCode;
import io.github.anthology.cli.commands.Subcommands;
import io.github.anthology.cli.commands.UsageError;
import io.github.anthology.model.validation.ModelValidator;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.UnmatchedArgumentException;

/** Entry point. {@link #run} returns the exit code; only {@link #main} exits. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    quickerStart(args);
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    MemoryGuard.expect(args);
    MemoryWatch.watch(err, () -> System.exit(ExitCode.USAGE.code()));
    int code = run(new Console(out, err), args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * What only saves start-up time. A lint usually runs registry/required-fields, whose validator
   * takes longer to build than reading a small registry: its bootstrap starts now on another
   * thread, to overlap picocli's set-up too (the workspace would start it after the configuration).
   * Process-wide settings that save failed class lookups, each left alone when already set: JBoss
   * Logging (Hibernate Validator's) goes straight to java.util.logging, as its search of the class
   * path for other logging libraries would conclude; picocli does not probe for Groovy.
   */
  private static void quickerStart(String... args) {
    Map.of("org.jboss.logging.provider", "jdk", "picocli.disable.closures", "true").forEach((key, value) -> {
      if (System.getProperty(key) == null) {
        System.setProperty(key, value);
      }
    });
    if (args.length > 0 && args[0].equals("lint")) {
      ModelValidator.prepareInBackground();
    }
  }

  public static int run(Console console, String... args) {
    CommandLine cli = Subcommands.commandLine(new AnthologyCommand(console), args);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(console.out());
    cli.setErr(console.err());
    cli.setExitCodeExceptionMapper(e -> ExitCode.USAGE.code());
    cli.setParameterExceptionHandler((ex, a) -> {
      String message = DidYouMean.applies(ex) ? DidYouMean.message((UnmatchedArgumentException) ex) : ex.getMessage();
      console.err().println("anthology: " + message);
      console.err().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      return ExitCode.USAGE.code();
    });
    cli.setExecutionExceptionHandler((ex, cmd, parsed) -> failed(console, ex));
    int code;
    try {
      code = cli.execute(args);
    } catch (RuntimeException | Error e) {
      code = failed(console, e);
    }
    console.out().flush();
    console.err().flush();
    return code;
  }

  /** One line for what stopped the run, and its exit code: 2 for bad input or usage, 3 for a bug. */
  private static int failed(Console console, Throwable ex) {
    String line;
    if (MemoryGuard.outOfMemory(ex)) {
      MemoryGuard.report(console.err()); // no lambda here: linking one needs memory
      return ExitCode.USAGE.code();
    } else if (ex instanceof AnthologyException problem) {
      line = problem.span().isPresent() ? problem.getMessage() : "anthology: " + problem.getMessage();
    } else if (ex instanceof UsageError) {
      line = "anthology: " + ex.getMessage();
    } else if (ex instanceof IOException io) {
      line = Messages.describe(io);
    } else if (ex instanceof UncheckedIOException io) {
      line = Messages.describe(io.getCause());
    } else {
      console.err().println("anthology: internal error: " + ex);
      return ExitCode.INTERNAL.code();
    }
    console.err().println(Messages.forTerminal(line));
    return ExitCode.USAGE.code();
  }
}
