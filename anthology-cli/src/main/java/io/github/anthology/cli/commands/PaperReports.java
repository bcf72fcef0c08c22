package io.github.anthology.cli.commands;

import io.github.anthology.api.AnthologyException;
import io.github.anthology.api.papers.PaperAdditionResult;
import io.github.anthology.api.papers.RefreshResult;
import java.util.List;

/** What the {@code papers} commands say they did, on standard error. */
final class PaperReports {
  private PaperReports() {}

  static void refresh(RefreshResult r, Console console) {
    String file = r.lockFile().toString();
    console.err().println(file + ": " + (r.written() ? "written" : "unchanged") + "; asked " + r.source() + " about "
        + r.asked() + " ids: " + r.added() + " added, " + r.updated() + " updated");
    list(console, file, "not found (recorded so; lint reports them)", r.notFound());
    list(console, file, "not in " + r.source() + " (left unchecked)", r.unanswered());
    list(console, file, "dropped, no longer cited", r.dropped());
  }

  static int addition(PaperAdditionResult r, boolean write, Console console) throws AnthologyException {
    int code = new RewriteOutput(console).present(r.rewrite(), write);
    if (r.lockText().isPresent()) {
      if (write) {
        r.writeLock();
        console.err().println("updated " + r.lockFile());
      } else {
        console.err().println("with --write, " + r.lockFile() + " records the paper's metadata too");
      }
    }
    return code;
  }

  private static void list(Console console, String file, String what, List<String> ids) {
    if (!ids.isEmpty()) {
      console.err().println(file + ": " + ids.size() + " " + what + ": " + String.join(" ", ids));
    }
  }
}
