package io.github.anthology.rules.builtin.paper;

import io.github.anthology.model.Paper;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.rules.api.Option;
import io.github.anthology.rules.api.Pointers;
import io.github.anthology.rules.api.Rule;
import io.github.anthology.rules.api.RuleContext;
import io.github.anthology.rules.api.RuleInfo;
import io.github.anthology.rules.api.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A topic tag names a subject, not a model: {@code llama2} belongs under {@code models}. Model
 * names are recognised by a configurable list of patterns, matched against the whole tag,
 * ignoring case.
 */
@RuleInfo(
    id = "paper/model-name-topic",
    summary = "Topic tags are subjects, not model names (llama2 belongs under models).",
    severity = Severity.WARNING)
public final class ModelNameTopicRule implements Rule {
  static final Option<List<String>> PATTERNS =
      Option.strings("patterns", "regular expressions (whole tag, any case) of model names",
          List.of("llama-?\\d*(\\.\\d+)?(-\\d+b)?", "gpt-?\\d+(\\.\\d+)?[a-z]?", "palm-?\\d*",
              "bert", "roberta", "t5", "chinchilla", "gopher", "mistral", "mixtral", "falcon",
              "bloom", "opt-\\d+b", "qwen-?\\d*(\\.\\d+)?", "gemma-?\\d*", "gemini", "claude-?\\d*",
              "vicuna", "alpaca", "dall-?e-?\\d*", "stable-diffusion(-\\d+)?", "imagen"));

  @Override
  public List<Option<?>> options() {
    return List.of(PATTERNS);
  }

  @Override
  public void check(RuleContext ctx) {
    List<Pattern> patterns = new ArrayList<>();
    for (String p : ctx.option(PATTERNS)) {
      patterns.add(Pattern.compile(p, Pattern.CASE_INSENSITIVE));
    }
    for (Paper paper : ctx.anthology().papers()) {
      for (Scalar tag : paper.topics()) {
        check(ctx, tag, patterns, Pointers.paper(paper));
      }
      for (Recommendation rec : paper.recommendations()) {
        for (Scalar tag : rec.allTopics()) {
          if (!paper.topics().contains(tag)) {
            check(ctx, tag, patterns, Pointers.recommendation(rec));
          }
        }
      }
    }
  }

  private static void check(RuleContext ctx, Scalar tag, List<Pattern> patterns, String pointer) {
    String name = tag.text().trim();
    if (patterns.stream().anyMatch(p -> p.matcher(name).matches())) {
      ctx.at(tag.span(), "topic `" + name + "` is a model name, not a subject; list it under"
              + " `models` and tag the paper with what it is about")
          .pointer(pointer)
          .report();
    }
  }
}
