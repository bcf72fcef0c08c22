package io.github.anthology.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The aggregate root: everything read from one registry. */
@Value.Immutable
public interface Anthology {
  String SCHEMA_VERSION = "1.0";

  @Value.Default
  default String schemaVersion() {
    return SCHEMA_VERSION;
  }

  @Valid
  List<Paper> papers();

  /**
   * Every recommendation: those of {@link #papers()} in order, then any read without a paper
   * (from a registry export).
   */
  @Valid
  List<Recommendation> recommendations();

  Optional<Taxonomy> taxonomy();

  /** Every resource of every reading list, in reading order. */
  List<Resource> resources();

  /** The Markdown reading lists read, in reading order. */
  List<ReadingList> readingLists();

  /** The files this anthology was read from, in the order they were read. */
  List<String> sources();

  /**
   * What arXiv says about the papers cited, by arXiv id without version, as the registry's lock
   * file records it; empty when there is no lock file.
   */
  Map<String, PaperMetadata> paperMetadata();

  /** The recorded metadata of an arXiv id as written (a version suffix is ignored). */
  default Optional<PaperMetadata> metadataOf(String arxivId) {
    return paperMetadata().isEmpty() ? Optional.empty()
        : Optional.ofNullable(paperMetadata().get(ArxivId.unversioned(arxivId)));
  }

  static ImmutableAnthology.Builder builder() {
    return ImmutableAnthology.builder();
  }
}
