package io.github.anthology.cli.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code anthology lsp} as an editor meets it: the real process, spoken to over the protocol. */
class LanguageServerProtocolTest {
  static final long T = LspSession.TIMEOUT_SECONDS;

  @TempDir Path dir;
  Path research;
  Path taxonomy;
  String researchText;
  String taxonomyText;
  LspSession lsp;

  @BeforeEach
  void exampleRegistry() throws Exception {
    research = dir.resolve("research.yaml");
    taxonomy = dir.resolve("taxonomy.yaml");
    researchText = Files.readString(Path.of("../examples/sota/research.yaml"));
    taxonomyText = Files.readString(Path.of("../examples/sota/taxonomy.yaml"));
    Files.writeString(research, researchText);
    Files.writeString(taxonomy, taxonomyText);
    lsp = LspSession.start(dir, "--debounce", "20");
  }

  @AfterEach
  void stop() {
    lsp.close();
  }

  private TextDocumentIdentifier doc(Path file) {
    return new TextDocumentIdentifier(LspSession.uri(file));
  }

  private List<CodeAction> actions(Path file, Diagnostic d) throws Exception {
    return lsp.server.getTextDocumentService().codeAction(new CodeActionParams(doc(file), d.getRange(),
        new CodeActionContext(List.of(d)))).get(T, TimeUnit.SECONDS).stream().map(Either::getRight).toList();
  }

  @Test
  void aRetiredTagInTheUnsavedBufferIsReportedAndItsQuickFixChangesOnlyTheTag() throws Exception {
    lsp.open(research, researchText);
    assertThat(lsp.await(research, 1).getDiagnostics()).isEmpty();
    String edited = researchText.replaceFirst("      - training-optimization\n", "      - training-efficiency\n");
    lsp.change(research, 2, edited);

    Diagnostic retired = lsp.await(research, 2).getDiagnostics().stream()
        .filter(d -> d.getCode().getLeft().equals("taxonomy/retired-topic")).findFirst().orElseThrow();
    assertThat(retired.getRange().getStart()).isEqualTo(Edits.positionOf(edited, "training-efficiency", 0));
    assertThat(retired.getSource()).isEqualTo("anthology");
    assertThat(Files.readString(research)).isEqualTo(researchText);

    CodeAction fix = actions(research, retired).get(0);
    assertThat(fix.getKind()).isEqualTo("quickfix");
    List<TextEdit> edits = fix.getEdit().getChanges().get(LspSession.uri(research));
    String fixed = Edits.apply(edited, edits);
    assertThat(fixed).isEqualTo(researchText);
    int start = Edits.offset(edited, edits.get(0).getRange().getStart());
    int end = Edits.offset(edited, edits.get(0).getRange().getEnd());
    assertThat(fixed.substring(0, start)).isEqualTo(edited.substring(0, start));
    assertThat(fixed.substring(start + edits.get(0).getNewText().length())).isEqualTo(edited.substring(end));

    lsp.change(research, 3, fixed);
    assertThat(lsp.await(research, 3).getDiagnostics()).isEmpty();
    assertThat(lsp.shutdownAndExit()).isZero();
  }

  @Test
  void disablingForALineWritesACommentAboveItWhoseReasonIsThenAskedFor() throws Exception {
    String edited = researchText.replaceFirst("      - training-optimization\n", "      - no-such-topic\n");
    lsp.open(research, edited);
    Diagnostic unknown = lsp.await(research, 1).getDiagnostics().stream()
        .filter(d -> d.getCode().getLeft().equals("taxonomy/unknown-topic")).findFirst().orElseThrow();

    CodeAction disable = actions(research, unknown).stream().filter(a -> a.getTitle().startsWith("Disable")).findFirst()
        .orElseThrow();
    String suppressed = Edits.apply(edited, disable.getEdit().getChanges().get(LspSession.uri(research)));
    assertThat(suppressed).isEqualTo(edited.replaceFirst("      - no-such-topic\n",
        "      # anthology-disable-next-line taxonomy/unknown-topic -- \n      - no-such-topic\n"));

    lsp.change(research, 2, suppressed);
    assertThat(lsp.await(research, 2).getDiagnostics()).extracting(d -> d.getCode().getLeft())
        .doesNotContain("taxonomy/unknown-topic").contains("suppression/missing-reason");
  }

  @Test
  void aTopicRenamedInTheTaxonomyBufferUpdatesTheResearchFindings() throws Exception {
    lsp.open(research, researchText);
    lsp.open(taxonomy, taxonomyText);
    lsp.await(taxonomy, 1);
    lsp.change(taxonomy, 2, taxonomyText.replace("- name: data-pipeline", "- name: data-pipelines"));

    assertThat(lsp.await(research, d -> d.getDiagnostics().stream()
        .anyMatch(x -> x.getCode().getLeft().equals("taxonomy/unknown-topic") && x.getMessage().getLeft().contains("data-pipeline"))))
        .isNotNull();
    assertThat(Files.readString(taxonomy)).isEqualTo(taxonomyText);
  }

