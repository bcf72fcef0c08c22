package io.github.anthology.io.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.io.ReadException;
import io.github.anthology.model.Recommendation;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class MalformedExportTest {

  private static ReadException error(String text, RegistryFormat format) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> RegistryReader.read("reg", text, format));
    assertThat(t).isInstanceOf(ReadException.class);
    return (ReadException) t;
  }

  @Test
  void badJsonIsOneErrorAtItsLineAndColumn() {
    ReadException e = error("{\"recommendations\": [\n  {\"id\": tru}\n]}", RegistryFormat.JSON);
    assertThat(e.getMessage()).startsWith("reg:2:13: malformed JSON: Unrecognized token 'tru'");
    assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("Source:");
  }

  @Test
  void truncatedJsonSaysWhereTheOpenObjectStarted() {
    ReadException e = error("{\"recommendations\": [\n  {\"id\": \"x\"", RegistryFormat.JSON);
    assertThat(e.getMessage()).startsWith("reg:2:").contains("malformed JSON").contains("line 2, column 3")
        .doesNotContain("REDACTED");
  }

  @Test
  void aBadLineOfJsonlIsReportedAtItsOwnLine() {
    String text = "{\"id\": \"a\", \"recommendation\": \"x\"}\n\n{\"id\": \"b\", \"recommendation\": }\n";
    ReadException e = error(text, RegistryFormat.JSONL);
    assertThat(e.span().line()).isEqualTo(3);
    assertThat(e.getMessage()).startsWith("reg:3:").contains("malformed JSON");
  }

  @Test
  void aJsonlLineWithTwoObjectsIsAnError() {
    ReadException e = error("{\"recommendation\": \"x\"} {\"recommendation\": \"y\"}\n", RegistryFormat.JSONL);
    assertThat(e.getMessage()).startsWith("reg:1:25: a line of a JSONL file holds one JSON object");
  }

  @Test
  void badYamlIsOneErrorAtItsLineAndColumn() {
    ReadException e = error("metadata:\n  schema_version: [1.0\nrecommendations: []\n", RegistryFormat.YAML);
    assertThat(e.getMessage()).startsWith("reg:3:").contains("malformed YAML").doesNotContain("\n");
  }

  @Test
  void aDuplicateKeyIsAnError() {
    ReadException e = error("{\"recommendations\": [{\"id\": \"a\", \"id\": \"b\"}]}", RegistryFormat.JSON);
    assertThat(e.getMessage()).contains("Duplicate field 'id'");
  }

  @Test
  void aRecommendationThatIsNotAMappingIsNamed() {
    ReadException e = error("recommendations:\n- just text\n", RegistryFormat.YAML);
    assertThat(e.getMessage()).isEqualTo("reg:2:3: a recommendation must be a mapping of keys to values");
  }

  @Test
  void aFieldThatMustBeOneValueCannotBeAList() {
    ReadException e = error("recommendations:\n- id: [a, b]\n", RegistryFormat.YAML);
    assertThat(e.getMessage()).startsWith("reg:2:7: `id` must be a single value");
  }

  @Test
  void jsonlStreamsOneRecommendationAtATime() throws ReadException {
    String text = "{\"id\": \"MLR-2020-A001-0001\", \"recommendation\": \"x\"}\r\n{\"recommendation\": \"y\"}";
    try (JsonlReader reader = new JsonlReader("reg.jsonl", new StringReader(text))) {
      var first = reader.next();
      assertThat(first.text()).isEqualTo("x");
      assertThat(first.pointer()).isEqualTo("/0");
      var second = reader.next();
      assertThat(second.text()).isEqualTo("y");
      assertThat(second.textSpan().location()).isEqualTo("reg.jsonl:2:20");
      assertThat(text.substring(second.textSpan().startOffset(), second.textSpan().endOffset())).isEqualTo("\"y\"");
      assertThat(reader.next()).isNull();
    }
  }

  @Test
  void jsonNestedPastTheLimitIsRefusedWhereItPassesItWithoutJacksonsNames() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    assertThat(error("{\"recommendations\": [{\"x\": " + deep + "}]}", RegistryFormat.JSON).getMessage())
        .isEqualTo("reg:1:89: malformed JSON: nested more than 64 levels deep");
    assertThat(error("{\"a\": 1}\n{\"a\": " + deep + "}\n", RegistryFormat.JSONL).getMessage())
        .isEqualTo("reg:2:70: malformed JSON: nested more than 64 levels deep");
  }

  @Test
  void anEmptyYamlOrJsonExportIsRefusedButAnEmptyStreamIsNoRecords() throws ReadException {
    assertThat(error("", RegistryFormat.YAML).getMessage()).startsWith("reg:1:1: the file is empty");
    assertThat(error("# only a comment\n", RegistryFormat.YAML).getMessage()).startsWith("reg:1:1: the file is empty");
    assertThat(error("", RegistryFormat.JSON).getMessage()).startsWith("reg:1:1: the file is empty");
    assertThat(error(" \r\n\t\n", RegistryFormat.JSON).getMessage()).startsWith("reg:1:1: the file is empty");
    assertThat(RegistryReader.read("reg", "\n\n", RegistryFormat.JSONL).recommendations()).isEmpty();
    assertThat(RegistryReader.read("reg", "", RegistryFormat.JSONL).recommendations()).isEmpty();
  }

  @Test
  void recurringShortValuesAreSharedAcrossRecordsOfAStream() throws ReadException {
    String text = "{\"recommendation\": \"a\", \"topic\": \"attention-techniques\"}\n"
        + "{\"recommendation\": \"b\", \"topic\": \"attention-techniques\"}\n";
    try (JsonlReader reader = new JsonlReader("r.jsonl", new StringReader(text))) {
      String first = reader.next().primaryTopics().get(0).text();
      assertThat(reader.next().primaryTopics().get(0).text()).isSameAs(first);
    }
  }

  @Test
  void theInternerKeepsLongTextAndStopsRememberingAtItsBound() {
    Interner interner = new Interner();
    String longText = "x".repeat(Interner.MAX_LENGTH + 1);
    assertThat(interner.intern(new String(longText))).isNotSameAs(interner.intern(new String(longText)));
    for (int i = 0; i < Interner.MAX_ENTRIES; i++) {
      interner.intern("v" + i);
    }
    String fresh = new String("not-remembered");
    interner.intern(fresh);
    assertThat(interner.intern(new String("not-remembered"))).isNotSameAs(fresh);
    assertThat(interner.intern(new String("v1"))).isEqualTo("v1");
  }

  @Test
  void theInternerSharesOneCopyWhetherAValueComesAsCharactersOrAsAString() {
    Interner interner = new Interner();
    char[] buffer = "xxstandardyy".toCharArray();
    String first = interner.intern(buffer, 2, 8);
    assertThat(first).isEqualTo("standard");
    assertThat(interner.intern(new String("standard"))).isSameAs(first);
    assertThat(interner.intern("standard".toCharArray(), 0, 8)).isSameAs(first);
    assertThat(interner.intern(buffer, 2, 7)).isEqualTo("standar").isNotSameAs(first);
  }

  @Test
  void recordsOfOnePaperInARowShareOneReference() throws ReadException {
    String source = "\"source\": {\"first_author\": \"Kingma\", \"year\": 2014, \"arxiv_id\": \"1412.6980\"}";
    String text = "{\"recommendation\": \"a\", " + source + "}\n{\"recommendation\": \"b\", " + source + "}\n";
    try (JsonlReader reader = new JsonlReader("r.jsonl", new StringReader(text))) {
      Recommendation first = reader.next();
      assertThat(reader.next().source()).isSameAs(first.source());
    }
  }
}
