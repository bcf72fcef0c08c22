package io.github.anthology.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {
  @Test
  void aLineBreakCannotStartAWorkflowCommand() {
    String topic = "ok\n::error file=evil.py,line=1::INJECTED";
    assertThat(TerminalText.escape(topic)).isEqualTo("ok\\n::error file=evil.py,line=1::INJECTED").doesNotContain("\n");
  }

  @Test
  void escapeSequencesAndBidiOverridesAreShownNotObeyed() {
    assertThat(TerminalText.escape("\u001b[2J\u001b]0;pwned\u0007 title \u202eevil\r\u0085"))
        .isEqualTo("\\x1b[2J\\x1b]0;pwned\\x07 title \\u202eevil\\r\\x85");
  }

  @Test
  void ordinaryTextIncludingOtherScriptsAndEmojiIsUnchanged() {
    String text = "Adam: β₁=0.9 — 日本語 \uD83D\uDE00";
    assertThat(TerminalText.escape(text)).isSameAs(text);
  }
}
