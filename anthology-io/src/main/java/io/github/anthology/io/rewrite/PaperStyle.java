package io.github.anthology.io.rewrite;

import io.github.anthology.model.Paper;
import java.util.List;

/**
 * How a research.yaml lays out its papers: the column of the dash that starts each paper, and
 * whether papers are separated by a blank line. Read off the file's first papers; a file without
 * papers gets the reference registry's layout (dash at column 2, blank lines between).
 */
record PaperStyle(int dashColumn, boolean blankLineBetween) {
  static PaperStyle of(YamlLayout layout, List<Paper> papers) {
    List<Paper> here = papers.stream().filter(p -> p.span().file().equals(layout.file()) && p.span().hasPosition())
        .toList();
    if (here.isEmpty()) {
      return new PaperStyle(2, true);
    }
    int dash = Math.max(0, layout.column(here.get(0).span().startOffset()) - 2);
    boolean blank = true;
    for (int i = 1; i < here.size(); i++) {
      if (here.get(i).yearKey().equals(here.get(i - 1).yearKey())) {
        int lineStart = layout.lineStart(here.get(i).span().startOffset());
        int previousEnd = layout.endOfContent(lineStart);
        blank = layout.text().substring(previousEnd, lineStart).chars().filter(c -> c == '\n').count() > 1;
        break;
      }
    }
    return new PaperStyle(dash, blank);
  }
}
