package io.github.anthology.api.internal;

import io.github.anthology.api.internal.plugin.RuleSet;
import io.github.anthology.api.lint.FailPolicy;
import io.github.anthology.io.SourceFiles;
import io.github.anthology.rules.config.Configuration;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * What a workspace works on: its rules (plugins loaded), its checked configuration, the files to
 * read, and the baseline and fail policy that apply.
 *
 * @param rules every rule, with the plugin each came from
 * @param configuration the checked configuration
 * @param paths the files and directories to read
 * @param readsDisk false when only in-memory texts are read
 * @param baseline the baseline file that applies, if any
 * @param policy when a run fails
 * @param configFile the configuration file as messages name it, or empty when none was read
 */
public record Selection(RuleSet rules, Configuration configuration, List<Path> paths, boolean readsDisk,
    Optional<Path> baseline, FailPolicy policy, String configFile) {

  static Selection of(WorkspaceOptions options, RuleSet rules, Configuration configuration, List<Path> paths,
      boolean readsDisk, String configFile) {
    Optional<Path> baseline = !options.useBaseline() ? Optional.empty()
        : options.baseline().map(options::resolve).or(configuration::baseline);
    OptionalInt maxWarnings = options.maxWarnings().isPresent() ? options.maxWarnings() : configuration.maxWarnings();
    FailPolicy policy = new FailPolicy(options.failOn().orElseGet(() -> configuration.failOn()
        .map(Levels::of).orElse(FailPolicy.DEFAULT.failOn())), maxWarnings);
    return new Selection(rules, configuration, paths, readsDisk, baseline, policy, configFile);
  }

  /**
   * @return the files a walk of a directory leaves unread: those the configuration's
   *     {@code ignores} names
   */
  public Predicate<Path> ignoredFiles() {
    return p -> configuration.plan().ignored(SourceFiles.display(p));
  }
}
