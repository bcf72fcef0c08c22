package io.github.anthology.lsp.features;

import io.github.anthology.lsp.analysis.Diagnostics;
import io.github.anthology.lsp.text.LineMap;
import io.github.anthology.model.Anthology;
import io.github.anthology.model.source.SourceSpan;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.lsp4j.Range;

/**
 * A registry as a feature sees it: the model, the texts its places refer to, and whether it was
 * read from the document's current text (else places in that document may have moved since).
 *
 * @param anthology the registry
 * @param texts the text of a file, by the name the model gives it
 * @param current whether the model reflects the document's current text
 */
public record View(Anthology anthology, Function<String, Optional<String>> texts, boolean current) {
  /**
   * @param span a place in the registry
   * @return its range in its file
   */
  public Range range(SourceSpan span) {
    return texts.apply(span.file()).map(t -> new LineMap(t).range(span)).orElseGet(() -> LineMap.spanRange(span));
  }

  /**
   * @param span a place in the registry
   * @return the file's name in the model, resolved to an absolute path
   */
  public java.nio.file.Path path(SourceSpan span) {
    return Diagnostics.pathOf(span.file());
  }
}
