package io.github.anthology.api;

import io.github.anthology.api.build.BuildOptions;
import io.github.anthology.api.build.BuildResult;
import io.github.anthology.api.build.Preview;
import io.github.anthology.api.diff.DiffOptions;
import io.github.anthology.api.diff.DiffResult;
import io.github.anthology.api.edit.IdsOptions;
import io.github.anthology.api.edit.RewriteResult;
import io.github.anthology.api.internal.Documents;
import io.github.anthology.api.internal.Session;
import io.github.anthology.api.internal.build.Building;
import io.github.anthology.api.internal.diff.Diffing;
import io.github.anthology.api.internal.lint.Baselines;
import io.github.anthology.api.internal.lint.Linting;
import io.github.anthology.api.internal.lint.ReportFormatter;
import io.github.anthology.api.internal.papers.PaperWork;
import io.github.anthology.api.internal.plugin.Catalogue;
import io.github.anthology.api.internal.rewrite.Rewriting;
import io.github.anthology.api.internal.serve.Serving;
import io.github.anthology.api.lint.Analysis;
import io.github.anthology.api.lint.FixResult;
import io.github.anthology.api.lint.Formatter;
import io.github.anthology.api.lint.LintResult;
import io.github.anthology.model.Anthology;
import io.github.anthology.model.stats.RegistryStatistics;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A registry to work on, with its configuration, inputs and plugins: the one front door to
 * Anthology for the command line, build plugins, editors and embedders. Its methods return
 * results and never print or exit; what cannot be done is an {@link AnthologyException} with a
 * one-line message.
 *
 * <pre>{@code
 * Workspace workspace = Workspace.builder().workingDirectory(Path.of("registry")).build();
 * LintResult result = workspace.lint();
 * System.out.print(workspace.formatter("sarif").format(result));
 * if (result.failed()) { ... }
 * }</pre>
 *
 * <p>Configuration and plugins are chosen on first use and then kept (a workspace is a snapshot of
 * its options); build another, or use {@link #withText}, to see changed files. A workspace may be
 * used from several threads.
 *
 * <p>Adding an operation: a service in {@code api.internal.<area>} that takes the session and does
 * the work on the library modules; its result as a record of API and model types in the public
 * package of its kind ({@code lint}, {@code edit}, {@code build}, ...); and here one documented
 * method that delegates to the service. The command line then calls that method and prints.
 * ArchitectureTest holds the public surface to API, model and JDK types.
 */
public final class Workspace {
  private final Session session;

  Workspace(Session session) {
    this.session = session;
  }

  /**
   * Starts describing a workspace.
   *
   * @return a builder with every default: the process's working directory, the configuration
   *     found there, the registry files found there
   */
  public static WorkspaceBuilder builder() {
    return new WorkspaceBuilder();
  }

  /**
   * The same workspace with one file's text held in memory (an editor's unsaved buffer): it stands
   * in for the file of that name among the inputs, or is read after them. Plugins already loaded
   * are shared; configuration and inputs are chosen again.
   *
   * @param file the file's name, relative to the working directory or absolute
   * @param text its text
   * @return the new workspace
   */
  public Workspace withText(String file, String text) {
    Map<String, String> texts = new LinkedHashMap<>(session.options().texts());
    texts.put(file, text);
    return new Workspace(session.with(session.options().withTexts(texts)));
  }

  /**
   * Lints the inputs with the configured rules, keeping only what the baseline (if any) does not
   * know. A rule that throws is recorded in {@link LintResult#ruleErrors()} and the run goes on.
   *
   * @return the findings, counts and verdict
   * @throws AnthologyException when the configuration, a plugin, an input or the baseline cannot be used
   */
  public LintResult lint() throws AnthologyException {
    return new Linting(session).lint();
  }

  /**
   * Lints as {@link #lint()} does and keeps what the run read: the registry as a model and the
   * texts of its files, so an editor can place findings, fixes and model elements on the exact
   * characters the run saw. Interrupting the calling thread stops the run at its next step
   * (configuration, reading, rules) with a {@link java.util.concurrent.CancellationException}: how
   * a client drops a run that a newer edit has made useless.
   *
   * @return the model, the texts and the lint result
   * @throws AnthologyException when the configuration, a plugin, an input or the baseline cannot be used
   */
  public Analysis analyse() throws AnthologyException {
    return new Linting(session).analyse();
  }

  /**
   * Applies every mechanical fix, re-lints and repeats until none applies (at most
   * {@link FixResult#MAX_PASSES} passes). Nothing is written: show {@code changes().diff()}, or
   * call {@code changes().write()}.
   *
   * @return the changes and the findings that remain
   * @throws AnthologyException when the configuration, a plugin, an input or the baseline cannot be used
   */
  public FixResult fix() throws AnthologyException {
    return new Linting(session).fix();
  }

  /**
   * Reads the inputs and runs no rule: whether they read, and what reading alone costs.
   *
   * @return the registry as read
   * @throws AnthologyException when the configuration, a plugin or an input cannot be used
   */
  public Anthology read() throws AnthologyException {
    return new Linting(session).read();
  }

  /**
   * A report format, without colour.
   *
   * @param name one of {@link #reportFormats()}
   * @return the formatter
   * @throws AnthologyException when no format has the name (the message lists them), or the
   *     configuration or a plugin cannot be used
   */
  public Formatter formatter(String name) throws AnthologyException {
    return formatter(name, false);
  }

  /**
   * A report format.
   *
   * @param name one of {@link #reportFormats()}
   * @param colour whether the text format may use ANSI colour
   * @return the formatter
   * @throws AnthologyException when no format has the name (the message lists them), or the
   *     configuration or a plugin cannot be used
   */
  public Formatter formatter(String name, boolean colour) throws AnthologyException {
    var format = ReportFormatter.named(name);
    return ReportFormatter.of(format, session.selection(), session.options().workingDirectory(), colour);
  }

  /**
   * The report formats there are.
   *
   * @return text, json, sarif, github, junit, checkstyle
   */
  public static List<String> reportFormats() {
    return ReportFormatter.names();
  }

  /**
   * Records a run's findings in a baseline file (by file, rule and entity, never line), atomically.
   * Lint with {@link WorkspaceBuilder#withoutBaseline()} first, so the file records every finding.
   * A file that is one of the inputs' files is refused and nothing is written.
   *
   * @param result the run to record
   * @param file the baseline file
   * @return how many entries it holds
   * @throws AnthologyException when the file names an input or cannot be written
   */
  public int writeBaseline(LintResult result, Path file) throws AnthologyException {
    Path target = session.options().resolve(file);
    new Documents(session).refuseInput(target, "the baseline");
    return Baselines.write(result, target);
  }

  /**
   * Keeps only the findings a baseline file does not know.
   *
   * @param result a run
   * @param file the baseline file
   * @return the run less the known findings, with the comparison in {@link LintResult#baseline()}
   * @throws AnthologyException when the file is missing or malformed
   */
  public LintResult applyBaseline(LintResult result, Path file) throws AnthologyException {
    return Baselines.apply(result, session.options().resolve(file));
  }

  /**
   * Renders REGISTRY.md, TOPICS.md, registry.yaml, registry.json and the static site into a
   * directory, with CHANGELOG.md and templates' documents when asked. Every file is rendered before
   * any is replaced, so a failure leaves the directory as it was; an output directory that is a
   * file, or where a file would replace an input, is refused before anything is written.
   *
   * @param options the output directory and how to build
   * @return what was written
   * @throws AnthologyException when the configuration, an input or the output cannot be used
   */
  public BuildResult build(BuildOptions options) throws AnthologyException {
    return new Building(session).build(options);
  }

  /**
   * Builds as {@link #build} does into {@code options.out()}, serves the output on 127.0.0.1 and
   * rebuilds whenever an input (or a template) changes; the site lists the lint findings and
   * reloads itself on a newer build. A build that fails is reported to {@code log} and the last
   * good one stays served.
   *
   * @param options the output directory, templates and the rest of the build
   * @param port the port on 127.0.0.1; 0 takes a free one
   * @param log where each build's outcome goes, one line at a time (from another thread)
   * @return the running preview; close it to stop
   * @throws AnthologyException when the configuration or an input cannot be used, the first build
   *     fails, or the port cannot be used
   */
  public Preview serve(BuildOptions options, int port, Consumer<String> log) throws AnthologyException {
    return new Serving(session).serve(options, port, log);
  }

  /**
   * Compares two versions of the registry: papers, recommendations and topics added, removed and
   * changed (reworded, retagged, superseded; topics renamed, merged, split, deprecated), and the
   * lint findings introduced and resolved. Each version is a file or directory, or a git revision
   * of the repository holding the registry. Both are linted with the configuration a lint of the
   * path side would use, and this workspace's plugins. An output file that names either version's
   * file is refused before anything is compared.
   *
   * @param options the versions, format and output
   * @return the diff in the format asked for
   * @throws AnthologyException when the format is unknown, a version cannot be read, or the output names an input
   */
  public DiffResult diff(DiffOptions options) throws AnthologyException {
    return new Diffing(session).diff(options);
  }

  /**
   * The registry's lock file of paper metadata: refresh it, add a paper.
   *
   * @return the operations on this workspace's inputs
   */
  public Papers papers() {
    return new Papers(new PaperWork(session));
  }

  /**
   * Gives every recommendation without an id a stable {@code MLR-<year>-<Author><NNN>-<NNNN>} id;
   * ids already written are never changed or reused.
   *
   * @return the edits (nothing written) and what could not be done
   * @throws AnthologyException when an input cannot be read
   */
  public RewriteResult assignIds() throws AnthologyException {
    return assignIds(IdsOptions.defaults());
  }

  /**
   * Gives every recommendation without an id one: with {@link IdsOptions#adopt()}, first the id a
   * published registry gives its practice (same source paper and text, else a similar text, each
   * such match a note), then a new one. Published ids left without a practice are problems; one id
   * that two practices would claim is an error.
   *
   * @param options the numbering scheme and the registry to adopt from
   * @return the edits (nothing written), what could not be done, and the matches to check
   * @throws AnthologyException when an input or the published registry cannot be read, or ids conflict
   */
  public RewriteResult assignIds(IdsOptions options) throws AnthologyException {
    return new Rewriting(session).assignIds(options);
  }

  /**
   * Retags every recommendation so its primary topic is a topic of the taxonomy, by the
   * taxonomy's {@code previously} lists and these extra mappings.
   *
   * @param extra more mappings, old tag to topic
   * @return the edits (nothing written) and the recommendations left without a topic
   * @throws AnthologyException when an input cannot be read
   */
  public RewriteResult migrate(Map<String, String> extra) throws AnthologyException {
    return new Rewriting(session).migrate(extra);
  }

  /**
   * Taxonomy maintenance: rename, deprecate, merge and split topics.
   *
   * @return the operations on this workspace's inputs
   */
  public Topics topics() {
    return new Topics(new Rewriting(session));
  }

  /**
   * Starts a registry: writes {@code anthology.yaml} and a {@code taxonomy.yaml} with the seven
   * starting topics. Writes nothing when either file exists.
   *
   * @param dir where, resolved against the working directory
   * @return the files written, as messages name them
   * @throws AnthologyException when a file exists or cannot be written
   */
  public List<String> init(Path dir) throws AnthologyException {
    return new Rewriting(session).init(dir);
  }

  /**
   * Counts the inputs: papers, recommendations by status and by primary topic.
   *
   * @return the counts
   * @throws AnthologyException when an input cannot be read
   */
  public RegistryStatistics statistics() throws AnthologyException {
    return new Documents(session).statistics();
  }

  /**
   * The counts as a text, largest topics first.
   *
   * @param format {@code text} or {@code json}
   * @return the counts in that format
   * @throws AnthologyException when the format is unknown or an input cannot be read
   */
  public String statistics(String format) throws AnthologyException {
    return new Documents(session).statistics(format);
  }

  /**
   * The formats {@link #statistics(String)} takes.
   *
   * @return text, json
   */
  public static List<String> statisticsFormats() {
    return Documents.STATISTICS_FORMATS;
  }

  /**
   * Reads a Markdown reading list: every link with its title, URL, description and headings.
   *
   * @param markdown the reading list
   * @return its resources as YAML
   * @throws AnthologyException when the file cannot be read
   */
  public String importList(Path markdown) throws AnthologyException {
    return new Documents(session).importList(markdown);
  }

  /**
   * Writes a text (a report, say) to a file atomically: a temporary file beside it, then a rename.
   * A file that is one of the inputs' files (or the configuration or a registry file beside one)
   * is refused and nothing is written.
   *
   * @param file where, resolved against the working directory
   * @param text what, as UTF-8
   * @throws AnthologyException when the file names an input or cannot be written
   */
  public void writeFile(Path file, String text) throws AnthologyException {
    writeFile(file, text, "the output");
  }

  /**
   * Writes a text to a file atomically, as {@link #writeFile(Path, String)} does.
   *
   * @param file where, resolved against the working directory
   * @param text what, as UTF-8
   * @param label how the file was named (an option such as {@code --output}), for messages
   * @throws AnthologyException when the file names an input or cannot be written
   */
  public void writeFile(Path file, String text, String label) throws AnthologyException {
    new Documents(session).write(file, text, label);
  }

  /**
   * Fails when a file is one of this workspace's input files, or the configuration or a registry
   * file beside one (through a link too): call it before work whose output the file is, so that
   * nothing is written, a fix included. {@link #writeFile} and {@link #writeBaseline} check too.
   *
   * @param file the output, resolved against the working directory
   * @param label how the file was named (an option such as {@code --output}), for the message
   * @throws AnthologyException when the file names an input (the message says nothing was written)
   */
  public void checkOutput(Path file, String label) throws AnthologyException {
    new Documents(session).refuseInput(session.options().resolve(file), label);
  }

  /**
   * The rules the workspace knows (built-in, on the class path, and from its plugins), with their
   * documentation.
   *
   * @return the catalogue
   * @throws AnthologyException when the configuration or a plugin cannot be used
   */
  public RuleCatalogue rules() throws AnthologyException {
    return new RuleCatalogue(new Catalogue(session.selection().rules()));
  }

  /**
   * The registry files a lint of this workspace reads from disk, in reading order: its inputs
   * after configuration, each directory replaced by the registry files found in it by their
   * conventional names. In-memory texts of files that are not among them are read after them.
   *
   * @return the files, as findings name them
   * @throws AnthologyException when the configuration or a plugin cannot be used, an input does not
   *     exist, or a directory holds no registry file
   */
  public List<Path> files() throws AnthologyException {
    return new Linting(session).files();
  }

  /**
   * The files and directories a lint or build of this workspace reads, after configuration.
   *
   * @return the inputs
   * @throws AnthologyException when the configuration or a plugin cannot be used
   */
  public List<Path> inputs() throws AnthologyException {
    return session.selection().paths();
  }
}
