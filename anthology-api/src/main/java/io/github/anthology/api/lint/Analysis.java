package io.github.anthology.api.lint;

import io.github.anthology.model.Anthology;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A lint run together with what it read: the registry as a model (every element with its place)
 * and the texts of the files, so a client can map findings, fixes and model places onto the exact
 * characters the run saw (an editor whose buffer has moved on needs that).
 *
 * @param anthology the registry as read
 * @param result the lint run's findings and verdict
 * @param texts the text of every file read, by the name findings give it, in reading order
 *     (streamed JSONL exports are not held and so not here)
 */
public record Analysis(Anthology anthology, LintResult result, Map<String, String> texts) {
  /**
   * Checks and copies the parts.
   *
   * @param anthology the registry as read
   * @param result the lint run's findings and verdict
   * @param texts the text of every file read, by name, in reading order
   * @throws NullPointerException when a part is null
   */
  public Analysis {
    Objects.requireNonNull(anthology, "anthology");
    Objects.requireNonNull(result, "result");
    texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
  }
}
