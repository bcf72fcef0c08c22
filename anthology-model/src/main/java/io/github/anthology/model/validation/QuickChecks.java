package io.github.anthology.model.validation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * For the properties whose constraints are all of a few plain kinds ({@code @NotBlank},
 * {@code @NotNull}, {@code @Min}, {@code @Max} on a text or a whole number, none composed of
 * others, nothing cascaded), a check that a value every one of them accepts passes without asking
 * the validator, whose per-call cost dominated checking a million recommendations. A value the
 * check does not pass is still validated by the validator, which words the violation: the result
 * is the validator's either way. The check follows each constraint's definition (Hibernate
 * Validator's {@code NotBlankValidator}: not null and not {@code isBlank()}) and is never more
 * lenient: it applies every constraint, whatever its groups.
 */
final class QuickChecks {
  private QuickChecks() {}

  /** A bean class's quick checks, by property; a property missing here has none. */
  static final ClassValue<Map<String, Predicate<Object>>> OF = new ClassValue<>() {
    @Override
    protected Map<String, Predicate<Object>> computeValue(Class<?> type) {
      BeanDescriptor bean = ValidatorBootstrap.validator().getConstraintsForClass(type);
      Map<String, Predicate<Object>> checks = new HashMap<>();
      for (PropertyDescriptor p : bean.getConstrainedProperties()) {
        Predicate<Object> value = valueCheck(p);
        MethodHandle getter = value == null ? null : getter(type, p.getPropertyName());
        if (getter != null) {
          checks.put(p.getPropertyName(), b -> value.test(invoke(getter, b)));
        }
      }
      return Map.copyOf(checks);
    }
  };

  private static Predicate<Object> valueCheck(PropertyDescriptor p) {
    if (p.isCascaded() || !p.getConstrainedContainerElementTypes().isEmpty() || p.getConstraintDescriptors().isEmpty()) {
      return null;
    }
    Predicate<Object> all = v -> true;
    for (ConstraintDescriptor<?> c : p.getConstraintDescriptors()) {
      Predicate<Object> one = check(c);
      if (one == null || !c.getComposingConstraints().isEmpty()) {
        return null;
      }
      all = all.and(one);
    }
    return all;
  }

  private static Predicate<Object> check(ConstraintDescriptor<?> c) {
    Annotation a = c.getAnnotation();
    if (a instanceof NotBlank) {
      return v -> v instanceof String s && hasNonBlank(s);
    }
    if (a instanceof NotNull) {
      return v -> v != null;
    }
    if (a instanceof Min min) {
      return v -> v instanceof Integer i && i >= min.value();
    }
    if (a instanceof Max max) {
      return v -> v instanceof Integer i && i <= max.value();
    }
    return null;
  }

  /**
   * Not blank by both definitions Hibernate Validator has used: {@code !isBlank()} (whitespace by
   * {@link Character#isWhitespace}, today's) and {@code trim().length() > 0} (earlier versions'),
   * so the check is never more lenient than either.
   */
  private static boolean hasNonBlank(String s) {
    if (s.isBlank()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > ' ') {
        return true;
      }
    }
    return false;
  }

  private static MethodHandle getter(Class<?> type, String property) {
    try {
      return MethodHandles.publicLookup().unreflect(type.getMethod(property))
          .asType(MethodType.methodType(Object.class, Object.class));
    } catch (ReflectiveOperationException | SecurityException e) {
      return null;
    }
  }

  private static Object invoke(MethodHandle getter, Object bean) {
    try {
      return getter.invoke(bean);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }
}
