package io.github.anthology.model;

import io.github.anthology.model.source.SourceSpan;
import org.immutables.value.Value;

/** A heading of a reading list: a section, the anchor links reach it by, and what it holds. */
@Value.Immutable
public interface Heading {
  /** 1 for {@code #}, up to 6. */
  int level();

  /** The heading's text as displayed, formatting removed. */
  String text();

  /** The anchor a link reaches it by ({@code #anchor}), following GitHub's slug rules. */
  String anchor();

  /**
   * How many blocks (paragraphs, lists, quotes, code, ...) stand between this heading and the
   * next heading of any level; sub-sections are not counted here.
   */
  int contentBlocks();

  SourceSpan span();

  static ImmutableHeading.Builder builder() {
    return ImmutableHeading.builder();
  }
}
