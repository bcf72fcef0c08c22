package io.github.anthology.api.lint;

import io.github.anthology.model.source.SourceSpan;
import io.github.anthology.model.source.TextEdit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a rule found: which rule, how severe, what is wrong, where, the other places it
 * involves, a stable pointer to the entity, and the mechanical fixes on offer.
 *
 * @param ruleId the rule, as {@code category/name}
 * @param level how severe the finding is in this run
 * @param message what is wrong and what to do
 * @param span where it is
 * @param related other places the finding involves (the other topic of an overlap, say)
 * @param pointer the entity: a recommendation id, {@code topic:NAME}, or a JSON Pointer; empty when none
 * @param fixes repairs on offer, first the one {@code lint --fix} applies
 */
public record LintFinding(String ruleId, Level level, String message, SourceSpan span, List<Note> related,
    Optional<String> pointer, List<Fix> fixes) {

  /**
   * Checks and copies the parts.
   *
   * @param ruleId the rule, as {@code category/name}
   * @param level how severe the finding is in this run
   * @param message what is wrong and what to do
   * @param span where it is
   * @param related other places the finding involves (the other topic of an overlap, say)
   * @param pointer the entity: a recommendation id, {@code topic:NAME}, or a JSON Pointer; empty when none
   * @param fixes repairs on offer, first the one {@code lint --fix} applies
   * @throws NullPointerException when a part is null
   */
  public LintFinding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(span, "span");
    related = List.copyOf(related);
    Objects.requireNonNull(pointer, "pointer");
    fixes = List.copyOf(fixes);
  }

  /**
   * The file the finding is in, as the run names it.
   *
   * @return the file name
   */
  public String file() {
    return span.file();
  }

  /**
   * {@code file:line:col: level rule message}, as the text report prints it.
   *
   * @return the one-line form
   */
  @Override
  public String toString() {
    return span.location() + ": " + level.label() + " " + ruleId + " " + message;
  }

  /**
   * Another place a finding involves, with a note on why.
   *
   * @param span the place
   * @param message what it is (e.g. "first written here")
   */
  public record Note(SourceSpan span, String message) {}

  /**
   * A mechanical repair: edits against the texts as read, applied all together or not at all.
   *
   * @param description what the repair does
   * @param edits the text edits
   */
  public record Fix(String description, List<TextEdit> edits) {
    /**
     * Copies the edits.
     *
     * @param description what the repair does
     * @param edits the text edits
     */
    public Fix {
      edits = List.copyOf(edits);
    }
  }
}
