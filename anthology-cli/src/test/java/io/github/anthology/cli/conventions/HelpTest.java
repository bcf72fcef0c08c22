package io.github.anthology.cli.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.cli.CliRun;
import io.github.anthology.cli.commands.AnthologyCommand;
import io.github.anthology.cli.commands.Console;
import io.github.anthology.cli.commands.Subcommands;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Every command's help: a whole sentence in its parent's list, an Examples section, every parameter described, no warning. */
class HelpTest {
  static Stream<CommandSpec> commands() {
    StringWriter sink = new StringWriter();
    CommandLine top = Subcommands.commandLine(new AnthologyCommand(new Console(new PrintWriter(sink), new PrintWriter(sink))));
    List<CommandSpec> all = new ArrayList<>();
    collect(top, all);
    return all.stream();
  }

  private static void collect(CommandLine cli, List<CommandSpec> out) {
    for (CommandLine sub : cli.getSubcommands().values()) {
      if (!out.contains(sub.getCommandSpec())) {
        out.add(sub.getCommandSpec());
        collect(sub, out);
      }
    }
  }

  private static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void theHelpOfEachCommandHelps(CommandSpec spec) {
    String[] path = spec.qualifiedName().replaceFirst("^anthology ", "").split(" ");
    String[] args = Stream.concat(Stream.of(path), Stream.of("--help")).toArray(String[]::new);
    CliRun help = CliRun.of(args);
    assertThat(help.exitCode()).isZero();
    assertThat(help.err()).as("no picocli warning (an unescaped %%, say)").isEmpty();
    assertThat(help.out()).contains("\nExamples:\n");
    assertThat(help.out().substring(help.out().indexOf("\nExamples:\n"))).contains("anthology " + String.join(" ", path) + " ");
    spec.positionalParameters().forEach(p ->
        assertThat(String.join(" ", p.description())).as(p.paramLabel() + " of " + spec.qualifiedName()).isNotBlank());

    CommandSpec parent = spec.parent();
    String[] parentArgs = Stream.concat(Stream.of(path).limit(path.length - 1L), Stream.of("--help")).toArray(String[]::new);
    String description = flat(String.join(" ", spec.usageMessage().description()).replace("%%", "%"));
    Matcher end = Pattern.compile("[.!?](?=\\s+[A-Z`]|\\s*$)").matcher(description);
    assertThat(end.find()).as("a sentence in the description of " + spec.qualifiedName()).isTrue();
    assertThat(flat(CliRun.of(parentArgs).out())).as("the help of " + parent.qualifiedName())
        .contains(" " + spec.name() + " " + description.substring(0, end.end()) + " ");
  }
}
