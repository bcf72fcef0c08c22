package io.github.anthology.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.anthology.io.ReadException;
import org.junit.jupiter.api.Test;

class YamlDocumentTest {

  private static ReadException failure(String text) {
    try {
      YamlDocument.parse("bad.yaml", text);
    } catch (ReadException e) {
      return e;
    }
    throw new AssertionError("expected a ReadException for:\n" + text);
  }

  @Test
  void aTruncatedQuotedScalarIsReportedWithItsPosition() {
    ReadException e = failure("2014:\n  - title: \"Adam: A Method\n");
    assertThat(e.getMessage()).startsWith("bad.yaml:3:1: malformed YAML");
    assertThat(e.getMessage()).doesNotContain("\n");
  }

  @Test
  void aScalarStartingWithABacktickIsMalformed() {
    ReadException e = failure("2014:\n  - title: `code`\n");
    assertThat(e.span().line()).isEqualTo(2);
    assertThat(e.span().column()).isEqualTo(12);
  }

  @Test
  void badIndentationIsReportedAtTheOffendingLine() {
    ReadException e = failure("topics:\n  - name: a\n    kind: process\n   scope: x\n");
    assertThat(e.span().line()).isEqualTo(4);
  }

  @Test
  void typeTagsAreRefused() {
    ReadException global = failure("topics: !!python/object:os.system [ls]\n");
    assertThat(global.problem()).contains("tag");
    assertThat(global.span().line()).isEqualTo(1);
    ReadException local = failure("topics:\n  - !custom {name: a}\n");
    assertThat(local.problem()).contains("type tag !custom is not allowed");
    assertThat(local.span().line()).isEqualTo(2);
  }

  @Test
  void aBillionLaughsDocumentIsRefused() {
    StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
    String prev = "a";
    for (int i = 0; i < 30; i++) {
      String name = "l" + i;
      yaml.append(name).append(": &").append(name).append(" [*").append(prev).append(", *")
          .append(prev).append(", *").append(prev).append("]\n");
      prev = name;
    }
    ReadException bomb = failure(yaml.toString());
    assertThat(bomb.problem()).contains("aliases (*name) expand it past").contains("alias bomb");
    assertThat(bomb.span().hasPosition()).isTrue();
  }

  @Test
  void anEscapeThatMakesALoneSurrogateOrAControlIsRefusedAtTheScalar() {
    ReadException lone = failure("2020:\n  - title: \"a\\ud800b\"\n");
    assertThat(lone.span().location()).isEqualTo("bad.yaml:2:12");
    assertThat(lone.problem()).contains("U+D800");
    assertThat(failure("a: \"bell\\a\"\n").problem()).contains("U+0007");
  }

  @Test
  void manyAliasesOfSharedListsReadAsPyYamlWritesThem() throws Exception {
    StringBuilder yaml = new StringBuilder("2020:\n");
    for (int i = 0; i < 200; i++) {
      yaml.append("  - title: Paper ").append(i).append("\n    topics: ")
          .append(i == 0 ? "&id001\n    - optimization\n    - scaling" : "*id001").append('\n');
    }
    YamlDocument doc = YamlDocument.parse("research.yaml", yaml.toString());
    assertThat(doc.root()).isNotNull();
  }

  @Test
  void anAliasOfItsOwnListIsRefusedWithItsPlace() {
    ReadException loop = failure("a: &a [x, *a]\n");
    assertThat(loop.problem()).contains("refer to themselves");
    assertThat(loop.span().line()).isEqualTo(1);
  }

  @Test
  void limitsAndBadCharactersAreReportedAtTheirLineAndColumn() {
    ReadException deep = failure("a:\n  b: " + "[".repeat(100) + "]".repeat(100) + "\n");
    assertThat(deep.problem()).contains("nested more than 64 levels deep").doesNotContain("Nesting Depth");
    assertThat(deep.span().line()).isEqualTo(2);
    ReadException nul = failure("2020:\n  - title: a\u0000b\n");
    assertThat(nul.span().location()).isEqualTo("bad.yaml:2:13");
    assertThat(nul.problem()).contains("U+0000");
    ReadException merge = failure("a: &p {x: 1}\nb:\n  <<: *p\n  y: 2\n");
    assertThat(merge.problem()).isEqualTo("merge keys (<<) are not supported; write the merged keys out in full");
    assertThat(merge.span().line()).isEqualTo(3);
  }

  @Test
  void nestingBeyondTheDepthLimitIsRefused() {
    String deep = "[".repeat(200) + "]".repeat(200);
    assertThatThrownBy(() -> YamlDocument.parse("deep.yaml", deep)).isInstanceOf(ReadException.class);
  }

  @Test
  void anEmptyDocumentHasNoRoot() throws Exception {
    assertThat(YamlDocument.parse("empty.yaml", "# nothing\n").root()).isNull();
  }

  @Test
  void spansAreCharacterOffsetsEvenAfterCharactersOutsideTheBasicPlane() throws Exception {
    String text = "k: \"\uD83D\uDE00\"\nname: moe\n";
    YamlDocument doc = YamlDocument.parse("emoji.yaml", text);
    var map = (org.yaml.snakeyaml.nodes.MappingNode) doc.root();
    var span = doc.span(map.getValue().get(1).getValueNode());
    assertThat(text.substring(span.startOffset(), span.endOffset())).isEqualTo("moe");
  }
}
