package io.github.anthology.model;

import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.SourceSpan;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A paper of the registry and the recommendations drawn from it. */
@Value.Immutable
public interface Paper {
  /** New-style ({@code 2204.02311}, optional version) and old-style ({@code cs/0601001}) ids. */
  String ARXIV_PATTERN = "(\\d{4}\\.\\d{4,5}|[a-z][a-z.-]*/\\d{7})(v\\d+)?";

  @NotBlank
  String title();

  Optional<Scalar> arxivId();

  Optional<Scalar> firstAuthor();

  /** The year as written; see {@link #yearValue()}. */
  Optional<Scalar> year();

  /** The year key of the mapping the paper is listed under, in research.yaml. */
  Optional<Scalar> yearKey();

  List<String> keyTakeaways();

  /** Topic tags; the first is the paper's primary topic. */
  List<Scalar> topics();

  List<Scalar> models();

  List<String> historicalImpact();

  /** The {@code experimental} flag as written ({@code true}, {@code True}, ...). */
  Optional<Scalar> experimental();

  Optional<Attic> attic();

  List<Recommendation> recommendations();

  List<Extra> extras();

  /** A JSON Pointer to the entity in the document it was read from, e.g. {@code /2014/0}. */
  @Value.Default
  default String pointer() {
    return "";
  }

  SourceSpan span();

  default Optional<@Pattern(regexp = ARXIV_PATTERN, message = "is not an arXiv id") String>
      arxivIdText() {
    return arxivId().map(Scalar::text);
  }

  default @NotBlank(message = "is required") String firstAuthorText() {
    return firstAuthor().map(Scalar::text).orElse(null);
  }

  /** The year as a number, or null when it is missing or not a whole number. */
  default @NotNull(message = "is required and must be a whole number")
      @Min(value = 1950, message = "must be 1950 or later")
      @Max(value = 2100, message = "must be 2100 or earlier") Integer yearValue() {
    return year().flatMap(y -> Years.parse(y.text())).orElse(null);
  }

  /** Whether the paper is flagged experimental (by any spelling of true). */
  default boolean isExperimental() {
    return experimental().map(e -> e.text().trim().equalsIgnoreCase("true")).orElse(false);
  }

  static ImmutablePaper.Builder builder() {
    return ImmutablePaper.builder();
  }
}
