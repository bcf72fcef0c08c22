package io.github.anthology.model;

import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.SourceSpan;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A practice drawn from a paper: one text, one primary topic, one status. */
@Value.Immutable
public interface Recommendation {
  /** The pattern of a stable recommendation id, e.g. {@code MLR-2014-Kingma001-0001}. */
  String ID_PATTERN = "MLR-\\d{4}-[A-Za-z]*\\d{3}-\\d{4}";

  Optional<Scalar> id();

  @NotBlank
  String text();

  /** Where the text stands (the scalar itself, for edits). */
  SourceSpan textSpan();

  /** The primary topic tags; a well-formed recommendation has exactly one. */
  List<Scalar> primaryTopics();

  List<Scalar> secondaryTopics();

  Status status();

  /** The status as written, when the source states one rather than implying it. */
  Optional<Scalar> declaredStatus();

  PaperRef source();

  List<Scalar> evidence();

  List<String> implementations();

  List<Scalar> supersededBy();

  Optional<String> deprecatedDate();

  Optional<String> deprecationReason();

  List<Extra> extras();

  /** A JSON Pointer to the entity in the document it was read from, e.g. {@code /2014/0}. */
  @Value.Default
  default String pointer() {
    return "";
  }

  /** The whole entry: the list item or the record that holds the recommendation. */
  SourceSpan span();

  /** The id's text, checked against {@link #ID_PATTERN} by Bean Validation. */
  default Optional<@Pattern(regexp = ID_PATTERN, message = "is not of the form MLR-<year>-<Author><NNN>-<NNNN>") String>
      idText() {
    return id().map(Scalar::text);
  }

  /** Every topic tag, primary first. */
  default List<Scalar> allTopics() {
    if (secondaryTopics().isEmpty()) {
      return primaryTopics();
    }
    List<Scalar> all = new java.util.ArrayList<>(primaryTopics());
    all.addAll(secondaryTopics());
    return all;
  }

  static ImmutableRecommendation.Builder builder() {
    return ImmutableRecommendation.builder();
  }
}