  @Test
  void aMalformedBufferGivesOneDiagnosticAtItsPlaceAndTheSessionGoesOn() throws Exception {
    lsp.open(research, researchText);
    lsp.await(research, 1);
    String broken = researchText.replace("    year: 2016\n", "    year: [2016\n");
    lsp.change(research, 2, broken);

    List<Diagnostic> one = lsp.await(research, 2).getDiagnostics();
    assertThat(one).hasSize(1);
    assertThat(one.get(0).getCode().getLeft()).isEqualTo("anthology/server");
    assertThat(one.get(0).getRange().getStart().getLine()).isBetween(Edits.positionOf(broken, "[2016", 0).getLine(),
        Edits.positionOf(broken, "[2016", 0).getLine() + 3);

    lsp.change(research, 3, researchText);
    assertThat(lsp.await(research, 3).getDiagnostics()).isEmpty();
    assertThat(lsp.process.isAlive()).isTrue();
  }

  @Test
  void hoverShowsATopicsFactsAPapersAndARulesSummary() throws Exception {
    String withComment = researchText.replaceFirst("    topics:\n      - training-optimization\n",
        "    topics:\n      # anthology-disable-next-line naming/format -- kept as the paper spells it\n      - training-optimization\n");
    lsp.open(research, withComment);
    lsp.await(research, 1);

    Hover topic = hover(withComment, "      - training-optimization", 10);
    assertThat(topic.getContents().getRight().getValue()).contains("**training-optimization**", "process", "active",
        "Scope: Learning rate schedules", "Parent: none", "Recommendations: 4 (2 primary, 2 secondary)");
    Hover paper = hover(withComment, "1706.03762", 2);
    assertThat(paper.getContents().getRight().getValue()).contains("**Attention Is All You Need**", "Vaswani, 2017");
    Hover rule = hover(withComment, "naming/format", 3);
    assertThat(rule.getContents().getRight().getValue()).contains("**naming/format**", "hyphenated",
        "(https://github.com/anthology/anthology/blob/main/docs/rules/naming/format.md)");
  }

  private Hover hover(String text, String needle, int delta) throws Exception {
    return lsp.server.getTextDocumentService().hover(new HoverParams(doc(research), Edits.positionOf(text, needle, delta)))
        .get(T, TimeUnit.SECONDS);
  }

  @Test
  void completionOffersActiveTopicsFirstThenRetiredOnesWithTheirSuccessor() throws Exception {
    String typing = researchText.replaceFirst("      - training-optimization\n", "      - tra\n");
    lsp.open(research, typing);
    lsp.await(research, 1);

    List<CompletionItem> items = lsp.server.getTextDocumentService().completion(new CompletionParams(doc(research),
        Edits.positionOf(typing, "      - tra\n", 11))).get(T, TimeUnit.SECONDS).getRight().getItems();

    List<CompletionItem> sorted = items.stream().sorted(java.util.Comparator.comparing(CompletionItem::getSortText)).toList();
    assertThat(sorted.get(0).getLabel()).isEqualTo("attention-techniques");
    assertThat(sorted.subList(0, 7)).extracting(CompletionItem::getLabel).contains("training-optimization")
        .doesNotContain("training-efficiency");
    CompletionItem retired = items.stream().filter(i -> i.getLabel().equals("training-efficiency")).findFirst().orElseThrow();
    assertThat(retired.getDetail()).isEqualTo("retired: use training-optimization");
    assertThat(retired.getTextEdit().getLeft().getNewText()).isEqualTo("training-optimization");

    String comment = researchText.replaceFirst("    topics:\n", "    # anthology-disable-next-line tax\n    topics:\n");
    lsp.change(research, 2, comment);
    List<CompletionItem> rules = lsp.server.getTextDocumentService().completion(new CompletionParams(doc(research),
        Edits.positionOf(comment, "line tax", 8))).get(T, TimeUnit.SECONDS).getRight().getItems();
    assertThat(rules).extracting(CompletionItem::getLabel).contains("taxonomy/unknown-topic", "naming/format");
  }

  @Test
  void definitionGoesFromATopicUseToItsDeclarationAndFromSupersededByToThePaper() throws Exception {
    String attic = researchText.replace("      - \"Switch to running statistics at inference time\"\n",
        "      - \"Switch to running statistics at inference time\"\n    attic:\n      reason: per-example norms won\n"
            + "      superseded_by: \"1607.06450\"\n");
    lsp.open(research, attic);
    lsp.await(research, 1);

    List<? extends Location> topic = definition(attic, "      - data-pipeline", 10);
    assertThat(topic).hasSize(1);
    assertThat(topic.get(0).getUri()).isEqualTo(LspSession.uri(taxonomy));
    assertThat(topic.get(0).getRange().getStart()).isEqualTo(Edits.positionOf(taxonomyText, "data-pipeline\n    kind", 0));

    List<? extends Location> paper = definition(attic, "superseded_by: \"1607", 18);
    assertThat(paper).hasSize(1);
    assertThat(paper.get(0).getUri()).isEqualTo(LspSession.uri(research));
    assertThat(paper.get(0).getRange().getStart()).isEqualTo(Edits.positionOf(attic, "\"1607.06450\"\n    first_author", 0));
  }

  private List<? extends Location> definition(String text, String needle, int delta) throws Exception {
    return lsp.server.getTextDocumentService().definition(new DefinitionParams(doc(research),
        Edits.positionOf(text, needle, delta))).get(T, TimeUnit.SECONDS).getLeft();
  }
}
