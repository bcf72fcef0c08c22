package io.github.anthology.maven;

import io.github.anthology.api.AnthologyException;
import io.github.anthology.api.build.BuildOptions;
import io.github.anthology.api.build.BuildResult;
import java.io.File;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Renders REGISTRY.md, TOPICS.md, the registry exports and the static site (index.html). Every
 * file is rendered before any is replaced, so a failure leaves the output directory as it was.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class BuildMojo extends AnthologyMojo {
  /** Where to write; created if missing, files of the same names are replaced. */
  @Parameter(property = "anthology.outputDirectory", defaultValue = "${project.build.directory}/anthology")
  File outputDirectory;

  /** The date printed as "Last updated", as {@code YYYY-MM-DD}. Default: none, so rebuilds give the same bytes. */
  @Parameter(property = "anthology.date")
  String date;

  /** The largest registry whose table index.html carries as HTML rows; a larger one's is drawn by script. */
  @Parameter(property = "anthology.pageRows", defaultValue = "" + BuildOptions.PAGE_ROWS)
  int pageRows = BuildOptions.PAGE_ROWS;

  @Override
  void run() throws AnthologyException, MojoExecutionException {
    BuildOptions options = BuildOptions.into(paths.shown(outputDirectory).toAbsolutePath()).withPageRows(pageRows);
    if (date != null && !date.isBlank()) {
      try {
        options = options.withDate(LocalDate.parse(date.trim()));
      } catch (DateTimeParseException e) {
        throw new MojoExecutionException("anthology: date must be YYYY-MM-DD, not `" + date + "`", e);
      }
    }
    BuildResult result = workspace().build().build(options);
    getLog().info("anthology: wrote " + result.files().size() + " files to " + paths.shown(outputDirectory));
  }
}
