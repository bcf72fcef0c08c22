package io.github.anthology.cli.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.api.testing.AcmePlugin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session survives what goes wrong: a plugin rule that throws, a burst of changes, an editor that only exits. */
class LanguageServerResilienceTest {
  @TempDir Path dir;

  private String example(Path research) throws Exception {
    String text = Files.readString(Path.of("../examples/sota/research.yaml"));
    Files.writeString(research, text);
    Files.copy(Path.of("../examples/sota/taxonomy.yaml"), dir.resolve("taxonomy.yaml"));
    return text;
  }

  @Test
  void aPluginRuleThatThrowsIsAServerDiagnosticAndTheSessionGoesOn() throws Exception {
    Path research = dir.resolve("research.yaml");
    String text = example(research);
    AcmePlugin.throwing(dir.resolve("broken.jar"));
    Files.writeString(dir.resolve("anthology.yaml"), "plugins: [broken.jar]\n");
    try (LspSession lsp = LspSession.start(dir, "--debounce", "20")) {
      lsp.open(research, text);
      Diagnostic failed = lsp.await(research, 1).getDiagnostics().get(0);
      assertThat(failed.getCode().getLeft()).isEqualTo("anthology/server");
      assertThat(failed.getMessage().getLeft()).contains("acme-broken/always-throws", "broken.jar", "failed");

      lsp.change(research, 2, text.replaceFirst("      - training-optimization\n", "      - Bad_Tag\n"));
      assertThat(lsp.await(research, 2).getDiagnostics()).extracting(d -> d.getCode().getLeft())
          .contains("taxonomy/unknown-topic", "anthology/server");
      assertThat(lsp.shutdownAndExit()).isZero();
    }
  }

  @Test
  void aBurstOfChangesEndsWithTheFindingsOfTheLastTextOnly() throws Exception {
    Path research = dir.resolve("research.yaml");
    String text = example(research);
    try (LspSession lsp = LspSession.start(dir, "--debounce", "0")) {
      lsp.open(research, text);
      for (int v = 2; v <= 30; v++) {
        lsp.change(research, v, text.replaceFirst("      - training-optimization\n", "      - tag-" + v + "\n"));
      }
      PublishDiagnosticsParams last = lsp.await(research, 30);
      assertThat(last.getDiagnostics()).extracting(d -> d.getMessage().getLeft()).anyMatch(m -> m.contains("tag-30"));
      List<Integer> versions = lsp.all(research).stream().map(PublishDiagnosticsParams::getVersion).toList();
      assertThat(versions).isSorted().last().isEqualTo(30);
      assertThat(versions.size()).as("runs superseded by a newer change publish nothing").isLessThan(30);
    }
  }

  @Test
  void exitWithoutShutdownEndsTheProcessWithStatusOne() throws Exception {
    try (LspSession lsp = LspSession.start(dir)) {
      lsp.server.exit();
      assertThat(lsp.process.waitFor(LspSession.TIMEOUT_SECONDS, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      assertThat(lsp.process.exitValue()).isEqualTo(1);
    }
  }
}
