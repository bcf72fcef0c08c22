package io.github.anthology.rules.builtin.list;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.rules.api.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateLinkRuleTest {
  private final DuplicateLinkRule rule = new DuplicateLinkRule();

  @Test
  void theSecondLinkToAResourceIsReportedAndTheFirstIsRelated() {
    String md = ListFixture.resource("duplicate-link.md");
    List<Finding> findings = ListFixture.lint(rule, "list.md", md);
    assertThat(ListFixture.lines(findings)).isEqualTo(ListFixture.markedLines(md));
    assertThat(findings.get(0).message()).isEqualTo(
        "`https://ARXIV.org/abs/1412.6980/` is already listed under `Optimizers`; keep one entry and merge what they say");
    assertThat(findings.get(0).related()).singleElement().satisfies(r -> assertThat(r.span().line()).isEqualTo(5));
  }

  @Test
  void aBareUrlCountsAsALinkToo() {
    List<Finding> findings = ListFixture.lint(rule, "l.md", "- [AdamW](https://arxiv.org/abs/1711.05101)\n- https://arxiv.org/abs/1711.05101\n");
    assertThat(ListFixture.lines(findings)).containsExactly(2);
  }

  @Test
  void aLinkMentionedInAnotherEntrysDescriptionIsNoSecondEntry() {
    assertThat(ListFixture.lint(rule, "l.md", """
        * [Brain](https://github.com/harthur/brain) - Neural networks in JavaScript
        * [Brain.js](https://github.com/BrainJS/brain.js) - continued fork of [Brain](https://github.com/harthur/brain).
        * [ParaMonte](https://github.com/cdslaborg/paramonte) - documentation [here](https://www.cdslab.org/paramonte/).
        * More tools: [Brain.js](https://github.com/BrainJS/brain.js), [ParaMonte](https://github.com/cdslaborg/paramonte).
        """)).isEmpty();
  }

  @Test
  void theSameResourceOverHttpOrHttpsWithOrWithoutSlashOrWwwIsOneResource() {
    assertThat(Urls.resourceKey("http://www.Example.org:80/a/")).isEqualTo(Urls.resourceKey("https://example.org/a"));
    assertThat(Urls.resourceKey("https://x.org/docs/index.html")).isEqualTo(Urls.resourceKey("https://x.org/docs"));
    assertThat(Urls.resourceKey("https://x.org/a?q=1")).isNotEqualTo(Urls.resourceKey("https://x.org/a?q=2"));
    assertThat(ListFixture.lines(ListFixture.lint(rule, "l.md",
        "- [a](http://deeplearning.net/tutorial/)\n- [b](https://deeplearning.net/tutorial)\n"))).containsExactly(2);
  }

  @Test
  void aResourceListedThreeTimesIsOneFindingWithEveryOtherListingRelated() {
    List<Finding> findings = ListFixture.lint(rule, "l.md", "- [a](https://x.org)\n- [b](https://x.org)\n- [c](https://x.org/)\n");
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.span().line()).isEqualTo(2);
      assertThat(f.message()).contains("(3 times in all)");
      assertThat(f.related()).extracting(r -> r.span().line()).containsExactly(1, 3);
    });
  }

  @Test
  void differentFragmentsOfOnePageAreDifferentLinks() {
    assertThat(ListFixture.lint(rule, "l.md", "[a](https://x.org/p#a) [b](https://x.org/p#b)\n")).isEmpty();
  }

  @Test
  void theSameLinkInTwoListsIsNotADuplicate() throws Exception {
    var a = io.github.anthology.io.markdown.ReadingListReader.read("a.md", "[x](https://x.org)\n");
    var b = io.github.anthology.io.markdown.ReadingListReader.read("b.md", "[x](https://x.org)\n");
    var anthology = io.github.anthology.model.Anthology.builder().addReadingLists(a, b).build();
    assertThat(io.github.anthology.rules.Fixtures.lint(rule, anthology)).isEmpty();
  }

  @Test
  void theRealResourcesListLinksToOneProfileTwice() {
    List<Finding> findings = ListFixture.lint(rule, "resources.md", ListFixture.seed("resources.md"));
    assertThat(findings).extracting(Finding::message).containsExactly(
        "`https://twitter.com/AnthropicAI` is already listed under `Synthethic Data`; keep one entry and merge what they say");
  }

  @Test
  void theRealCookbookHasNoDuplicateLink() {
    assertThat(ListFixture.lint(rule, "cookbook.md", ListFixture.seed("cookbook.md"))).isEmpty();
  }
}
