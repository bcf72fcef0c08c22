package io.github.anthology.cli.commands;

import io.github.anthology.api.edit.IdNumbering;
import io.github.anthology.api.edit.IdsOptions;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code anthology ids}: give every recommendation without an id a stable one, or the one it was published with. */
@Command(
    name = "ids",
    mixinStandardHelpOptions = true,
    description = {
      "Assigns MLR-<year>-<Author><NNN>-<NNNN> ids to recommendations that have none.",
      "Ids already written are never changed or reused. A plain `- \"text\"` item becomes",
      "`- text: \"text\"` with an `id:` line under it; comments and everything else stay as they are.",
      "With --adopt, a recommendation first takes the id a published registry gives",
      "its practice: same source paper and text, else a similar text (each such match",
      "is reported). Published ids left without a practice are listed (exit 1); an id",
      "that two practices would claim is an error (exit 2, nothing written).",
      "Prints the change as a unified diff unless --write is given."
    })
public final class IdsCommand implements Callable<Integer> {
  @ParentCommand AnthologyCommand parent;

  @Mixin RewriteOptions options;

  @Option(names = "--adopt", paramLabel = "FILE",
      description = "A published registry.yaml, registry.json or registry.jsonl, or the reference system's"
          + " mlr_registry.json, whose ids the recommendations take before any new id is numbered.")
  Path adopt;

  @Option(names = "--numbering", paramLabel = "SCHEME", converter = NumberingConverter.class,
      description = "How a new paper's <NNN> is counted: per-year (per first author and year; default) or"
          + " per-author (per first author across years, as the reference system counts). Either way it"
          + " continues after the highest number in use, published ids included.")
  IdNumbering numbering = IdNumbering.PER_YEAR;

  @Option(names = "--similarity", paramLabel = "S",
      description = "With --adopt: how alike a reworded text must be to its published one to take its id,"
          + " as 1 - edit distance / length, above 0 and at most 1 (default: ${DEFAULT-VALUE}).")
  double similarity = IdsOptions.DEFAULT_SIMILARITY;

  @Override
  public Integer call() throws Exception {
    if (!(similarity > 0 && similarity <= 1)) {
      throw new UsageError("--similarity must be above 0 and at most 1, not " + similarity);
    }
    IdsOptions ids = new IdsOptions(numbering, Optional.ofNullable(adopt), similarity);
    return new RewriteOutput(parent.console()).present(options.workspace().assignIds(ids), options.write);
  }
}
