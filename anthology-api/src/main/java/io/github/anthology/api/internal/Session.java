package io.github.anthology.api.internal;

import io.github.anthology.api.AnthologyException;
import io.github.anthology.api.internal.plugin.PluginLoader;
import io.github.anthology.api.internal.plugin.RuleSet;
import io.github.anthology.api.build.BuildProgress;
import io.github.anthology.io.LoadedRegistry;
import io.github.anthology.io.ReadListener;
import io.github.anthology.io.RegistryInputs;
import io.github.anthology.io.RegistryLoader;
import io.github.anthology.rules.config.ConfigResolver;
import io.github.anthology.rules.config.Configuration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One workspace's state: its options, the configuration and inputs it chose (on first use, then
 * kept), and the rule sets of the plugin lists it has loaded (shared with the workspaces made
 * from it, so a long-lived client loads a plugin once).
 */
public final class Session {
  private final WorkspaceOptions options;
  private final Map<List<Path>, RuleSet> ruleSets;
  private Selection selection;

  /**
   * @param options the workspace's options
   */
  public Session(WorkspaceOptions options) {
    this(options, new ConcurrentHashMap<>());
  }

  private Session(WorkspaceOptions options, Map<List<Path>, RuleSet> ruleSets) {
    this.options = options;
    this.ruleSets = ruleSets;
  }

  /**
   * A session with other options that shares this one's loaded plugins.
   *
   * @param others the options
   * @return the new session
   */
  public Session with(WorkspaceOptions others) {
    return new Session(others, ruleSets);
  }

  /** @return the options */
  public WorkspaceOptions options() {
    return options;
  }

  /**
   * The configuration, rules and inputs: chosen on first use, then kept.
   *
   * @return the selection
   * @throws AnthologyException when the configuration or a plugin cannot be used
   */
  public synchronized Selection selection() throws AnthologyException {
    if (selection == null) {
      selection = select();
    }
    return selection;
  }

  private Selection select() throws AnthologyException {
    List<Path> listed = Errors.translate(() -> Inputs.given(options));
    List<Path> given = listed.isEmpty() && options.textsInContext() && Inputs.holdsRegistry(firstTextDirectory())
        ? List.of(firstTextDirectory()) : listed;
    boolean textsOnly = given.isEmpty() && !unsaved().isEmpty();
    List<Path> discoverFrom = given.isEmpty() ? List.of(firstTextDirectory()) : given;
    ChosenConfig chosen = Errors.translate(() -> ChosenConfig.choose(options, discoverFrom, given.isEmpty()));
    List<Path> jars = new ArrayList<>(options.plugins().stream().map(options::resolve).toList());
    jars.addAll(chosen.plugins().stream().map(options::shown).toList());
    RuleSet rules = ruleSets.get(jars);
    if (rules == null) {
      rules = PluginLoader.load(jars);
      ruleSets.put(List.copyOf(jars), rules);
    }
    RuleSet loaded = rules;
    Configuration configuration = Errors.translate(() -> new ConfigResolver(loaded.registry()).resolve(chosen.raw()));
    List<Path> kept = Errors.translate(() -> Inputs.withoutIgnored(options, given, configuration.plan()::ignored));
    List<Path> paths = textsOnly ? List.of() : InputSelection.paths(options, kept, chosen, configuration);
    return Selection.of(options, rules, configuration, paths, !textsOnly, chosen.raw().file());
  }

  private Path firstTextDirectory() {
    return options.texts().keySet().stream().findFirst()
        .map(name -> options.resolve(Path.of(name)).toAbsolutePath().normalize().getParent())
        .map(options::shown).orElse(options.resolve(Path.of(".")));
  }

  /**
   * Reads the selected inputs (configuration-expanded), with the in-memory texts in place.
   *
   * @return the registry and its texts
   * @throws AnthologyException when an input cannot be read
   */
  public LoadedRegistry readSelected() throws AnthologyException {
    return readSelected(BuildProgress.silent());
  }

  /**
   * Reads the selected inputs as {@link #readSelected()} does, telling the progress of each file:
   * {@link BuildProgress#expect} with their number, then a step {@code reading FILE} for each.
   *
   * @param progress where progress goes
   * @return the registry and its texts
   * @throws AnthologyException when an input cannot be read
   */
  public LoadedRegistry readSelected(BuildProgress progress) throws AnthologyException {
    List<Path> files = selectedFiles();
    return Errors.translate(() -> RegistryLoader.load(files, unsaved(), reading(progress)));
  }

  private static ReadListener reading(BuildProgress progress) {
    return new ReadListener() {
      @Override
      public void files(int count) {
        progress.expect(count);
      }

      @Override
      public void reading(String file) {
        progress.step("reading " + file);
      }
    };
  }

  /**
   * Reads the selected inputs as {@link #readSelected} does, holding the text of JSONL exports too
   * (which are otherwise streamed), so that fixes can edit them.
   *
   * @return the registry and its texts
   * @throws AnthologyException when an input cannot be read
   */
  public LoadedRegistry readSelectedForEditing() throws AnthologyException {
    List<Path> files = selectedFiles();
    return Errors.translate(() -> RegistryLoader.loadForEditing(files, unsaved()));
  }

  /**
   * The files the selected inputs stand for, in reading order: a directory's tree walked, the
   * files the configuration ignores left out of it.
   *
   * @return the files
   * @throws AnthologyException when the configuration or a plugin cannot be used, an input does not
   *     exist, or a directory holds no registry file
   */
  public List<Path> selectedFiles() throws AnthologyException {
    Selection s = selection();
    return Errors.translate(() -> RegistryInputs.files(s.paths(), RegistryInputs.WhenEmpty.NOTHING,
        s.ignoredFiles()));
  }

  /**
   * Reads the inputs as given, without configuration (as rewrites and statistics do).
   *
   * @return the registry and its texts
   * @throws AnthologyException when an input cannot be read
   */
  public LoadedRegistry readGiven() throws AnthologyException {
    return Errors.translate(() -> {
      List<Path> given = Inputs.given(options);
      boolean textsOnly = given.isEmpty() && !unsaved().isEmpty();
      return RegistryLoader.load(textsOnly ? List.of() : given.isEmpty() ? List.of(options.resolve(Path.of("."))) : given,
          unsaved());
    });
  }

  private Map<Path, String> unsaved() {
    return ConfigTexts.registryTexts(options);
  }
}
