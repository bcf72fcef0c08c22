package io.github.anthology.io.markdown;

import io.github.anthology.model.ImmutableReadingList;
import io.github.anthology.model.source.Scalar;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;

/**
 * The anchors raw HTML defines: the {@code name} of an {@code <a>} and the {@code id} of any
 * element, as GitHub keeps them (prefixed {@code user-content-}, which its pages strip again when
 * following a link), in HTML blocks and inline HTML alike.
 */
final class HtmlAnchors extends AbstractVisitor {
  private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9-]*)(\\s[^>]*)>");
  private static final Pattern ATTRIBUTE = Pattern.compile(
      "\\s(id|name)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))", Pattern.CASE_INSENSITIVE);

  private final String text;
  private final Offsets offsets;
  private final ImmutableReadingList.Builder list;

  HtmlAnchors(String text, Offsets offsets, ImmutableReadingList.Builder list) {
    this.text = text;
    this.offsets = offsets;
    this.list = list;
  }

  void collect(Node block) {
    block.accept(this);
  }

  @Override
  public void visit(HtmlBlock html) {
    scan(html);
  }

  @Override
  public void visit(HtmlInline html) {
    scan(html);
  }

  private void scan(Node html) {
    if (html.getSourceSpans().isEmpty()) {
      return;
    }
    var where = offsets.of(html.getSourceSpans());
    Matcher tag = TAG.matcher(text).region(where.startOffset(), where.endOffset());
    while (tag.find()) {
      boolean link = tag.group(1).equalsIgnoreCase("a");
      Matcher a = ATTRIBUTE.matcher(text).region(tag.start(2), tag.end(2));
      while (a.find()) {
        if (link || a.group(1).equalsIgnoreCase("id")) {
          int value = a.group(2) != null ? 2 : a.group(3) != null ? 3 : 4;
          list.addHtmlAnchors(new Scalar(a.group(value), offsets.span(a.start(value), a.end(value)), false));
        }
      }
    }
  }
}
