package io.github.anthology.rules.builtin.list;

import io.github.anthology.io.markdown.ReadingListReader;
import io.github.anthology.model.Anthology;
import io.github.anthology.model.ReadingList;
import io.github.anthology.rules.Fixtures;
import io.github.anthology.rules.api.Finding;
import io.github.anthology.rules.api.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading-list fixtures: Markdown files whose lines that must be reported end with
 * {@code <!-- violation -->}, and the real lists in testdata.
 */
final class ListFixture {
  static final String MARK = "<!-- violation -->";

  private ListFixture() {}

  static String resource(String name) {
    try (InputStream in = ListFixture.class.getResourceAsStream("/list/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String seed(String name) {
    try {
      return Files.readString(Path.of("../testdata/reading-lists/" + name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Anthology anthology(String file, String markdown) {
    ReadingList list;
    try {
      list = ReadingListReader.read(file, markdown);
    } catch (io.github.anthology.io.ReadException e) {
      throw new AssertionError(e.getMessage(), e);
    }
    return Anthology.builder().addReadingLists(list).addAllResources(list.resources()).addSources(file).build();
  }

  static List<Finding> lint(Rule rule, String file, String markdown) {
    return Fixtures.lint(rule, anthology(file, markdown));
  }

  /** The 1-based lines of a fixture that carry the violation mark. */
  static List<Integer> markedLines(String markdown) {
    List<Integer> lines = new ArrayList<>();
    List<String> all = markdown.lines().toList();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).contains(MARK)) {
        lines.add(i + 1);
      }
    }
    return lines;
  }

  static List<Integer> lines(List<Finding> findings) {
    return findings.stream().map(f -> f.span().line()).toList();
  }
}
