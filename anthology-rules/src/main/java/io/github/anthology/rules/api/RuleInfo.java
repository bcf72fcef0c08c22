package io.github.anthology.rules.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The metadata of a rule, in one place on its class. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
  /** {@code category/name}, e.g. {@code naming/format}. */
  String id();

  /** One sentence: what the rule checks. */
  String summary();

  Severity severity();

  /** The version that introduced the rule. */
  String since() default "0.1.0";

  /** Whether findings of the rule carry a mechanical fix. */
  boolean fixable() default false;

  /** Presets that enable the rule: {@code recommended} implies {@code strict} and {@code all}. */
  String preset() default "recommended";

  /**
   * Where the rule's documentation is published, as an absolute URL; reports link to it (SARIF's
   * {@code helpUri}, the text report's rule list). Empty (the default) means: for a built-in rule,
   * its page under the project's documentation address; for a plugin's rule, no link.
   */
  String documentationUrl() default "";

  /**
   * How long the rule takes on a large registry compared with most rules (1). The engine starts
   * the costliest rules first, so that the cores finish together instead of one working through a
   * long rule that happened to start last. A hint for scheduling only: findings never depend on it.
   */
  int cost() default 1;
}
