package io.github.anthology.io.rewrite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year keys of a research.yaml text as its lines show them: each top-level {@code YYYY:} key,
 * where its line starts, where its block's content ends (before the blank lines and comments that
 * lead to the next top-level key), and whether it is written with nothing after the colon.
 */
final class YearBlocks {
  private static final Pattern KEY = Pattern.compile("^(\\d{4})[ \\t]*:[ \\t]*(#.*)?$|^(\\d{4})[ \\t]*:(.*)$");

  /** One year key: its year, the offset its line starts at, the end of its content, and whether it has a block below. */
  record Block(int year, int keyStart, int contentEnd, boolean block) {}

  private YearBlocks() {}

  static List<Block> of(YamlLayout layout) {
    String text = layout.text();
    List<int[]> keys = new ArrayList<>(); // year, line start, block form (1/0)
    List<Integer> topLevel = new ArrayList<>(); // starts of every top-level content line
    for (int start = 0; start < text.length(); ) {
      int end = layout.lineEnd(start);
      String line = text.substring(start, end);
      if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && line.charAt(0) != '#') {
        topLevel.add(start);
        Matcher m = KEY.matcher(line);
        if (m.matches()) {
          boolean block = m.group(1) != null;
          keys.add(new int[] {Integer.parseInt(block ? m.group(1) : m.group(3)), start, block ? 1 : 0});
        }
      }
      int nl = text.indexOf('\n', end);
      start = nl < 0 ? text.length() : nl + 1;
    }
    List<Block> blocks = new ArrayList<>();
    for (int[] k : keys) {
      int next = topLevel.stream().filter(s -> s > k[1]).findFirst().orElse(text.length());
      blocks.add(new Block(k[0], k[1], contentEnd(layout, k[1], next), k[2] == 1));
    }
    return blocks;
  }

  /**
   * The end of the last line of a block that holds its content: blank lines and comments at the
   * left margin just before the next key are that key's, not this block's.
   */
  private static int contentEnd(YamlLayout layout, int keyStart, int next) {
    String text = layout.text();
    int last = layout.lineEnd(keyStart);
    for (int start = keyStart; start < next; ) {
      int end = layout.lineEnd(start);
      String line = text.substring(start, end);
      if (!line.isBlank() && !line.startsWith("#")) {
        last = end;
      }
      int nl = text.indexOf('\n', end);
      start = nl < 0 ? text.length() : nl + 1;
    }
    return last;
  }
}
