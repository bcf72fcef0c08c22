package io.github.anthology.io.edit;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The record of a commit of several files that has started to put them in place: for each, the
 * target, the staged file that replaces it, and digests of the old and new content. It is written
 * (atomically) before the first file is replaced and removed after the last, in each directory the
 * commit touches, and its writer holds a lock on it meanwhile. Finding one whose writer is dead
 * means a run was killed midway; {@link Recovery} then completes it.
 */
final class Journal {
  static final String SUFFIX = ".anthology-journal";
  private static final String HEADER = "anthology-journal 1";

  /** One file of the commit. {@code before} is empty for a file that did not exist. */
  record Entry(Path target, Path staged, String before, String after, boolean inPlace) {}

  private final List<Entry> entries;
  private final List<Path> copies;
  private final List<FileChannel> held = new ArrayList<>();
  /** Journals this JVM is writing: opening one to test its lock would drop that lock (POSIX), so they are known here. */
  private static final Set<Path> OURS = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private Journal(List<Entry> entries, List<Path> copies) {
    this.entries = List.copyOf(entries);
    this.copies = List.copyOf(copies);
  }

  List<Entry> entries() {
    return entries;
  }

  List<Path> copies() {
    return copies;
  }

  /** Writes the journal into the directory of every target, each copy locked until {@link #finish}. */
  static Journal begin(List<Entry> entries, String id) throws IOException {
    Set<Path> dirs = new LinkedHashSet<>();
    entries.forEach(e -> dirs.add(e.target().getParent()));
    List<Path> copies = dirs.stream().map(d -> d.resolve(".anthology-" + id + SUFFIX)).toList();
    Journal journal = new Journal(entries, copies);
    OURS.addAll(copies);
    byte[] text = journal.text().getBytes(StandardCharsets.UTF_8);
    try {
      for (Path copy : copies) {
        Temporaries.Handle staged = Temporaries.create(copy.getParent(), copy.getFileName().toString());
        staged.channel().write(ByteBuffer.wrap(text));
        staged.channel().force(true);
        Files.move(staged.path(), copy, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        journal.held.add(staged.channel()); // the lock stays with the file under its new name
        staged.keep();
        Durability.syncDirectory(copy.getParent());
      }
    } catch (IOException | RuntimeException e) {
      journal.finish();
      throw e;
    }
    return journal;
  }

  /** Removes every copy and lets the locks go: the commit is complete (or never started). */
  void finish() throws IOException {
    IOException failed = null;
    for (Path copy : copies) {
      try {
        Files.deleteIfExists(copy);
        Durability.syncDirectory(copy.getParent());
      } catch (IOException e) {
        failed = e;
      }
    }
    release();
    if (failed != null) {
      throw failed;
    }
  }

  /** Lets the locks go and leaves the copies, for the next run to complete the commit. */
  void release() throws IOException {
    for (FileChannel c : held) {
      c.close();
    }
    held.clear();
    OURS.removeAll(copies);
  }

  /** Takes over a journal whose writer is dead: locks it, or returns null while its writer lives. */
  static Journal takeOver(Path copy) throws IOException {
    if (OURS.contains(copy)) {
      return null;
    }
    FileChannel channel = FileChannel.open(copy, StandardOpenOption.READ, StandardOpenOption.WRITE);
    FileLock lock = TargetLock.tryLock(channel);
    if (lock == null) {
      channel.close();
      return null;
    }
    try {
      Journal journal = parse(copy, Files.readString(copy, StandardCharsets.UTF_8));
      journal.held.add(channel);
      return journal;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  private String text() {
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    for (Entry e : entries) {
      sb.append("file\t").append(e.inPlace() ? "in-place" : "rename").append('\t').append(e.before().isEmpty() ? "-" : e.before())
          .append('\t').append(e.after()).append('\t').append(e.target().toUri()).append('\t')
          .append(e.staged().toUri()).append('\n');
    }
    for (Path c : copies) {
      sb.append("copy\t").append(c.toUri()).append('\n');
    }
    return sb.append("end\n").toString();
  }

  private static Journal parse(Path copy, String text) throws IOException {
    String[] lines = text.split("\n");
    if (lines.length < 2 || !lines[0].equals(HEADER) || !lines[lines.length - 1].equals("end")) {
      throw new IOException(copy + ": not a complete anthology journal; remove it if no anthology run is writing here");
    }
    List<Entry> entries = new ArrayList<>();
    List<Path> copies = new ArrayList<>();
    for (int i = 1; i < lines.length - 1; i++) {
      String[] f = lines[i].split("\t");
      if (f[0].equals("file") && f.length == 6) {
        entries.add(new Entry(Path.of(URI.create(f[4])), Path.of(URI.create(f[5])), f[2].equals("-") ? "" : f[2],
            f[3], f[1].equals("in-place")));
      } else if (f[0].equals("copy") && f.length == 2) {
        copies.add(Path.of(URI.create(f[1])));
      } else {
        throw new IOException(copy + ": line " + (i + 1) + " of the journal is not understood; remove it if no"
            + " anthology run is writing here");
      }
    }
    return new Journal(entries, copies);
  }
}
