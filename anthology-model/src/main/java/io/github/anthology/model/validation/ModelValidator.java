package io.github.anthology.model.validation;

import io.github.anthology.model.Anthology;
import io.github.anthology.model.Paper;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.SourceSpan;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Runs the Bean Validation constraints of the model as a separate step. The validator is built
 * once, on first use or ahead of it ({@link #prepareInBackground}).
 */
public final class ModelValidator {
  private ModelValidator() {}

  /**
   * Starts building the validator on a daemon thread, so that a later {@link #validate} finds it
   * ready instead of paying for the bootstrap (a quarter of a second on a cold JVM) itself.
   * Optional: without it the first {@link #validate} builds the validator.
   */
  public static void prepareInBackground() {
    ValidatorBootstrap.startInBackground();
  }

  /** Every violation in the anthology, in source order. */
  public static List<Violation> validate(Anthology anthology) {
    List<Violation> out = new ArrayList<>();
    for (Paper paper : anthology.papers()) {
      validateOne(paper, out);
    }
    for (Recommendation rec : anthology.recommendations()) {
      validateOne(rec, out);
    }
    out.sort(Comparator.comparing(Violation::span).thenComparing(Violation::property));
    return out;
  }

  private static <T> void validateOne(T bean, List<Violation> out) {
    for (ConstraintViolation<T> v : ValidatorBootstrap.validator().validate(bean)) {
      String property = leafName(v.getPropertyPath());
      Object leaf = v.getLeafBean();
      String key = yamlKey(property);
      String message = v.getMessage().startsWith(key + " ") ? v.getMessage() : key + " " + v.getMessage();
      out.add(new Violation(spanOf(leaf, property), key, message));
    }
  }

  private static String leafName(Path path) {
    String name = "";
    for (Path.Node node : path) {
      if (node.getName() != null && !node.getName().startsWith("<")) {
        name = node.getName();
      }
    }
    return name;
  }

  private static String yamlKey(String property) {
    return switch (property) {
      case "arxivIdText" -> "arxiv_id";
      case "yearValue" -> "year";
      case "firstAuthorText" -> "first_author";
      case "idText" -> "id";
      default -> property;
    };
  }

  private static SourceSpan spanOf(Object leaf, String property) {
    if (leaf instanceof Paper p) {
      Optional<Scalar> field =
          switch (property) {
            case "arxivIdText" -> p.arxivId();
            case "yearValue" -> p.year();
            case "firstAuthorText" -> p.firstAuthor();
            default -> Optional.empty();
          };
      return field.map(Scalar::span).orElse(p.span());
    }
    if (leaf instanceof Recommendation r) {
      return "idText".equals(property) && r.id().isPresent() ? r.id().get().span() : r.span();
    }
    return SourceSpan.ofFile("");
  }
}
