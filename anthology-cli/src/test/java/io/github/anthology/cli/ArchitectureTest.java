package io.github.anthology.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures;

/** SPEC §2's module table, enforced over the main classes of every module. */
@AnalyzeClasses(packages = "io.github.anthology", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String MODEL = "io.github.anthology.model..";
  private static final String RULES = "io.github.anthology.rules..";
  private static final String IO = "io.github.anthology.io..";
  private static final String RENDER = "io.github.anthology.render..";
  private static final String API = "io.github.anthology.api..";
  private static final String CALC = "io.github.anthology.calc..";
  private static final String CLI = "io.github.anthology.cli..";
  private static final String LSP = "io.github.anthology.lsp..";
  private static final String MAVEN = "io.github.anthology.maven..";

  @ArchTest
  static final ArchRule modulesDependOnlyAsTheDesignCardSays =
      Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
          .layer("model").definedBy(MODEL)
          .layer("rules").definedBy(RULES)
          .layer("io").definedBy(IO)
          .layer("render").definedBy(RENDER)
          .layer("api").definedBy(API)
          .layer("calc").definedBy(CALC)
          .layer("lsp").definedBy(LSP)
          .layer("cli").definedBy(CLI)
          .layer("maven").definedBy(MAVEN)
          .whereLayer("cli").mayNotBeAccessedByAnyLayer()
          .whereLayer("maven").mayNotBeAccessedByAnyLayer()
          .whereLayer("lsp").mayOnlyBeAccessedByLayers("cli")
          .whereLayer("api").mayOnlyBeAccessedByLayers("cli", "lsp", "maven")
          .whereLayer("calc").mayOnlyBeAccessedByLayers("cli")
          .whereLayer("render").mayOnlyBeAccessedByLayers("api")
          .whereLayer("io").mayOnlyBeAccessedByLayers("api")
          .whereLayer("rules").mayOnlyBeAccessedByLayers("render", "api")
          .whereLayer("model").mayOnlyBeAccessedByLayers("rules", "io", "render", "api", "lsp", "cli", "maven")
          .because("SPEC §2 fixes the module dependencies");

  @ArchTest
  static final ArchRule cliCommandsUseOnlyTheFacadeTheModelPicocliAndTheConsole =
      classes().that().resideInAPackage(CLI)
          .should().onlyDependOnClassesThat().resideInAnyPackage(CLI, "io.github.anthology.api",
              "io.github.anthology.api.build..", "io.github.anthology.api.config..", "io.github.anthology.api.diff..",
              "io.github.anthology.api.edit..", "io.github.anthology.api.lint..", "io.github.anthology.api.papers..",
              "io.github.anthology.api.rules..", MODEL, CALC, "io.github.anthology.lsp", "picocli..",
              "me.tongfei.progressbar..", "java..", "com.sun.management..")
          .because("the command line is a thin client of the facade (and of the calculators, which stand"
              + " apart from registries): it parses, calls, prints and exits; the JDK's management beans size"
              + " the process's memory guard");

  @ArchTest
  static final ArchRule theMavenPluginUsesOnlyTheFacadeTheModelAndMavensPluginApi =
      classes().that().resideInAPackage(MAVEN)
          .should().onlyDependOnClassesThat().resideInAnyPackage(MAVEN, "io.github.anthology.api",
              "io.github.anthology.api.build..", "io.github.anthology.api.lint..", "io.github.anthology.api.edit..",
              MODEL, "org.apache.maven.plugin..", "org.apache.maven.plugins.annotations..", "java..")
          .because("the Maven plugin is a thin client of the facade, like the command line");

  @ArchTest
  static final ArchRule theLanguageServerUsesOnlyTheFacadeTheModelAndLsp4j =
      classes().that().resideInAPackage(LSP)
          .should().onlyDependOnClassesThat().resideInAnyPackage(LSP, "io.github.anthology.api",
              "io.github.anthology.api.lint..", "io.github.anthology.api.rules..", MODEL, "org.eclipse.lsp4j..", "java..")
          .because("the language server is a client of the facade like the command line; the command line"
              + " reaches it through its entry point only (io.github.anthology.lsp)");

  @ArchTest
  static final ArchRule onlyTheFacadeReachesItsInternals =
      noClasses().that().resideOutsideOfPackage(API)
          .should().dependOnClassesThat().resideInAPackage("io.github.anthology.api.internal..")
          .because("api.internal may change at any time; clients hold to the facade and its result types");

  @ArchTest
  static final ArchRule theFacadeNeverPrints =
      noClasses().that().resideInAPackage(API)
          .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
          .because("the facade returns results; printing is its clients' business");

  @ArchTest
  static final ArchRule thePublicApiSpeaksOnlyInApiAndModelTypes = FacadeSurface.SPEAKS_API_AND_MODEL;

  @ArchTest
  static final ArchRule theModelKnowsNothingOfJacksonOrFiles =
      noClasses().that().resideInAPackage(MODEL)
          .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "org.yaml..", "java.nio.file..")
          .because("the model is pure domain; formats live in io");

  @ArchTest
  static final ArchRule theCalculatorsDependOnNothingOfOurs =
      noClasses().that().resideInAPackage(CALC)
          .should().dependOnClassesThat().resideInAnyPackage(MODEL, RULES, IO, RENDER, CLI)
          .because("anthology-calc stands alone: any tool can embed the transformer arithmetic");

  @ArchTest
  static final ArchRule theCalculatorsDoNoInputOutput =
      noClasses().that().resideInAPackage(CALC)
          .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..")
          .orShould().dependOnClassesThat().haveFullyQualifiedName(java.io.File.class.getName())
          .orShould().dependOnClassesThat().haveFullyQualifiedName(java.io.FileInputStream.class.getName())
          .because("the calculators take values and the config reader takes text or streams; files are the caller's");

  @ArchTest
  static final ArchRule onlyTheConfigReaderAndTheReportsKnowJackson =
      noClasses().that().resideInAPackage(CALC)
          .and().resideOutsideOfPackages("io.github.anthology.calc.hf..", "io.github.anthology.calc.report..")
          .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
          .because("the calculators are plain arithmetic on immutable values");

  @ArchTest
  static final ArchRule theRuleApiNeverReachesIntoTheEngine =
      noClasses().that().resideInAPackage("io.github.anthology.rules.api..")
          .should().dependOnClassesThat().resideInAnyPackage("io.github.anthology.rules.engine..", "io.github.anthology.rules.builtin..")
          .because("plugins implement the api and must not depend on internals");

  @ArchTest
  static final ArchRule onlyTheCliMainExits =
      noClasses().that().doNotHaveFullyQualifiedName("io.github.anthology.cli.Main")
          .should().callMethod(System.class, "exit", int.class)
          .because("a library that exits cannot be embedded; Main.run returns the exit code");

  @ArchTest
  static final ArchRule noCyclesBetweenModules =
      slices().matching("io.github.anthology.(*)..").should().beFreeOfCycles()
          .because("modules build in one order; a cycle would make them one module");

  @ArchTest
  static final ArchRule noCyclesBetweenSiblingPackagesOfAModule =
      slices().matching("io.github.anthology.*.(*)..").should().beFreeOfCycles()
          .because("sub-packages (api, engine, builtin; yaml, edit; report, site) are layers of their"
              + " module; only the module's root package (its facade and shared errors) is shared by all");
}
