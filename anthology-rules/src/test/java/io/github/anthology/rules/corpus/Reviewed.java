package io.github.anthology.rules.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A reviewed expected-findings file: one line a finding the tool reports, marked {@code true} or
 * {@code false} by the reviewer, and one line a defect the reviewer found that the tool misses,
 * marked {@code missed}; each with a note saying why. Blank lines and {@code #} comments are skipped.
 *
 * <pre>
 * true   paper/year-key 1874:11 paper:2304.11277 | FSDP (2304.11277) listed under 2023 as 2022
 * false  taxonomy/overlap-merge 12:9 topic:a+b | a facet tag next to a subject tag
 * missed list/duplicate-link 97:5 | the same paper as an arXiv abs and a pdf link
 * </pre>
 */
record Reviewed(List<Entry> entries) {

  /** One reviewed line: the verdict, the finding's key ({@code rule line:col pointer}), the note. */
  record Entry(String verdict, String rule, String key, String note) {
    boolean reported() {
      return !verdict.equals("missed");
    }
  }

  static Reviewed load(String resource) {
    try (InputStream in = Reviewed.class.getResourceAsStream("/corpus/" + resource)) {
      if (in == null) {
        return new Reviewed(List.of());
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Reviewed parse(String text) {
    List<Entry> entries = new ArrayList<>();
    for (String raw : text.lines().toList()) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int bar = line.indexOf(" | ");
      if (bar < 0) {
        throw new IllegalArgumentException("no ` | note` on: " + line);
      }
      String[] head = line.substring(0, bar).strip().split("\\s+", 2);
      String verdict = head[0];
      if (!List.of("true", "false", "missed").contains(verdict)) {
        throw new IllegalArgumentException("verdict must be true, false or missed: " + line);
      }
      String key = head[1].strip();
      entries.add(new Entry(verdict, key.split("\\s+")[0], key, line.substring(bar + 3).strip()));
    }
    return new Reviewed(List.copyOf(entries));
  }

  /** The keys of the findings the reviewer says the tool reports. */
  List<String> reportedKeys() {
    return entries.stream().filter(Entry::reported).map(Entry::key).sorted().toList();
  }
}
