package io.github.anthology.lsp.analysis;

import io.github.anthology.api.AnthologyException;
import io.github.anthology.api.lint.Analysis;
import io.github.anthology.lsp.text.Document;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Lints a scope a short while after its last change (the debounce), on a thread of its own so no
 * request waits for a lint. A newer change cancels the scope's pending run and interrupts a running
 * one (the facade stops at its next step); a run whose scope changed meanwhile publishes nothing.
 */
public final class Analyser implements AutoCloseable {
  private final Registries registries;
  private final Publisher publisher;
  private final long debounceMillis;
  /** Waits out the debounce and then lints on the same thread: no hand-over between the two. */
  private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(daemon("anthology-lsp-lint"));
  private final Map<Path, Run> pending = new HashMap<>();
  private final Map<Path, Snapshot> latest = new ConcurrentHashMap<>();

  /**
   * @param registries which registry a file belongs to
   * @param publisher where diagnostics go
   * @param debounceMillis how long after a change a run starts
   */
  public Analyser(Registries registries, Publisher publisher, long debounceMillis) {
    this.registries = registries;
    this.publisher = publisher;
    this.debounceMillis = debounceMillis;
  }

  /**
   * Schedules a run of a scope, replacing any run of it not yet finished.
   *
   * @param scope the scope that changed
   */
  public synchronized void changed(Scope scope) {
    Run old = pending.get(scope.key());
    if (old != null) {
      old.cancel();
    }
    Run run = new Run(scope);
    pending.put(scope.key(), run);
    run.work = worker.schedule(() -> analyse(run), debounceMillis, TimeUnit.MILLISECONDS);
  }

  /**
   * @param file a file
   * @return the latest finished run whose scope read it from the editor or from disk
   */
  public Optional<Snapshot> latestFor(Path file) {
    return latest.values().stream().filter(s -> s.versionOf(file).isPresent()
        || s.analysis().map(a -> a.texts().keySet().stream().map(Diagnostics::pathOf).anyMatch(file::equals)).orElse(false))
        .findFirst();
  }

  /**
   * @return every scope's latest finished run
   */
  public List<Snapshot> latest() {
    return List.copyOf(latest.values());
  }

  private void analyse(Run run) {
    if (!registries.live(run.scope)) {
      synchronized (this) {
        if (pending.get(run.scope.key()) == run) {
          latest.remove(run.scope.key());
          publisher.clear(run.scope);
        }
      }
      return;
    }
    Snapshot snapshot;
    Map<String, String> pages = Map.of();
    Registries.Prepared prepared = null;
    try {
      prepared = registries.prepare(run.scope);
      pages = Publisher.pages(prepared.workspace().rules().list());
      Analysis analysis = prepared.workspace().analyse();
      snapshot = new Snapshot(run.scope, prepared.documents(), Optional.of(analysis), Optional.empty(), Optional.empty());
    } catch (CancellationException e) {
      return;
    } catch (AnthologyException e) {
      snapshot = new Snapshot(run.scope, documents(prepared), Optional.empty(), Optional.of(e), Optional.empty());
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      snapshot = new Snapshot(run.scope, documents(prepared), Optional.empty(), Optional.empty(), Optional.of(e.toString()));
    }
    synchronized (this) {
      if (pending.get(run.scope.key()) != run || Thread.currentThread().isInterrupted()) {
        return;
      }
      latest.put(run.scope.key(), snapshot);
    }
    publisher.publish(snapshot, pages);
  }

  private static List<Document> documents(Registries.Prepared prepared) {
    return prepared == null ? List.of() : prepared.documents();
  }

  /** Stops scheduling and running; a run under way is interrupted. */
  @Override
  public void close() {
    worker.shutdownNow();
  }

  private static ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  /** One scheduled run of a scope: waiting out the debounce, then linting. */
  private static final class Run {
    final Scope scope;
    Future<?> work;

    Run(Scope scope) {
      this.scope = scope;
    }

    /** Drops the run: before it starts it never will; under way, its thread is interrupted. */
    void cancel() {
      if (work != null) {
        work.cancel(true);
      }
    }
  }
}
