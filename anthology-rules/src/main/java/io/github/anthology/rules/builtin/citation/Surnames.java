package io.github.anthology.rules.builtin.citation;

import io.github.anthology.model.PersonName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether the first author a registry names is the paper's first author. Both names are folded
 * ({@link Folding}: diacritics, LaTeX accents and case do not matter), particles (van, von, de,
 * ...) and initials are set aside, and words are compared joined, so {@code Lee-Thorp},
 * {@code Lee Thorp} and {@code LeeThorp} are one name. The registry may give the surname alone
 * ({@code Ainslie}), the whole name ({@code Joshua Ainslie}, {@code J. Ainslie},
 * {@code Ainslie, Joshua}), the first part of a compound surname, or "et al." after it.
 */
final class Surnames {
  private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "del", "della", "di",
      "da", "du", "le", "la", "ten", "ter", "dos", "das", "do", "bin", "ibn", "al", "el", "st", "zu");
  private static final Pattern ET_AL = Pattern.compile("(?i)\\s*,?\\s*(et\\.?\\s*al\\.?|and others)\\s*$");

  private Surnames() {}

  /** Whether the written name is the author's. */
  static boolean matches(String written, PersonName author) {
    List<String> r = core(words(surnamePart(written)), true);
    List<String> s = core(words(author.surname()), false);
    if (r.isEmpty() || s.isEmpty()) {
      return r.isEmpty() == s.isEmpty();
    }
    String surname = String.join("", s);
    for (int i = 0; i < r.size(); i++) {
      if (String.join("", r.subList(i, r.size())).equals(surname) || String.join("", r.subList(0, r.size() - i)).equals(surname)) {
        return true; // the whole surname ends (or, surname first, starts) the written name
      }
    }
    return s.size() > r.size() && s.subList(0, r.size()).equals(r); // the first part of a compound surname
  }

  /** Whether the written name is the author's given name rather than the surname. */
  static boolean isGivenName(String written, PersonName author) {
    List<String> r = words(withoutEtAl(written));
    List<String> g = words(author.given());
    return !r.isEmpty() && !g.isEmpty() && (r.equals(g) || r.equals(g.subList(0, 1)));
  }

  /** Whether the written name has "et al." after it. */
  static boolean hasEtAl(String written) {
    return ET_AL.matcher(written).find();
  }

  /** The written name without a trailing "et al." (or "and others"). */
  static String withoutEtAl(String written) {
    return ET_AL.matcher(written).replaceAll("");
  }

  /** The written name without "et al."; before a comma when it is written surname first. */
  private static String surnamePart(String written) {
    String name = withoutEtAl(written);
    int comma = name.indexOf(',');
    return comma > 0 ? name.substring(0, comma) : name;
  }

  private static List<String> words(String text) {
    String folded = Folding.words(text);
    return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
  }

  /** The words without particles and, in a written name, without initials; all of them if nothing else is left. */
  private static List<String> core(List<String> words, boolean dropInitials) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      if (!PARTICLES.contains(w) && !(dropInitials && w.length() == 1)) {
        out.add(w);
      }
    }
    return out.isEmpty() ? words : out;
  }
}
