package io.github.anthology.cli.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The released form: {@code java -jar anthology.jar lsp --stdio}, as the editor setups start it. */
class LanguageServerJarIT {
  @TempDir Path dir;

  @Test
  void theShadedJarServesDiagnosticsAndShutsDownCleanly() throws Exception {
    Path research = dir.resolve("research.yaml");
    String text = Files.readString(Path.of("../examples/sota/research.yaml"));
    Files.writeString(research, text);
    Files.copy(Path.of("../examples/sota/taxonomy.yaml"), dir.resolve("taxonomy.yaml"));
    try (LspSession lsp = LspSession.start(dir, List.of(LspSession.java(), "-jar", "target/anthology.jar"), "--stdio")) {
      lsp.open(research, text.replaceFirst("      - training-optimization\n", "      - Bad_Tag\n"));
      assertThat(lsp.await(research, 1).getDiagnostics()).extracting(Diagnostic::getCode)
          .anyMatch(code -> code.getLeft().equals("taxonomy/unknown-topic"));
      assertThat(lsp.shutdownAndExit()).isZero();
    }
  }
}
