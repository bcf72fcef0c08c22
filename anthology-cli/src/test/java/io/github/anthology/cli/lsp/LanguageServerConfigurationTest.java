package io.github.anthology.cli.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace's anthology.yaml configures the server, as typed: its inputs (a reading list), its rules, its mistakes. */
class LanguageServerConfigurationTest {
  static final String CONFIG = "inputs: [research.yaml, taxonomy.yaml, reading.md]\nrules:\n  taxonomy/connectivity: off\n";
  static final String LIST = "# Reading\n\n## Training\n\n- https://github.com/karpathy/minGPT\n";

  @TempDir Path dir;

  @Test
  void theConfigurationsReadingListIsLintedAndItsUnsavedRulesApply() throws Exception {
    Files.copy(Path.of("../examples/sota/research.yaml"), dir.resolve("research.yaml"));
    Files.copy(Path.of("../examples/sota/taxonomy.yaml"), dir.resolve("taxonomy.yaml"));
    Path config = dir.resolve("anthology.yaml");
    Path list = dir.resolve("reading.md");
    Files.writeString(config, CONFIG);
    Files.writeString(list, LIST);
    try (LspSession lsp = LspSession.start(dir, "--debounce", "20")) {
      lsp.open(list, LIST);
      Diagnostic bare = lsp.await(list, 1).getDiagnostics().get(0);
      assertThat(bare.getCode().getLeft()).isEqualTo("list/bare-url");
      assertThat(bare.getRange().getStart().getLine()).isEqualTo(4);

      lsp.open(config, CONFIG);
      String off = CONFIG + "  list/bare-url: off\n";
      lsp.change(config, 2, off);
      assertThat(lsp.await(list, d -> d.getDiagnostics().isEmpty()).getDiagnostics()).isEmpty();
      assertThat(Files.readString(config)).isEqualTo(CONFIG);

      String typing = CONFIG + "  nam";
      lsp.change(config, 3, typing);
      List<CompletionItem> items = lsp.server.getTextDocumentService().completion(new CompletionParams(
          new TextDocumentIdentifier(LspSession.uri(config)), Edits.positionOf(typing, "  nam", 5)))
          .get(LspSession.TIMEOUT_SECONDS, TimeUnit.SECONDS).getRight().getItems();
      assertThat(items).extracting(CompletionItem::getLabel).contains("naming/format", "list/bare-url");

      String wrong = CONFIG + "  naming/formatt: off\n";
      lsp.change(config, 4, wrong);
      List<Diagnostic> one = lsp.await(config, 4).getDiagnostics();
      assertThat(one).hasSize(1);
      assertThat(one.get(0).getMessage().getLeft()).contains("naming/formatt");
      assertThat(one.get(0).getRange().getStart().getLine()).isEqualTo(3);
    }
  }
}
