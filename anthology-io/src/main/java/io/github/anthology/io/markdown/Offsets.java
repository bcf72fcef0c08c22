package io.github.anthology.io.markdown;

import io.github.anthology.io.yaml.LineIndex;
import io.github.anthology.model.source.SourceSpan;
import java.util.List;

/** Commonmark's source spans (character offsets) to spans with 1-based lines and columns. */
final class Offsets {
  private final String file;
  private final LineIndex lines;

  Offsets(String file, String text) {
    this.file = file;
    this.lines = new LineIndex(file, text);
  }

  SourceSpan span(int start, int end) {
    return lines.spanOfOffsets(start, end);
  }

  /** The span a commonmark node covers, from its first source span to the end of its last. */
  SourceSpan of(List<org.commonmark.node.SourceSpan> spans) {
    if (spans.isEmpty()) {
      return SourceSpan.ofFile(file);
    }
    org.commonmark.node.SourceSpan last = spans.get(spans.size() - 1);
    return span(spans.get(0).getInputIndex(), last.getInputIndex() + last.getLength());
  }
}
