package io.github.anthology.model;

import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.SourceSpan;
import java.util.List;
import org.immutables.value.Value;

/**
 * A Markdown reading list: its headings (the sections), the resources its links name, the links
 * that point into the document itself, and URLs written as bare text.
 */
@Value.Immutable
public interface ReadingList {
  String file();

  /** Every heading, in document order. */
  List<Heading> headings();

  /** Every link (or bare URL) to somewhere outside the document, in document order. */
  List<Resource> resources();

  /** Links to a place in the document ({@code #anchor}): the target as written, without the {@code #}. */
  List<Scalar> anchorLinks();

  /**
   * Anchors that HTML in the document defines, by {@code <a name="...">} or an {@code id}
   * attribute; GitHub lets links reach them as it does headings.
   */
  List<Scalar> htmlAnchors();

  /** URLs written as plain text rather than as a link, in document order. */
  List<Scalar> bareUrls();

  SourceSpan span();

  static ImmutableReadingList.Builder builder() {
    return ImmutableReadingList.builder();
  }
}
