package io.github.anthology.io.rewrite;

import io.github.anthology.model.Recommendation;
import io.github.anthology.model.source.SourceSpan;
import io.github.anthology.model.source.TextEdit;
import java.util.List;

/**
 * The edits that give one {@code sota} item an id without touching its text. A plain item of a
 * block list, {@code - "text"}, becomes a block mapping whose {@code text} is the scalar exactly as
 * written, with the id on the next line:
 *
 * <pre>
 *   - text: "text"
 *     id: MLR-2014-Kingma001-0001
 * </pre>
 *
 * A comment after the text stays on the text's line. An item of a flow list becomes
 * {@code {text: "text", id: ...}}; a mapping item gets an {@code id} key after its {@code text}.
 */
final class IdInsertion {
  private IdInsertion() {}

  static List<TextEdit> edits(YamlLayout layout, Recommendation rec, String id) {
    SourceSpan text = rec.textSpan();
    SourceSpan item = rec.span();
    String file = layout.file();
    boolean plainItem = item.equals(text);
    if (plainItem && layout.isBlockItem(text)) {
      return List.of(
          new TextEdit(file, text.startOffset(), text.startOffset(), "text: "),
          layout.lineAfter(layout.endOfContent(text.endOffset()), layout.column(text.startOffset()), "id: " + id));
    }
    if (plainItem) {
      return List.of(
          new TextEdit(file, text.startOffset(), text.startOffset(), "{text: "),
          new TextEdit(file, text.endOffset(), text.endOffset(), ", id: " + id + "}"));
    }
    if (layout.text().charAt(item.startOffset()) == '{') {
      return List.of(new TextEdit(file, text.endOffset(), text.endOffset(), ", id: " + id));
    }
    return List.of(layout.lineAfter(layout.endOfContent(text.endOffset()), layout.column(item.startOffset()), "id: " + id));
  }
}
