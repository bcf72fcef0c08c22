package io.github.anthology.rules.builtin.taxonomy;

import io.github.anthology.model.Deprecation;
import io.github.anthology.model.Taxonomy;
import io.github.anthology.model.Topic;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A deprecated topic keeps its history (a reason, an ISO date, an active successor) and
 * none of its recommendations is left behind under it.
 */
@RuleInfo(
    id = "taxonomy/deprecation-record",
    summary = "Deprecated topics record reason, date and successor, and keep no recommendations.",
    severity = Severity.WARNING)
public final class DeprecationRecordRule implements Rule {
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final int SHOWN_USES = 5;

  @Override
  public void check(RuleContext ctx) {
    Taxonomy taxonomy = ctx.index().taxonomy();
    Set<String> deprecated = new HashSet<>();
    taxonomy.topics().stream().filter(Topic::isDeprecated).map(Topic::nameText).forEach(deprecated::add);
    Map<String, List<Scalar>> uses = deprecated.isEmpty() ? Map.of() : ctx.index().topicUses(deprecated::contains);
    for (Topic topic : taxonomy.topics()) {
      if (!topic.isDeprecated()) {
        continue;
      }
      Deprecation d = topic.deprecation().get();
      String name = topic.nameText();
      List<String> missing = new ArrayList<>();
      if (d.reason().map(String::isBlank).orElse(true)) {
        missing.add("`reason`");
      }
      if (d.date().isEmpty()) {
        missing.add("`date`");
      }
      if (d.replacedBy().isEmpty()) {
        missing.add("`replaced_by`");
      }
      if (!missing.isEmpty()) {
        ctx.at(topic.name().span(), "deprecated topic `" + name + "` does not record its "
                + String.join(", ", missing) + "; add them under `deprecated:`")
            .pointer(Pointers.topic(name)).report();
      }
      d.date().filter(date -> !ISO_DATE.matcher(date).matches()).ifPresent(date ->
          ctx.at(d.span(), "deprecation date `" + date + "` of `" + name + "` is not YYYY-MM-DD")
              .pointer(Pointers.topic(name)).report());
      d.replacedBy().flatMap(r -> taxonomy.find(r.text())).filter(Topic::isDeprecated).ifPresent(s ->
          ctx.at(d.replacedBy().get().span(), "`" + name + "` is replaced by `" + s.nameText()
                  + "`, which is itself deprecated; name an active successor")
              .pointer(Pointers.topic(name)).report());
      List<Scalar> places = uses.getOrDefault(name, List.of());
      if (!places.isEmpty()) {
        RuleContext.Report report = ctx.at(topic.name().span(), "deprecated topic `" + name
                + "` still tags " + places.size() + " place(s); migrate them"
                + d.replacedBy().map(r -> " to `" + r.text() + "`").orElse("")
                + " (`anthology migrate --write`)")
            .pointer(Pointers.topic(name));
        places.stream().limit(SHOWN_USES).forEach(u -> report.related(u.span(), "still tagged here"));
        report.report();
      }
    }
  }
}
