package io.github.anthology.io.rewrite;

import io.github.anthology.io.LoadedRegistry;
import io.github.anthology.io.edit.ChangeSet;
import io.github.anthology.model.ArxivId;
import io.github.anthology.model.Paper;
import io.github.anthology.model.PaperMetadata;
import io.github.anthology.model.source.SourceSpan;
import io.github.anthology.model.source.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Adds a paper to research.yaml from its metadata, as one text insertion: under its year key
 * (the year of its first version), after the papers already there, in the file's own indentation,
 * line ends and spacing; a year key that is missing is added where it keeps the keys in order.
 * Title, id and first author (the surname) are written in double quotes, so no YAML reader takes
 * them for anything but text. Nothing else in the file changes.
 */
public final class PaperInsertion {
  private PaperInsertion() {}

  public static Rewrite add(LoadedRegistry registry, PaperMetadata paper, List<String> topics) {
    Optional<String> file = researchFile(registry);
    if (file.isEmpty()) {
      return problem(SourceSpan.ofFile(String.join(", ", registry.anthology().sources())),
          "no research.yaml to add the paper to");
    }
    for (Paper p : registry.anthology().papers()) {
      if (p.arxivId().isPresent() && ArxivId.unversioned(p.arxivId().get().text()).equals(paper.id())) {
        return problem(p.arxivId().get().span(), "paper " + paper.id() + " is already listed here");
      }
    }
    if (paper.title().isEmpty() || paper.firstAuthor().isEmpty() || paper.firstVersion().isEmpty()) {
      return problem(SourceSpan.ofFile(file.get()), "the metadata of " + paper.id()
          + " lacks its title, first author or date; add the paper by hand");
    }
    YamlLayout layout = new YamlLayout(file.get(), registry.texts().get(file.get()));
    PaperStyle style = PaperStyle.of(layout, registry.anthology().papers());
    int year = paper.firstVersion().get().getYear();
    List<String> lines = entry(paper, topics, style);
    Optional<TextEdit> edit = YearPlacement.edit(layout, year, lines, style.blankLineBetween());
    if (edit.isEmpty()) {
      return problem(SourceSpan.ofFile(file.get()), "the year key " + year
          + " is not a block list of papers; add the paper by hand");
    }
    return new Rewrite(ChangeSet.apply(registry.texts(), List.of(edit.get())).changes(), List.of());
  }

  private static List<String> entry(PaperMetadata paper, List<String> topics, PaperStyle style) {
    String dash = " ".repeat(style.dashColumn());
    String field = " ".repeat(style.dashColumn() + 2);
    List<String> lines = new ArrayList<>();
    lines.add(dash + "- title: " + YamlValues.quoted(paper.title().get()));
    lines.add(field + "arxiv_id: " + YamlValues.quoted(paper.id()));
    lines.add(field + "first_author: " + YamlValues.quoted(paper.firstAuthor().get().surname()));
    lines.add(field + "year: " + paper.firstVersion().get().getYear());
    if (!topics.isEmpty()) {
      lines.add(field + "topics:");
      topics.forEach(t -> lines.add(field + "  - " + YamlValues.scalar(t)));
    }
    return lines;
  }

  /** The file the registry's papers were read from; without papers, a file named research.yaml. */
  private static Optional<String> researchFile(LoadedRegistry registry) {
    for (Paper p : registry.anthology().papers()) {
      if (registry.texts().containsKey(p.span().file())) {
        return Optional.of(p.span().file());
      }
    }
    return registry.texts().keySet().stream().filter(f -> f.endsWith("research.yaml")).findFirst();
  }

  private static Rewrite problem(SourceSpan at, String message) {
    return new Rewrite(new ChangeSet(), List.of(new Problem(at, message)));
  }
}
