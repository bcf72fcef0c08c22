package io.github.anthology.model.validation;

import io.github.anthology.model.Anthology;
import io.github.anthology.model.Paper;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.SourceSpan;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.PropertyDescriptor;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

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
    return validate(anthology, Set.of());
  }

  /**
   * Every violation except those of the left-out keys (as the files spell them: {@code id},
   * {@code arxiv_id}), in source order. Left-out properties are not even checked: a rule that
   * leaves them to others does not pay for a million pattern matches it would throw away. A value
   * that passes its property's {@link QuickChecks quick check} is valid without asking the validator.
   */
  public static List<Violation> validate(Anthology anthology, Set<String> leftOut) {
    List<Violation> out = new ArrayList<>();
    for (Paper paper : anthology.papers()) {
      validateOne(paper, leftOut, out);
    }
    for (Recommendation rec : anthology.recommendations()) {
      validateOne(rec, leftOut, out);
    }
    out.sort(Comparator.comparing(Violation::span).thenComparing(Violation::property));
    return out;
  }

  private static <T> void validateOne(T bean, Set<String> leftOut, List<Violation> out) {
    Validator validator = ValidatorBootstrap.validator();
    if (leftOut.isEmpty()) {
      report(validator.validate(bean), out);
      return;
    }
    Map<String, Predicate<Object>> quick = QuickChecks.OF.get(bean.getClass());
    for (String property : CONSTRAINED.get(bean.getClass())) {
      Predicate<Object> passes = quick.get(property);
      if (!leftOut.contains(yamlKey(property)) && (passes == null || !passes.test(bean))) {
        report(validator.validateProperty(bean, property), out);
      }
    }
  }

  /** The names of a bean class's constrained properties, as the validator's metadata has them. */
  private static final ClassValue<List<String>> CONSTRAINED = new ClassValue<>() {
    @Override
    protected List<String> computeValue(Class<?> type) {
      return ValidatorBootstrap.validator().getConstraintsForClass(type).getConstrainedProperties().stream()
          .map(PropertyDescriptor::getPropertyName).sorted().toList();
    }
  };

  private static <T> void report(Set<ConstraintViolation<T>> violations, List<Violation> out) {
    for (ConstraintViolation<T> v : violations) {
      String property = leafName(v.getPropertyPath());
      Object leaf = v.getLeafBean();
      String key = yamlKey(property);
      String message = v.getMessage().startsWith(key + " ") ? v.getMessage() : key + " " + v.getMessage();
      out.add(new Violation(spanOf(leaf, property), key, message, leaf));
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
