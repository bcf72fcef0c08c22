package io.github.anthology.io.markdown;

import io.github.anthology.model.ImmutableReadingList;
import io.github.anthology.model.Resource;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.SourceSpan;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * Collects what one top-level block links to: resources (links and bare URLs, with the rest of
 * their list item or paragraph as description), in-document anchor links, and bare URLs.
 */
final class LinkCollector extends AbstractVisitor {
  private static final Pattern URL = Pattern.compile("https?://[^\\s<>()\\[\\]`\"']+");
  private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s:;,.\\-\u2013\u2014]+");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:!?*_]+$");

  private final String text;
  private final Offsets offsets;
  private final List<String> sectionPath;
  private final ImmutableReadingList.Builder list;
  private final List<Resource> resources;

  LinkCollector(String text, Offsets offsets, List<String> sectionPath, ImmutableReadingList.Builder list,
      List<Resource> resources) {
    this.text = text;
    this.offsets = offsets;
    this.sectionPath = List.copyOf(sectionPath);
    this.list = list;
    this.resources = resources;
  }

  void collect(Node block) {
    block.accept(this);
  }

  @Override
  public void visit(Link link) {
    SourceSpan span = offsets.of(link.getSourceSpans());
    String destination = link.getDestination();
    if (destination.startsWith("#")) {
      list.addAnchorLinks(new Scalar(destination.substring(1), destinationSpan(span, destination), true));
      return;
    }
    String title = InlineText.of(link);
    resources.add(Resource.builder().title(title.isEmpty() ? destination : title)
        .url(new Scalar(destination, destinationSpan(span, destination), true))
        .description(description(link, title)).sectionPath(sectionPath).span(span)
        .mentioned(EntryLinks.isMention(link)).build());
  }

  @Override
  public void visit(Image image) {
    // An image is not a reading-list entry, and its alt text holds no links.
  }

  @Override
  public void visit(Text node) {
    if (node.getSourceSpans().isEmpty()) {
      return;
    }
    SourceSpan where = offsets.of(node.getSourceSpans());
    Matcher m = URL.matcher(text).region(where.startOffset(), where.endOffset());
    while (m.find()) {
      String url = TRAILING_PUNCTUATION.matcher(m.group()).replaceAll("");
      SourceSpan span = offsets.span(m.start(), m.start() + url.length());
      Scalar scalar = new Scalar(url, span, true);
      list.addBareUrls(scalar);
      resources.add(Resource.builder().title(url).url(scalar).description(description(node, url))
          .sectionPath(sectionPath).span(span).mentioned(EntryLinks.followsALink(node)).build());
    }
  }

  /** Where the destination is written inside the link, or the whole link when it is not there. */
  private SourceSpan destinationSpan(SourceSpan link, String destination) {
    if (!link.hasPosition() || destination.isEmpty()) {
      return link;
    }
    int at = text.substring(link.startOffset(), link.endOffset()).lastIndexOf(destination);
    return at < 0 ? link : offsets.span(link.startOffset() + at, link.startOffset() + at + destination.length());
  }

  /** The text of the entry (list item or paragraph) around a link, without the link's own text. */
  private static Optional<String> description(Node node, String title) {
    Node entry = null;
    for (Node n = node.getParent(); n != null; n = n.getParent()) {
      if (n instanceof ListItem item) {
        entry = item.getFirstChild() instanceof Paragraph p ? p : item;
        break;
      }
      if (n instanceof Paragraph p && entry == null) {
        entry = p;
      }
    }
    if (entry == null) {
      return Optional.empty();
    }
    String all = InlineText.of(entry);
    int at = all.indexOf(title);
    String rest = at < 0 ? all : all.substring(0, at) + all.substring(at + title.length());
    rest = LEADING_PUNCTUATION.matcher(rest.replaceAll("\\s+", " ").trim()).replaceAll("").trim();
    return rest.isEmpty() ? Optional.empty() : Optional.of(rest);
  }
}
