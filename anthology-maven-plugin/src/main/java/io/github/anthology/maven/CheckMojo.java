package io.github.anthology.maven;

import io.github.anthology.api.AnthologyException;
import io.github.anthology.api.Workspace;
import io.github.anthology.api.WorkspaceBuilder;
import io.github.anthology.api.lint.FailPolicy;
import io.github.anthology.api.lint.Formatter;
import io.github.anthology.api.lint.Level;
import io.github.anthology.api.lint.LintResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints the registry: prints each finding as {@code file:line:col} in the build log, writes the
 * configured reports, and fails the build on findings at or above {@code failOn} or on more than
 * {@code maxWarnings} warnings.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AnthologyMojo {
  /**
   * The least severe level that fails the build: {@code error}, {@code warning} or {@code info}.
   * Default: the configuration's {@code fail-on}, else {@code error}.
   */
  @Parameter(property = "anthology.failOn")
  String failOn;

  /** Fails the build on more warnings than this. Default: the configuration's {@code max-warnings}, else no limit. */
  @Parameter(property = "anthology.maxWarnings")
  Integer maxWarnings;

  /**
   * Report formats to write into {@code reportDirectory}: {@code text}, {@code json}, {@code sarif},
   * {@code github}, {@code junit}, {@code checkstyle}.
   */
  @Parameter(property = "anthology.formats", defaultValue = "sarif")
  List<String> formats = List.of("sarif");

  /** Where the reports are written. */
  @Parameter(property = "anthology.reportDirectory", defaultValue = "${project.build.directory}/anthology")
  File reportDirectory;

  @Override
  void run() throws AnthologyException, MojoExecutionException, MojoFailureException {
    WorkspaceBuilder builder = workspace();
    if (failOn != null && !failOn.isBlank()) {
      builder.failOn(Level.parse(failOn).orElseThrow(() -> new IllegalArgumentException(
          "failOn must be error, warning or info, not `" + failOn + "`")));
    }
    if (maxWarnings != null) {
      builder.maxWarnings(maxWarnings);
    }
    Workspace workspace = builder.build();
    List<Report> reports = reports(workspace);
    LintResult result = workspace.lint();
    new FindingLog(getLog()).print(result);
    write(workspace, result, reports);
    if (!result.ruleErrors().isEmpty()) {
      throw new MojoExecutionException("anthology: " + result.ruleErrors().size()
          + " rules failed, so findings may be missing (see above)");
    }
    if (result.failed()) {
      throw new MojoFailureException("anthology: " + verdict(result));
    }
  }

  /** A report to write: where, how it is named in messages, and its format. */
  private record Report(Path file, String label, Formatter formatter) {}

  /**
   * The configured reports, each refused before anything is read or written when its file is one of
   * the registry's inputs (a report written through a link into the registry, say).
   */
  private List<Report> reports(Workspace workspace) throws AnthologyException {
    List<Report> reports = new ArrayList<>();
    for (String format : formats) {
      String name = format.trim();
      Report report = new Report(paths.shown(new File(reportDirectory, ReportFiles.name(name))),
          "the " + name + " report", workspace.formatter(name));
      workspace.checkOutput(report.file().toAbsolutePath(), report.label());
      reports.add(report);
    }
    return reports;
  }

  private void write(Workspace workspace, LintResult result, List<Report> reports)
      throws AnthologyException, MojoExecutionException {
    if (reports.isEmpty()) {
      return;
    }
    try {
      Files.createDirectories(reportDirectory.toPath());
    } catch (IOException e) {
      throw new MojoExecutionException("anthology: cannot create " + paths.shown(reportDirectory) + ": " + e, e);
    }
    for (Report report : reports) {
      workspace.writeFile(report.file().toAbsolutePath(), report.formatter().format(result), report.label());
      getLog().info("anthology: wrote " + report.file());
    }
  }

  /**
   * @param result a failed run
   * @return why it fails, e.g. {@code 1 error, 0 warnings, 0 infos; the build fails on error or worse}
   */
  static String verdict(LintResult result) {
    FailPolicy policy = result.policy();
    String why = result.findings().stream().anyMatch(f -> f.level().atLeast(policy.failOn()))
        ? "the build fails on findings at or above " + policy.failOn().label()
        : "the build fails on more than " + policy.maxWarnings().orElse(0) + " warnings";
    return FindingLog.counts(result) + "; " + why;
  }
}
