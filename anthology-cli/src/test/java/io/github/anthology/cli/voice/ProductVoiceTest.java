package io.github.anthology.cli.voice;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.cli.CliRun;
import io.github.anthology.cli.commands.AnthologyCommand;
import io.github.anthology.cli.commands.Console;
import io.github.anthology.cli.commands.Subcommands;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Users never see our design documents, so nothing they read refers to them: no help text, doc,
 * rule page or file {@code init} writes mentions a "seed" or a spec section; the conventions are
 * named, and documented in docs/conventions.md.
 */
class ProductVoiceTest {
  private static final Path ROOT = Path.of("..");
  /** "seed", or a section of our spec ("SPEC §7"); a paper's section ("Kaplan et al. 2020, §2.1") is fine. */
  private static final Pattern INTERNAL = Pattern.compile("(?i)seed|\\bspec(ification)?\\s*§");

  @TempDir Path tmp;

  /** Every command path: {@code []}, {@code [lint]}, {@code [topic, merge]}, ... */
  private static List<List<String>> commands(CommandLine cli, List<String> path) {
    List<List<String>> out = new ArrayList<>(List.of(path));
    cli.getSubcommands().forEach((name, sub) -> {
      List<String> longer = new ArrayList<>(path);
      longer.add(name);
      out.addAll(commands(sub, longer));
    });
    return out;
  }

  static Map<String, String> helpTexts() {
    Console quiet = new Console(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    Map<String, String> help = new LinkedHashMap<>();
    for (List<String> command : commands(Subcommands.commandLine(new AnthologyCommand(quiet)), List.of())) {
      List<String> args = new ArrayList<>(command);
      args.add("--help");
      CliRun r = CliRun.of(args.toArray(String[]::new));
      help.put(String.join(" ", args), r.out() + r.err());
    }
    return help;
  }

  private static Map<String, String> files(Path dir) throws Exception {
    Map<String, String> texts = new LinkedHashMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        texts.put(p.toString(), Files.readString(p));
      }
    }
    return texts;
  }

  private static void assertNoInternalReference(Map<String, String> texts) {
    assertThat(texts).allSatisfy((where, text) ->
        assertThat(INTERNAL.matcher(text).results().map(m -> m.group()).toList()).as(where).isEmpty());
  }

  @Test
  void noHelpTextMentionsASeedOrASpecSection() {
    Map<String, String> help = helpTexts();
    assertThat(help).containsKeys("--help", "lint --help", "topic merge --help", "init --help");
    assertNoInternalReference(help);
    assertThat(help).allSatisfy((command, text) -> assertThat(text).as(command).doesNotContain("picocli WARN"));
  }

  @Test
  void noDocumentOrRulePageMentionsASeedOrASpecSection() throws Exception {
    Map<String, String> docs = files(ROOT.resolve("docs"));
    docs.put("README.md", Files.readString(ROOT.resolve("README.md")));
    assertThat(docs).containsKeys(ROOT.resolve("docs/conventions.md").toString(),
        ROOT.resolve("docs/rules/naming/format.md").toString());
    assertNoInternalReference(docs);
  }

  @Test
  void whatInitWritesMentionsNoSeed() throws Exception {
    assertThat(CliRun.of("init", tmp.toString()).exitCode()).isZero();
    Map<String, String> written = files(tmp);
    assertThat(written).hasSize(2);
    assertNoInternalReference(written);
  }

  @Test
  void theCheckFindsAMentionWhereThereIsOne() {
    assertThat(INTERNAL.matcher("taxonomy.yaml with seed 001's seven topics").find()).isTrue();
    assertThat(INTERNAL.matcher("Render a registry (SPEC §7)").find()).isTrue();
    assertThat(INTERNAL.matcher("Renders a registry; the topic conventions").find()).isFalse();
    assertThat(INTERNAL.matcher("the rule of thumb C = 6ND (Kaplan et al. 2020, §2.1)").find()).isFalse();
  }
}
