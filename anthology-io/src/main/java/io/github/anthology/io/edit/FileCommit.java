package io.github.anthology.io.edit;

import io.github.anthology.io.IoErrors;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts staged files in place as one unit. The existing targets are locked (in path order, so two
 * commits never wait on each other), every one that was read is checked to still hold what was
 * read, and only then does anything change: with one file, a rename; with several (or a file
 * written in place), a journal first, then each file, then the journal is removed. A run killed
 * in between leaves the journal, and the next run completes the commit ({@link Recovery}).
 */
final class FileCommit {
  private static final SecureRandom RANDOM = new SecureRandom();

  private FileCommit() {}

  static List<Path> commit(List<AtomicWriter.Staged> parts, Mover mover, Duration patience) throws IOException {
    List<AtomicWriter.Staged> sorted = new ArrayList<>(parts);
    sorted.sort(Comparator.comparing(s -> s.target().real()));
    Map<AtomicWriter.Staged, TargetLock> locks = new LinkedHashMap<>();
    Journal journal = null;
    boolean started = false;
    try {
      for (AtomicWriter.Staged s : sorted) {
        if (s.target().exists()) {
          locks.put(s, TargetLock.acquire(s.target().real(), patience));
        }
      }
      List<Journal.Entry> entries = new ArrayList<>();
      for (AtomicWriter.Staged s : sorted) {
        TargetLock lock = locks.get(s);
        // the old content is held in memory only to compare it with what was read; else it is only digested
        byte[] now = lock == null || s.expected().isEmpty() ? null : lock.read();
        if (s.expected().isPresent() && (now == null || !s.expected().get().equals(text(now)))) {
          throw new FileSystemException(s.target().shown().toString(), null,
              "changed on disk since it was read; nothing was written (run again to work on the new content)");
        }
        String before = lock == null ? "" : now != null ? Durability.digest(now) : lock.digest();
        entries.add(new Journal.Entry(s.target().real(), s.handle().path(), before, s.digest(), s.inPlace()));
      }
      if (entries.size() > 1 || entries.stream().anyMatch(Journal.Entry::inPlace)) {
        byte[] id = new byte[6];
        RANDOM.nextBytes(id);
        journal = Journal.begin(entries, HexFormat.of().formatHex(id));
        sorted.forEach(s -> s.handle().keep());
      }
      started = true;
      for (int i = 0; i < sorted.size(); i++) {
        AtomicWriter.Staged s = sorted.get(i);
        place(entries.get(i), mover, locks.get(s), s.inPlace() ? s.readBack() : null);
        s.placed();
      }
      if (journal != null) {
        journal.finish();
      }
      return sorted.stream().map(s -> s.target().shown()).toList();
    } catch (IOException | RuntimeException | Error e) {
      if (journal != null) {
        journal.release();
      }
      if (started && journal != null && e instanceof IOException io) {
        throw new FileSystemException(null, null, "the write was interrupted (" + IoErrors.describe(io)
            + "); the next anthology run on these files completes it");
      }
      throw e;
    } finally {
      for (TargetLock lock : locks.values()) {
        lock.close();
      }
      if (journal == null) {
        for (AtomicWriter.Staged s : sorted) {
          s.close();
        }
      } else {
        for (AtomicWriter.Staged s : sorted) {
          s.handle().channel().close();
        }
      }
    }
  }

  /** Puts one staged file in place: renamed over the target, or copied into it when written in place. */
  static void place(Journal.Entry e, Mover mover, TargetLock held, byte[] staged) throws IOException {
    if (e.inPlace() && Files.exists(e.target())) {
      byte[] bytes = staged != null ? staged : Files.readAllBytes(e.staged());
      if (held != null) {
        held.overwrite(bytes);
      } else {
        try (TargetLock lock = TargetLock.acquire(e.target(), Recovery.PATIENCE)) {
          lock.overwrite(bytes);
        }
      }
      Files.deleteIfExists(e.staged());
    } else {
      mover.move(e.staged(), e.target());
    }
    Durability.syncDirectory(e.target().getParent());
  }

  /** A file's bytes as the readers see them: strict UTF-8 without a byte-order mark; null if not UTF-8. */
  private static String text(byte[] bytes) {
    try {
      String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
