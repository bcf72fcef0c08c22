package io.github.anthology.model.validation;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;

/**
 * Every property may be read and cascaded into: the model is plain immutable values. What
 * Hibernate Validator does without JPA on the class path, without probing for JPA first.
 */
final class EveryPropertyReachable implements TraversableResolver {
  @Override
  public boolean isReachable(Object bean, Path.Node property, Class<?> rootBean, Path path, ElementType type) {
    return true;
  }

  @Override
  public boolean isCascadable(Object bean, Path.Node property, Class<?> rootBean, Path path, ElementType type) {
    return true;
  }
}
