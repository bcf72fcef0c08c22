package io.github.anthology.cli.commands;

import io.github.anthology.api.papers.PaperSource;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Stack;
import java.util.Optional;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Where the {@code papers} commands take metadata from. */
final class PaperSourceOptions {
  @Option(names = "--source", arity = "1", parameterConsumer = SourceWords.class, paramLabel = "SOURCE",
      description = "`arxiv` (the arXiv API, one request every 3 s; the default of refresh) or"
          + " `snapshot FILE` (arXiv's JSON-lines metadata snapshot, indexed once into a side file).")
  List<String> words;

  @Option(names = "--index", paramLabel = "FILE",
      description = "The snapshot's side file (default: FILE.anthology-index beside it, or in ~/.cache/anthology"
          + " when that directory is read-only).")
  Path index;

  @Option(names = "--api-url", paramLabel = "URL",
      description = "The arXiv API's query address (default: https://export.arxiv.org/api/query), e.g. a mirror.")
  URI apiUrl;

  /** Takes {@code arxiv} alone and {@code snapshot} with the file after it, so a PATH after {@code arxiv} stays a PATH. */
  static final class SourceWords implements IParameterConsumer {
    @Override
    public void consumeParameters(Stack<String> args, ArgSpec spec, CommandSpec command) {
      if (args.isEmpty()) {
        throw new ParameterException(command.commandLine(), "--source needs `arxiv` or `snapshot FILE`");
      }
      List<String> words = new ArrayList<>(List.of(args.pop()));
      if (words.get(0).equals("snapshot")) {
        if (args.isEmpty()) {
          throw new ParameterException(command.commandLine(), "--source snapshot needs the snapshot FILE after it");
        }
        words.add(args.pop());
      }
      spec.setValue(words);
    }
  }

  /** The named source, or the arXiv API. */
  PaperSource source() {
    return new PaperSource(words == null ? List.of("arxiv") : words, Optional.ofNullable(index), Optional.ofNullable(apiUrl));
  }

  /** The named source, if one was named. */
  Optional<PaperSource> sourceIfNamed() {
    return words == null ? Optional.empty() : Optional.of(source());
  }
}
