package io.github.anthology.io.ids;

import io.github.anthology.model.PaperRef;
import io.github.anthology.model.Status;
import io.github.anthology.model.source.SourceSpan;
import java.util.Optional;

/**
 * One id a published registry gives a practice: the id, the practice's text (none in the reference
 * system's side-car, which keeps only counters), the source paper as published, its status when the
 * export says, and where the entry stands in the published file.
 */
public record PublishedId(String id, Optional<String> text, PaperRef source, Optional<Status> status, SourceSpan span) {
  /** The text as a short quotation for messages. */
  String quoted() {
    return text.map(t -> "\"" + (t.length() > 60 ? t.substring(0, 57) + "..." : t) + "\"").orElse("(no text)");
  }
}
