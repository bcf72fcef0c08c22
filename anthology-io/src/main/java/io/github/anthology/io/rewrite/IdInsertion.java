package io.github.anthology.io.rewrite;

import io.github.anthology.model.Recommendation;
import io.github.anthology.model.source.SourceSpan;
import io.github.anthology.model.source.TextEdit;
import java.util.ArrayList;
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

  /**
   * A text written over several lines goes two columns deeper on each line after its first, as a
   * mapping value must be indented past its key; folding drops that whitespace, so the text is the same.
   */
  private static List<TextEdit> deeperContinuation(YamlLayout layout, SourceSpan text) {
    List<TextEdit> edits = new ArrayList<>();
    String t = layout.text();
    for (int nl = t.indexOf('\n', text.startOffset()); nl >= 0 && nl + 1 < text.endOffset(); nl = t.indexOf('\n', nl + 1)) {
      char next = t.charAt(nl + 1);
      if (next != '\n' && next != '\r') {
        edits.add(new TextEdit(layout.file(), nl + 1, nl + 1, "  "));
      }
    }
    return edits;
  }

  static List<TextEdit> edits(YamlLayout layout, Recommendation rec, String id) {
    SourceSpan text = rec.textSpan();
    SourceSpan item = rec.span();
    String file = layout.file();
    boolean plainItem = item.equals(text);
    if (plainItem && layout.isBlockItem(text)) {
      List<TextEdit> edits = new ArrayList<>(List.of(
          new TextEdit(file, text.startOffset(), text.startOffset(), "text: "),
          layout.lineAfter(layout.endOfContent(text.endOffset()), layout.column(text.startOffset()), "id: " + id)));
      edits.addAll(deeperContinuation(layout, text));
      return edits;
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
