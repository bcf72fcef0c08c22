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
    assertThat(failure(yaml.toString()).problem()).contains("unreadable YAML");
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
