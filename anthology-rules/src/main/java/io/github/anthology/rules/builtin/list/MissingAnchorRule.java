package io.github.anthology.rules.builtin.list;

import io.github.anthology.model.Heading;
import io.github.anthology.model.ReadingList;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.TextEdit;
import io.github.anthology.rules.api.Fix;
import io.github.anthology.rules.api.Option;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Links to {@code #anchors} (a table of contents) reach a place in the same document as GitHub
 * resolves them: a heading's anchor (github-slugger's slug of its text content), an anchor raw
 * HTML defines ({@code <a name>}, {@code id}), or {@code #top}; the fragment is percent-decoded
 * first, and, as on GitHub, its case does not matter unless {@code ignore-case} is off. When one
 * heading's anchor differs only in case or punctuation, the fix points the link at it.
 */
@RuleInfo(
    id = "list/missing-anchor",
    summary = "Links to #anchors (a table of contents) reach a heading of the document.",
    severity = Severity.ERROR,
    fixable = true)
public final class MissingAnchorRule implements Rule {
  static final Option<Boolean> IGNORE_CASE = Option.bool("ignore-case",
      "match fragments to anchors whatever their case, as GitHub's pages do", true);

  @Override
  public List<Option<?>> options() {
    return List.of(IGNORE_CASE);
  }

  @Override
  public void check(RuleContext ctx) {
    boolean ignoreCase = ctx.option(IGNORE_CASE);
    for (ReadingList list : ctx.anthology().readingLists()) {
      Set<String> anchors = new HashSet<>();
      list.headings().forEach(h -> anchors.add(key(h.anchor(), ignoreCase)));
      list.htmlAnchors().forEach(a -> anchors.add(key(a.text(), ignoreCase)));
      for (Scalar link : list.anchorLinks()) {
        String target = Fragments.decode(link.text());
        if (target.isEmpty() || anchors.contains(key(target, ignoreCase)) || target.equalsIgnoreCase("top")) {
          continue;
        }
        Optional<Heading> meant = closest(link.text(), list.headings());
        String message = "`#" + link.text() + "` reaches no heading of this document"
            + meant.map(h -> "; did you mean `#" + h.anchor() + "` (" + h.text() + ")?")
                .orElse("; link to an existing heading's anchor or remove the entry");
        RuleContext.Report report = ctx.at(link.span(), message).pointer("anchor:" + link.text());
        meant.ifPresent(h -> report.related(h.span(), "the heading `" + h.text() + "`")
            .fix(new Fix("link to `#" + h.anchor() + "`", List.of(TextEdit.replace(link.span(), "#" + h.anchor())))));
        report.report();
      }
    }
  }

  private static String key(String anchor, boolean ignoreCase) {
    return ignoreCase ? anchor.toLowerCase(Locale.ROOT) : anchor;
  }

  /**
   * The one heading whose anchor matches the target once case and punctuation are ignored, or
   * else the one whose words include the target's words in order ({@code #data-model-directories}
   * for "Data and Model Directories").
   */
  private static Optional<Heading> closest(String target, List<Heading> headings) {
    String key = letters(target);
    Optional<Heading> same = only(headings.stream().filter(h -> letters(h.anchor()).equals(key)).toList());
    if (same.isPresent()) {
      return same;
    }
    List<String> words = words(target);
    return words.isEmpty() ? Optional.empty()
        : only(headings.stream().filter(h -> containsInOrder(words(h.anchor()), words)).toList());
  }

  private static Optional<Heading> only(List<Heading> candidates) {
    return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
  }

  private static boolean containsInOrder(List<String> words, List<String> wanted) {
    int i = 0;
    for (String w : words) {
      if (i < wanted.size() && w.equals(wanted.get(i))) {
        i++;
      }
    }
    return i == wanted.size();
  }

  private static List<String> words(String anchor) {
    return java.util.Arrays.stream(anchor.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty()).toList();
  }

  private static String letters(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
