package io.github.anthology.io.rewrite;

import io.github.anthology.model.source.TextEdit;
import java.util.List;
import java.util.Optional;

/**
 * Where a new paper's lines go: after the last paper under its year key, or, without that key, in
 * a new key placed so the keys keep their order (ascending or descending, as the file has them).
 */
final class YearPlacement {
  private YearPlacement() {}

  /** The insertion, or empty when the year key exists but is not a block (e.g. {@code 2023: []}). */
  static Optional<TextEdit> edit(YamlLayout layout, int year, List<String> lines, boolean blankLine) {
    String nl = layout.newline();
    String entry = String.join(nl, lines);
    List<YearBlocks.Block> blocks = YearBlocks.of(layout);
    for (YearBlocks.Block b : blocks) {
      if (b.year() == year) {
        if (!b.block()) {
          return Optional.empty();
        }
        boolean empty = b.contentEnd() == layout.lineEnd(b.keyStart());
        String gap = blankLine && !empty ? nl + nl : nl;
        return Optional.of(new TextEdit(layout.file(), b.contentEnd(), b.contentEnd(), gap + entry));
      }
    }
    String block = year + ":" + nl + entry;
    boolean descending = blocks.size() > 1 && blocks.get(0).year() > blocks.get(blocks.size() - 1).year();
    YearBlocks.Block after = null;
    for (YearBlocks.Block b : blocks) {
      if (descending ? b.year() > year : b.year() < year) {
        after = b;
      }
    }
    if (after != null) {
      return Optional.of(new TextEdit(layout.file(), after.contentEnd(), after.contentEnd(), nl + nl + block));
    }
    if (!blocks.isEmpty()) {
      int at = blocks.get(0).keyStart();
      return Optional.of(new TextEdit(layout.file(), at, at, block + nl + nl));
    }
    String text = layout.text();
    String lead = text.isEmpty() || text.endsWith("\n") ? "" : nl;
    return Optional.of(new TextEdit(layout.file(), text.length(), text.length(), lead + block + nl));
  }
}
