package io.github.anthology.io.edit;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Completes the commits that killed runs left half done in a directory, then removes the
 * temporary files dead runs left there. Every reader and writer of a registry calls it for the
 * directories of its files first, so nobody reads research.yaml new beside taxonomy.yaml old: a
 * journal whose writer is dead is rolled forward (its staged files are complete, since the journal
 * is written only once they are); one whose writer still runs is waited for.
 */
public final class Recovery {
  /** How long to wait for another live run's commit to finish. */
  static final Duration PATIENCE = Duration.ofSeconds(30);

  private Recovery() {}

  /** Settles the directory of each file (following symbolic links). */
  public static void settle(List<Path> files) throws IOException {
    List<Path> dirs = new ArrayList<>();
    for (Path f : files) {
      Path real = Files.exists(f) ? f.toRealPath() : f.toAbsolutePath().normalize();
      Path dir = real.getParent();
      if (dir != null && !dirs.contains(dir)) {
        dirs.add(dir);
      }
    }
    for (Path dir : dirs) {
      settleDirectory(dir);
    }
  }

  static void settleDirectory(Path dir) throws IOException {
    if (complete(dir)) {
      Temporaries.cleanDead(dir);
    }
  }

  /** Completes the dead journals of {@code dir}; false when the directory cannot be listed. */
  private static boolean complete(Path dir) throws IOException {
    List<Path> journals = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*" + Journal.SUFFIX)) {
      files.forEach(journals::add);
    } catch (IOException e) {
      return false;
    }
    for (Path copy : journals) {
      long deadline = System.nanoTime() + PATIENCE.toNanos();
      while (Files.exists(copy)) {
        Journal journal = Journal.takeOver(copy);
        if (journal != null) {
          rollForward(journal);
          break;
        }
        if (System.nanoTime() > deadline) {
          throw new FileSystemException(dir.toString(), null,
              "another anthology run is still writing here (" + copy.getFileName() + "); try again when it is done");
        }
        sleep();
      }
    }
    return true;
  }

  private static void rollForward(Journal journal) throws IOException {
    try {
      for (Journal.Entry e : journal.entries()) {
        if (Files.exists(e.staged())) {
          String now = Files.exists(e.target()) ? Durability.digest(e.target(), e.after()) : "";
          if (!now.equals(e.before()) && !now.equals(e.after())) {
            throw cannot(e, "the file was changed after the interrupted write; its new content is in "
                + e.staged().getFileName());
          }
          if (!Durability.digest(e.staged(), e.after()).equals(e.after())) {
            throw cannot(e, "its staged new content " + e.staged().getFileName() + " is damaged");
          }
          FileCommit.place(e, Mover.atomic(), null, null);
        } else if (!Files.exists(e.target()) || !Durability.digest(e.target(), e.after()).equals(e.after())) {
          throw cannot(e, "its staged new content " + e.staged().getFileName() + " is gone");
        }
      }
      journal.finish();
    } catch (IOException | RuntimeException ex) {
      journal.release();
      throw ex;
    }
  }

  private static FileSystemException cannot(Journal.Entry e, String why) {
    return new FileSystemException(e.target().toString(), null, "an interrupted anthology write could not be"
        + " completed: " + why + "; check the file, then remove " + Journal.SUFFIX + " files beside it");
  }

  private static void sleep() throws IOException {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while waiting for another run to finish writing");
    }
  }
}
