package io.github.anthology.rules.builtin.citation;

import io.github.anthology.model.ArxivId;
import io.github.anthology.model.Citations;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A cited arXiv id names the paper, not one of its versions. With {@code v2} on it, the same paper
 * cited elsewhere without the suffix is not recognised as the same, references to it do not
 * resolve, and links pin a version that later ones correct. Needs no metadata. No fix: a version
 * may be cited on purpose, and the curator says so by suppressing the finding with the reason.
 */
@RuleInfo(
    id = "citation/versioned-id",
    summary = "A cited arXiv id carries no version suffix.",
    severity = Severity.WARNING)
public final class VersionedIdRule implements Rule {

  @Override
  public void check(RuleContext ctx) {
    Map<Object, Scalar> versioned = new LinkedHashMap<>();
    Citations.forEach(ctx.anthology(), s -> {
      if (mayHaveVersion(s.text()) && ArxivId.version(s.text()).isPresent()) {
        versioned.putIfAbsent(s.span().hasPosition() ? s.span() : s, s);
      }
    });
    for (Scalar place : versioned.values()) {
      ctx.report(place.span(), "arXiv id `" + place.text().trim() + "` names version "
          + ArxivId.version(place.text()).get() + " of the paper; cite the paper as `"
          + ArxivId.unversioned(place.text()) + "`");
    }
  }

  /** A cheap test before the pattern: a versioned id has a `v` followed by a digit at its end. */
  private static boolean mayHaveVersion(String text) {
    String t = text.trim();
    int v = t.lastIndexOf('v');
    return v > 0 && v < t.length() - 1 && Character.isDigit(t.charAt(t.length() - 1));
  }
}
