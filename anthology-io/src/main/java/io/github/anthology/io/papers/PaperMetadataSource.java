package io.github.anthology.io.papers;

import io.github.anthology.io.ReadException;
import io.github.anthology.model.PaperMetadata;
import java.util.Collection;
import java.util.Map;

/**
 * Where paper metadata comes from: the arXiv API, arXiv's metadata snapshot, or a registry's lock
 * file. A source answers for the ids it can speak for: a paper it has, or (when it can say so) an
 * id it knows does not exist, as {@link PaperMetadata#notFound}. An id missing from the answer is
 * one the source cannot speak for, such as a paper newer than a snapshot.
 */
public interface PaperMetadataSource extends AutoCloseable {
  /** The name recorded with each entry, e.g. {@code arxiv-api}. */
  String name();

  /**
   * The metadata of the given ids (without version suffixes), by id.
   *
   * @throws ReadException when the source cannot be read or reached; the message names it
   */
  Map<String, PaperMetadata> lookup(Collection<String> ids) throws ReadException;

  @Override
  default void close() {}
}
