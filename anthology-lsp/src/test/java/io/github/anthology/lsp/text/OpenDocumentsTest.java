package io.github.anthology.lsp.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.junit.jupiter.api.Test;

class OpenDocumentsTest {
  final OpenDocuments docs = new OpenDocuments();
  final String uri = Path.of("/tmp/registry/research.yaml").toUri().toString();

  @Test
  void rangedChangesApplyInOrderAndAWholeTextReplacesAll() {
    docs.open(uri, 1, "topics:\n  - MoE\n");
    Document changed = docs.change(uri, 2, List.of(
        new TextDocumentContentChangeEvent(new Range(new Position(1, 4), new Position(1, 7)), "moe"),
        new TextDocumentContentChangeEvent(new Range(new Position(1, 7), new Position(1, 7)), "-techniques"))).orElseThrow();
    assertThat(changed.text()).isEqualTo("topics:\n  - moe-techniques\n");
    assertThat(changed.version()).isEqualTo(2);

    assertThat(docs.change(uri, 3, List.of(new TextDocumentContentChangeEvent("x: 1\n"))).orElseThrow().text()).isEqualTo("x: 1\n");
  }

  @Test
  void aDocumentIsFoundByItsFileAndNamedAsTheEditorNamedIt() {
    String spelled = "file:///tmp/registry/./research.yaml";
    docs.open(spelled, 1, "");
    assertThat(docs.get(Path.of("/tmp/registry/research.yaml"))).isPresent();
    assertThat(docs.uriOf(Path.of("/tmp/registry/research.yaml"))).isEqualTo(spelled);
    assertThat(docs.uriOf(Path.of("/tmp/registry/taxonomy.yaml"))).isEqualTo("file:///tmp/registry/taxonomy.yaml");
    assertThat(docs.close(spelled)).isPresent();
    assertThat(docs.change(spelled, 2, List.of())).isEmpty();
  }
}
