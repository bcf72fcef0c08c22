package io.github.anthology.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.io.ReadException;
import io.github.anthology.io.SourceFiles;
import io.github.anthology.model.Paper;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;

/** The streamed reader gives what composing the whole document and reading it gives. */
class ResearchStreamTest {
  static final Path REAL = Path.of("../testdata/anthology-of-the-sota/research.yaml");
  static final Path ALIASES = Path.of("../testdata/pyyaml-aliases/research.yaml");

  /** What reading the composed document gives: its papers, or its error and where. */
  static String composed(String text) {
    try {
      return ResearchYamlReader.read(YamlDocument.parse("research.yaml", text)).toString();
    } catch (ReadException e) {
      return "error " + e.span() + " " + e.getMessage();
    }
  }

  /** What the stream gives, in {@code parts} parts where it can cut so; "unsure" when it leaves the text to composing. */
  static String streamed(String text, int parts) {
    try {
      Optional<List<Paper>> papers = ResearchStream.read("research.yaml", text, parts);
      return papers.map(List::toString).orElse("unsure");
    } catch (ReadException e) {
      return "error " + e.span() + " " + e.getMessage();
    }
  }

  /** The real registry with its years renumbered {@code copies} times over: a larger document of real shapes. */
  static String repeated(String text, int copies) {
    StringBuilder out = new StringBuilder(text);
    for (int c = 1; c < copies; c++) {
      out.append(text.replaceAll("(?m)^20(\\d\\d):", (2 + c) + "0$1:"));
    }
    return out.toString();
  }

  @Test
  void theRealRegistryReadsTheSameStreamedAsComposed() throws Exception {
    String text = SourceFiles.read(REAL);
    List<Paper> composed = ResearchYamlReader.read(YamlDocument.parse("research.yaml", text));
    assertThat(ResearchStream.read("research.yaml", text)).contains(composed);
    assertThat(composed).hasSize(119);
  }

  @Test
  void aFileThatSharesListsThroughAliasesReadsTheSame() throws Exception {
    String text = SourceFiles.read(ALIASES);
    assertThat(text).contains("*id00");
    assertThat(streamed(text, 1)).isEqualTo(composed(text)).doesNotStartWith("error");
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 4})
  void aLargeDocumentReadInPartsReadsTheSame(int parts) throws Exception {
    String text = repeated(SourceFiles.read(REAL), 6);
    assertThat(YamlChunks.cuts(text, parts)).hasSize(parts - 1);
    assertThat(streamed(text, parts)).isEqualTo(composed(text)).doesNotStartWith("error");
  }

  @Test
  void aYearRepeatedInALaterPartIsTheErrorReadingTheWholeGives() throws Exception {
    String real = SourceFiles.read(REAL);
    String text = repeated(real, 3) + real.substring(real.indexOf("\n20") + 1);
    assertThat(streamed(text, 3)).isEqualTo(composed(text)).contains("appears twice in research.yaml");
  }

  @Test
  void ofSeveralErrorsTheOneReadingTheWholeMeetsFirstIsGiven() {
    String paperError = "2020:\n  - title: a\n    sota: [x]\n  - just text\n";
    String keyError = "2021:\n  - title: b\n2020: []\n";
    String checkError = "2022:\n  - title: !!binary aGk=\n";
    String parseError = "2023:\n  - title: [unclosed\n";
    for (String text : List.of(paperError + keyError, paperError + checkError, keyError + checkError,
        paperError + keyError + checkError + parseError, "2019: x\n" + paperError)) {
      assertThat(streamed(text, 1)).as(text).isEqualTo(composed(text)).startsWith("error");
    }
  }

  @Test
  void aYearThatIsNotAListIsReadAsTheComposedDocumentIsRead() {
    for (String text : List.of("2020:\n", "2020: {title: one, sota: [a]}\n", "2020: &y [{title: a}]\n2021: *y\n",
        "2020:\n  - &p {title: a}\n  - *p\n", "2020: [{title: a}, [b]]\n")) {
      assertThat(streamed(text, 1)).as(text).isEqualTo(composed(text));
    }
  }

  @Test
  void anAliasToANodeStillBeingComposedIsLeftToComposing() {
    assertThat(streamed("2020: &y\n  - title: a\n  - *y\n", 1)).isEqualTo("unsure");
    assertThat(streamed("&r\n2020: [{title: a}]\n", 1)).isEqualTo("unsure");
    assertThat(ResearchStream.startsAsResearch("topics:\n  - name: x\n")).isFalse();
    assertThat(ResearchStream.startsAsResearch("2020:\n  - title: a\n")).isTrue();
  }

  @Test
  void papersHandedOverAreLetGoSoTheTreeIsNeverWhole() throws Exception {
    String text = SourceFiles.read(REAL);
    PaperStream stream = new PaperStream("research.yaml", text.length());
    LoaderOptions options = YamlDocument.options();
    Node root = StreamingComposer.of(new ParserImpl(new TextReader(text), options), options, stream).getSingleNode();
    assertThat(stream.papers().orElseThrow()).hasSize(119);
    List<Node> papers = ((MappingNode) root).getValue().stream()
        .flatMap(year -> ((SequenceNode) year.getValueNode()).getValue().stream()).toList();
    assertThat(papers).hasSize(119).allSatisfy(p -> assertThat(((MappingNode) p).getValue()).isEmpty());
  }
}
