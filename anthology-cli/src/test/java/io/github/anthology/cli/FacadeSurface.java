package io.github.anthology.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The facade's public surface names only its own types, the model's and the JDK's: an embedder
 * needs the api and model modules and nothing else (the library modules stay free to change).
 */
final class FacadeSurface {
  static final String[] PUBLIC_PACKAGES = {"io.github.anthology.api", "io.github.anthology.api.build..",
      "io.github.anthology.api.config..", "io.github.anthology.api.diff..", "io.github.anthology.api.edit..",
      "io.github.anthology.api.lint..", "io.github.anthology.api.papers..", "io.github.anthology.api.rules.."};

  static final ArchRule SPEAKS_API_AND_MODEL = codeUnits().that().arePublic()
      .and().areDeclaredInClassesThat().arePublic()
      .and().areDeclaredInClassesThat().resideInAnyPackage(PUBLIC_PACKAGES)
      .should(nameOnlyApiModelAndJdkTypes())
      .because("an embedder needs the api and model modules and nothing else");

  private FacadeSurface() {}

  private static ArchCondition<JavaCodeUnit> nameOnlyApiModelAndJdkTypes() {
    return new ArchCondition<>("name only api, model and JDK types") {
      @Override
      public void check(JavaCodeUnit unit, ConditionEvents events) {
        List<JavaType> named = new ArrayList<>(unit.getParameterTypes());
        named.add(unit.getReturnType());
        unit.getThrowsClause().getTypes().forEach(named::add);
        for (JavaType type : named) {
          for (JavaClass raw : type.getAllInvolvedRawTypes()) {
            if (!allowed(raw)) {
              events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " names " + raw.getName()));
            }
          }
        }
      }
    };
  }

  private static boolean allowed(JavaClass type) {
    String name = type.getName();
    return type.isPrimitive() || type.isArray() && allowed(type.getComponentType())
        || name.startsWith("java.") || name.startsWith("io.github.anthology.model.")
        || name.startsWith("io.github.anthology.api.") && !name.startsWith("io.github.anthology.api.internal.");
  }
}
