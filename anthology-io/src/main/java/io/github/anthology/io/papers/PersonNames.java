package io.github.anthology.io.papers;

import io.github.anthology.model.PersonName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a name written in one string, as the arXiv API gives it ({@code Joshua Ainslie},
 * {@code Patrick von Platen}, {@code Martin Luther King, Jr.}) or as a bibliography writes it
 * ({@code Ainslie, Joshua}), into surname and given names. A particle before the last word belongs
 * to the surname; generational suffixes are dropped.
 */
public final class PersonNames {
  private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "del", "della", "di",
      "da", "du", "le", "la", "ten", "ter", "dos", "das", "do", "bin", "ibn", "al", "el", "st.", "zu");
  private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

  private PersonNames() {}

  public static PersonName parse(String written) {
    String name = written.trim().replaceAll("\\s+", " ");
    int comma = name.indexOf(',');
    if (comma > 0) {
      String after = name.substring(comma + 1).trim();
      if (!SUFFIXES.contains(after.toLowerCase(Locale.ROOT))) {
        return new PersonName(name.substring(0, comma).trim(), after);
      }
      name = name.substring(0, comma).trim();
    }
    List<String> words = new ArrayList<>(Arrays.asList(name.split(" ")));
    while (words.size() > 1 && SUFFIXES.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
      words.remove(words.size() - 1);
    }
    int start = words.size() - 1;
    while (start > 1 && PARTICLES.contains(words.get(start - 1).toLowerCase(Locale.ROOT))) {
      start--;
    }
    return new PersonName(String.join(" ", words.subList(start, words.size())),
        String.join(" ", words.subList(0, start)));
  }
}
