package io.github.anthology.io.markdown;

import io.github.anthology.io.ReadException;
import io.github.anthology.model.Heading;
import io.github.anthology.model.ImmutableReadingList;
import io.github.anthology.model.ReadingList;
import io.github.anthology.model.Resource;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.SourceSpan;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a Markdown reading list. Top-level headings are the sections, each with its
 * GitHub anchor; every link or bare URL to somewhere else is a resource under the path of headings
 * above it; links to {@code #anchors} and URLs written as plain text are kept for the list rules.
 * Markdown has no syntax errors, so reading fails only on nesting deeper than {@link MarkdownLimits}
 * allows.
 */
public final class ReadingListReader {
  private static final Parser PARSER =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

  private ReadingListReader() {}

  public static ReadingList read(String file, String text) throws ReadException {
    Offsets offsets = new Offsets(file, text);
    MarkdownLimits.checkPrefixes(file, text);
    Node document = MarkdownLimits.parse(offsets, text, PARSER::parse);
    MarkdownLimits.checkDepth(document, offsets);
    ImmutableReadingList.Builder list =
        ReadingList.builder().file(file).span(offsets.span(0, text.length()));
    List<Resource> resources = new ArrayList<>();
    Deque<Heading> open = new ArrayDeque<>();
    Slugs slugs = new Slugs();
    Heading current = null;
    int blocks = 0;
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      if (block instanceof org.commonmark.node.Heading h) {
        if (current != null) {
          list.addHeadings(withBlocks(current, blocks));
        }
        String title = InlineText.of(h);
        current = Heading.builder().level(h.getLevel()).text(title).anchor(slugs.next(InlineText.contentOf(h)))
            .contentBlocks(0).span(offsets.of(h.getSourceSpans())).build();
        while (!open.isEmpty() && open.peek().level() >= h.getLevel()) {
          open.pop();
        }
        open.push(current);
        blocks = 0;
      } else if (!isComment(block)) {
        blocks++;
      }
      List<String> path = sectionPath(open);
      new LinkCollector(text, offsets, path, list, resources).collect(block);
      new HtmlAnchors(text, offsets, list).collect(block);
    }
    if (current != null) {
      list.addHeadings(withBlocks(current, blocks));
    }
    resources.sort(Comparator.comparingInt(r -> r.span().startOffset()));
    return list.resources(resources).build();
  }

  private static Heading withBlocks(Heading h, int blocks) {
    return Heading.builder().from(h).contentBlocks(blocks).build();
  }

  private static boolean isComment(Node block) {
    return block instanceof HtmlBlock html && html.getLiteral().strip().startsWith("<!--")
        && html.getLiteral().strip().endsWith("-->");
  }

  private static List<String> sectionPath(Deque<Heading> open) {
    List<String> path = new ArrayList<>();
    open.descendingIterator().forEachRemaining(h -> path.add(h.text()));
    return path;
  }

  static Scalar scalar(String text, SourceSpan span) {
    return new Scalar(text, span, true);
  }
}
