package io.github.anthology.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What arXiv says about one paper, as a registry's lock file records it: the facts the citation
 * checks compare a paper entry against. An id the source was asked about and does not know is
 * recorded too, as not {@link #found()}.
 */
@Value.Immutable
public interface PaperMetadata {
  /** The arXiv id, without a version suffix. */
  String id();

  /** Whether the paper exists; false when the source was asked and has no paper of this id. */
  @Value.Default
  default boolean found() {
    return true;
  }

  /** The current title, white space collapsed. */
  Optional<String> title();

  Optional<PersonName> firstAuthor();

  /** The day the first version (v1) was submitted. */
  Optional<LocalDate> firstVersion();

  /** Where the paper was published, as its authors gave it (e.g. {@code CVPR 2022}). */
  Optional<String> journalRef();

  /** Whether the paper has been withdrawn (its latest version says so). */
  @Value.Default
  default boolean withdrawn() {
    return false;
  }

  /** Where the metadata came from, e.g. {@code arxiv-api} or {@code arxiv-snapshot}. */
  String source();

  /** A record of an id the source does not know. */
  static PaperMetadata notFound(String id, String source) {
    return builder().id(id).found(false).source(source).build();
  }

  static ImmutablePaperMetadata.Builder builder() {
    return ImmutablePaperMetadata.builder();
  }
}
