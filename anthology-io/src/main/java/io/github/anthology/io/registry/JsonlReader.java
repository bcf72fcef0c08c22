package io.github.anthology.io.registry;

import io.github.anthology.io.ReadException;
import io.github.anthology.io.SourceFiles;
import io.github.anthology.model.Recommendation;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads a JSONL registry one recommendation at a time: one JSON object a line, blank lines
 * skipped. The text is cut into blocks of whole lines ({@link LineSplitter}); a file of one block
 * is parsed on the calling thread, a larger one on a pool of one thread per core, a few blocks
 * ahead of the caller. Records and errors still come back in file order, and only the blocks in
 * flight are held in memory, so a file of any size streams through.
 */
public final class JsonlReader implements Closeable {
  static final int BLOCK_CHARS = 1 << 20;
  private final String file;
  private final Reader in;
  private final LineSplitter splitter;
  private final int threads;
  private final Deque<Future<BlockParser.Parsed>> ahead = new ArrayDeque<>();
  /** One interner per thread and reader: nothing outlives the reader in a long-lived thread. */
  private final ThreadLocal<Interner> interners = ThreadLocal.withInitial(Interner::new);
  private ExecutorService pool;
  private IOException readFailure;
  private boolean started;
  private List<Recommendation> current = List.of();
  private ReadException currentError;
  private int position;

  public JsonlReader(String file, Reader reader) {
    this(file, reader, BLOCK_CHARS, Runtime.getRuntime().availableProcessors());
  }

  JsonlReader(String file, Reader reader, int blockChars, int threads) {
    this.file = file;
    this.in = reader;
    this.splitter = new LineSplitter(reader, blockChars);
    this.threads = Math.max(1, threads);
  }

  /** The next recommendation, or null at the end of the file. */
  public Recommendation next() throws ReadException {
    while (position == current.size()) {
      if (currentError != null) {
        throw currentError;
      }
      if (!nextBlock()) {
        return null;
      }
    }
    return current.get(position++);
  }

  private boolean nextBlock() throws ReadException {
    if (!started) {
      started = true;
      start();
    }
    refill();
    Future<BlockParser.Parsed> next = ahead.poll();
    if (next == null) {
      if (readFailure != null) {
        throw SourceFiles.cannotRead(file, readFailure);
      }
      return false;
    }
    BlockParser.Parsed parsed = await(next);
    current = parsed.records();
    currentError = parsed.error();
    position = 0;
    return true;
  }

  /** Reads the first two blocks: a file of one block needs no threads. */
  private void start() {
    LineBlock first = read();
    LineBlock second = first == null ? null : read();
    if (second == null || threads == 1) {
      enqueue(first);
      enqueue(second);
      return;
    }
    pool = Executors.newFixedThreadPool(threads, task -> {
      Thread t = new Thread(task, "anthology-jsonl");
      t.setDaemon(true);
      return t;
    });
    enqueue(first);
    enqueue(second);
  }

  /** Keeps a few blocks in flight per thread. */
  private void refill() {
    int wanted = pool == null ? 1 : 2 * threads + 1;
    while (readFailure == null && ahead.size() < wanted) {
      LineBlock block = read();
      if (block == null) {
        return;
      }
      enqueue(block);
    }
  }

  private void enqueue(LineBlock block) {
    if (block == null) {
      return;
    }
    ahead.add(pool == null
        ? CompletableFuture.completedFuture(BlockParser.parse(file, block, interners.get()))
        : pool.submit(() -> BlockParser.parse(file, block, interners.get())));
  }

  private LineBlock read() {
    if (readFailure != null) {
      return null;
    }
    try {
      return splitter.next();
    } catch (IOException e) {
      readFailure = e;
      return null;
    }
  }

  private BlockParser.Parsed await(Future<BlockParser.Parsed> next) throws ReadException {
    try {
      return next.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw SourceFiles.cannotRead(file, new java.io.InterruptedIOException("interrupted"));
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw SourceFiles.cannotRead(file, io.getCause());
      }
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
