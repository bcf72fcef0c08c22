package io.github.anthology.rules.suppression;

import io.github.anthology.model.source.SourceSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Finds suppression directives in YAML text, line by line. A comment is a {@code #} at the start of
 * a line or after whitespace, outside a quoted scalar (quotes are followed within one line) and
 * outside the body of a block scalar ({@code |} or {@code >}), whose lines are text, not comments.
 */
public final class CommentScanner {
  private CommentScanner() {}

  public static List<Directive> scan(String file, String text) {
    List<Directive> out = new ArrayList<>();
    if (!text.contains("anthology-disable")) {
      return out;
    }
    int offset = 0;
    int lineNo = 0;
    int blockIndent = -1;
    for (String line : text.split("\n", -1)) {
      lineNo++;
      String body = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
      int indent = indentation(body);
      if (blockIndent >= 0 && (body.isBlank() || indent > blockIndent)) {
        offset += line.length() + 1;
        continue;
      }
      blockIndent = -1;
      int hash = YamlLine.commentStart(body);
      String content = hash < 0 ? body : body.substring(0, hash);
      if (YamlLine.opensBlockScalar(content)) {
        blockIndent = indent;
      }
      if (hash >= 0) {
        SourceSpan span = new SourceSpan(file, lineNo, hash + 1, lineNo, body.length() + 1,
            offset + hash, offset + body.length());
        parse(body.substring(hash + 1).trim(), span).ifPresent(out::add);
      }
      offset += line.length() + 1;
    }
    return out;
  }

  static Optional<Directive> parse(String comment, SourceSpan span) {
    for (Directive.Scope scope : Directive.Scope.values()) {
      String keyword = scope.keyword();
      if (!comment.startsWith(keyword)
          || (comment.length() > keyword.length() && !Character.isWhitespace(comment.charAt(keyword.length())))) {
        continue;
      }
      String rest = comment.substring(keyword.length());
      int dashes = rest.indexOf("--");
      String rules = dashes < 0 ? rest : rest.substring(0, dashes);
      String reason = dashes < 0 ? "" : rest.substring(dashes + 2).trim();
      List<String> ids = Arrays.stream(rules.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
      return Optional.of(new Directive(scope, ids, reason.isEmpty() ? Optional.empty() : Optional.of(reason), span));
    }
    return Optional.empty();
  }

  private static int indentation(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
