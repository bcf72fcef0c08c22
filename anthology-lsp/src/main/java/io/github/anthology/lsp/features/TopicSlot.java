package io.github.anthology.lsp.features;

import io.github.anthology.lsp.text.LineMap;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a cursor stands where a topic name goes, read from the text alone (it is often half
 * typed and does not parse): after {@code topic:}, in a flow list after {@code topics:} or
 * {@code secondary:}, or in a block list item under one of them; likewise the taxonomy's
 * {@code parent}, {@code related} and {@code replaced_by}.
 */
final class TopicSlot {
  private static final Set<String> KEYS = Set.of("topics", "topic", "secondary", "parent", "related", "replaced_by");
  private static final Pattern INLINE = Pattern.compile("^\\s*(?:-\\s+)?([a-z_]+)\\s*:\\s*(\\[[^\\]]*?)?([\\w.-]*)$");
  private static final Pattern ITEM = Pattern.compile("^(\\s*)-\\s+([\\w.-]*)$");
  private static final Pattern KEY_LINE = Pattern.compile("^(\\s*)(?:-\\s+)?([a-z_]+)\\s*:\\s*(#.*)?$");

  private TopicSlot() {}

  /**
   * @param lines the document's text
   * @param offset the cursor
   * @return the start offset of the partly typed name the cursor ends, when the cursor is in a topic slot
   */
  static Optional<Integer> at(LineMap lines, int offset) {
    int line = lines.position(offset).getLine();
    int start = lines.lineStart(line);
    String prefix = lines.text().substring(start, offset);
    Matcher inline = INLINE.matcher(prefix);
    if (inline.matches() && KEYS.contains(inline.group(1))) {
      boolean flow = inline.group(2) != null;
      boolean single = inline.group(1).equals("topic") || inline.group(1).equals("parent")
          || inline.group(1).equals("replaced_by");
      if (flow || single) {
        return Optional.of(offset - inline.group(3).length());
      }
      return Optional.empty();
    }
    Matcher item = ITEM.matcher(prefix);
    if (item.matches() && listKey(lines, line, item.group(1).length())) {
      return Optional.of(offset - item.group(2).length());
    }
    return Optional.empty();
  }

  /** Whether the block list item at a line, indented so, belongs to a topic-list key above it. */
  private static boolean listKey(LineMap lines, int line, int indent) {
    for (int l = line - 1; l >= 0; l--) {
      String text = lines.text().substring(lines.lineStart(l), lines.lineEnd(l));
      if (text.isBlank() || text.stripLeading().startsWith("#")) {
        continue;
      }
      int own = text.length() - text.stripLeading().length();
      if (own < indent || (own == indent && !text.stripLeading().startsWith("-"))) {
        Matcher key = KEY_LINE.matcher(text);
        return key.matches() && (key.group(2).equals("topics") || key.group(2).equals("secondary")
            || key.group(2).equals("related"));
      }
    }
    return false;
  }
}
