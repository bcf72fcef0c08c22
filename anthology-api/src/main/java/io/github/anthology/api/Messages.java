package io.github.anthology.api;

import io.github.anthology.api.internal.Errors;
import io.github.anthology.render.text.TerminalText;
import java.io.IOException;

/**
 * Messages for a person at a terminal: a user's text (a title, a file name, a problem quoting
 * either) never brings its own control characters, so it cannot start a line that a CI runner
 * reads as a command, move the cursor or reorder the screen.
 */
public final class Messages {
  private Messages() {}

  /**
   * The text with its control characters written as escapes.
   *
   * @param text a message, perhaps quoting a user's text
   * @return the text, safe to print
   */
  public static String forTerminal(String text) {
    return TerminalText.escape(text);
  }

  /**
   * A failed file operation in plain words: what went wrong, with which file; never a class name.
   *
   * @param e the failure
   * @return one line
   */
  public static String describe(IOException e) {
    return Errors.describe(e);
  }
}
