package io.github.anthology.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.model.Paper;
import io.github.anthology.model.PaperRef;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.Status;
import io.github.anthology.model.source.SourceSpan;
import jakarta.validation.Constraint;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValidatorBootstrapTest {
  @Test
  void theBootstrapKnowsEveryConstraintTheModelUses() {
    Set<Class<?>> used = new HashSet<>();
    for (Class<?> type : List.of(Paper.class, Recommendation.class)) {
      for (Method method : type.getDeclaredMethods()) {
        collect(method.getAnnotations(), used);
        collect(method.getAnnotatedReturnType(), used);
      }
    }
    assertThat(used).isNotEmpty();
    assertThat(ValidatorBootstrap.CONSTRAINTS).containsAll(used);
  }

  @Test
  void theBootstrapInitialisesTheClassesOfEveryBeanTheValidatorIsGiven() {
    SourceSpan at = SourceSpan.ofFile("r.yaml");
    Paper paper = Paper.builder().title("t").span(at).build();
    Recommendation rec = Recommendation.builder().text("t").textSpan(at).span(at)
        .status(Status.STANDARD).source(PaperRef.builder().build()).build();
    assertThat(ValidatorBootstrap.BEANS).containsExactlyInAnyOrder(paper.getClass(), rec.getClass());
  }

  private static void collect(AnnotatedType type, Set<Class<?>> out) {
    collect(type.getAnnotations(), out);
    if (type instanceof AnnotatedParameterizedType parameterized) {
      for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
        collect(argument, out);
      }
    }
  }

  private static void collect(Annotation[] annotations, Set<Class<?>> out) {
    for (Annotation annotation : annotations) {
      if (annotation.annotationType().isAnnotationPresent(Constraint.class)) {
        out.add(annotation.annotationType());
      }
    }
  }
}
