package io.github.anthology.io.edit;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.Arrays;
import java.util.List;

/** A unified diff (three lines of context) between two versions of one file, as git prints it. */
public final class UnifiedDiff {
  private static final int CONTEXT = 3;

  private UnifiedDiff() {}

  /** The diff, each line ending in a newline; empty when the texts are equal. */
  public static String of(String file, String original, String revised) {
    if (original.equals(revised)) {
      return "";
    }
    List<String> before = lines(original);
    List<String> after = lines(revised);
    Patch<String> patch = DiffUtils.diff(before, after);
    String slash = file.startsWith("/") ? "" : "/";
    List<String> out = UnifiedDiffUtils.generateUnifiedDiff("a" + slash + file, "b" + slash + file, before, patch, CONTEXT);
    StringBuilder sb = new StringBuilder();
    for (String line : out) {
      sb.append(line).append('\n');
    }
    return sb.toString();
  }

  /** Lines without their terminators; a last line without a newline is marked as diff marks it. */
  private static List<String> lines(String text) {
    String[] parts = text.split("\r?\n", -1);
    List<String> lines = Arrays.asList(parts);
    if (text.isEmpty() || text.endsWith("\n")) {
      return lines.subList(0, lines.size() - 1);
    }
    List<String> marked = new java.util.ArrayList<>(lines);
    marked.set(marked.size() - 1, marked.get(marked.size() - 1) + "\n\\ No newline at end of file");
    return marked;
  }
}
