package io.github.anthology.rules.builtin;

import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.builtin.list.BareUrlRule;
import io.github.anthology.rules.builtin.list.DuplicateLinkRule;
import io.github.anthology.rules.builtin.list.EmptySectionRule;
import io.github.anthology.rules.builtin.list.LinkTextUrlRule;
import io.github.anthology.rules.builtin.list.MissingAnchorRule;
import io.github.anthology.rules.builtin.naming.ComponentNounRule;
import io.github.anthology.rules.builtin.naming.FormatRule;
import io.github.anthology.rules.builtin.naming.ProcessGerundRule;
import io.github.anthology.rules.builtin.naming.StandardSuffixRule;
import io.github.anthology.rules.builtin.paper.ArxivIdFormatRule;
import io.github.anthology.rules.builtin.paper.DuplicatePaperRule;
import io.github.anthology.rules.builtin.paper.RepeatedTagRule;
import io.github.anthology.rules.builtin.paper.ExperimentalBooleanRule;
import io.github.anthology.rules.builtin.paper.ModelNameTopicRule;
import io.github.anthology.rules.builtin.paper.UnquotedArxivIdRule;
import io.github.anthology.rules.builtin.paper.YearKeyRule;
import io.github.anthology.rules.builtin.paper.YearMatchesArxivIdRule;
import io.github.anthology.rules.builtin.paper.YearRangeRule;
import io.github.anthology.rules.builtin.registry.DeprecatedWithoutReasonRule;
import io.github.anthology.rules.builtin.registry.DuplicateIdRule;
import io.github.anthology.rules.builtin.registry.DuplicateRecommendationRule;
import io.github.anthology.rules.builtin.registry.MalformedIdRule;
import io.github.anthology.rules.builtin.registry.MissingIdRule;
import io.github.anthology.rules.builtin.registry.NearDuplicateRule;
import io.github.anthology.rules.builtin.registry.RequiredFieldsRule;
import io.github.anthology.rules.builtin.registry.StatusConflictRule;
import io.github.anthology.rules.builtin.registry.SupersessionCycleRule;
import io.github.anthology.rules.builtin.registry.UnknownKeyRule;
import io.github.anthology.rules.builtin.registry.UnresolvedReferenceRule;
import io.github.anthology.rules.builtin.suppression.MissingReasonRule;
import io.github.anthology.rules.builtin.suppression.UnusedSuppressionRule;
import io.github.anthology.rules.builtin.taxonomy.ConnectivityRule;
import io.github.anthology.rules.builtin.taxonomy.DeprecationRecordRule;
import io.github.anthology.rules.builtin.taxonomy.HierarchyRule;
import io.github.anthology.rules.builtin.taxonomy.MetadataRule;
import io.github.anthology.rules.builtin.taxonomy.OverlapMergeRule;
import io.github.anthology.rules.builtin.taxonomy.RelatedLinksRule;
import io.github.anthology.rules.builtin.taxonomy.RetiredTopicRule;
import io.github.anthology.rules.builtin.taxonomy.ScopeDisjointRule;
import io.github.anthology.rules.builtin.taxonomy.SinglePrimaryTopicRule;
import io.github.anthology.rules.builtin.taxonomy.TooBroadRule;
import io.github.anthology.rules.builtin.taxonomy.UnknownTopicRule;
import java.util.List;

/** The built-in rules, in one compiler-checked list. */
public final class BuiltinRules {
  private BuiltinRules() {}

  public static List<Rule> all() {
    return List.of(
        new FormatRule(),
        new ProcessGerundRule(),
        new ComponentNounRule(),
        new StandardSuffixRule(),
        new OverlapMergeRule(),
        new SinglePrimaryTopicRule(),
        new UnknownTopicRule(),
        new MissingReasonRule(),
        new UnusedSuppressionRule(),
        new DuplicateLinkRule(),
        new MissingAnchorRule(),
        new EmptySectionRule(),
        new BareUrlRule(),
        new LinkTextUrlRule(),
        new RetiredTopicRule(),
        new MetadataRule(),
        new HierarchyRule(),
        new RelatedLinksRule(),
        new ConnectivityRule(),
        new ScopeDisjointRule(),
        new TooBroadRule(),
        new DeprecationRecordRule(),
        new DuplicateIdRule(),
        new MalformedIdRule(),
        new MissingIdRule(),
        new DuplicateRecommendationRule(),
        new NearDuplicateRule(),
        new StatusConflictRule(),
        new DeprecatedWithoutReasonRule(),
        new UnresolvedReferenceRule(),
        new SupersessionCycleRule(),
        new RequiredFieldsRule(),
        new UnknownKeyRule(),
        new ArxivIdFormatRule(),
        new YearMatchesArxivIdRule(),
        new YearRangeRule(),
        new YearKeyRule(),
        new DuplicatePaperRule(),
        new UnquotedArxivIdRule(),
        new ExperimentalBooleanRule(),
        new ModelNameTopicRule(),
        new RepeatedTagRule());
  }
}
