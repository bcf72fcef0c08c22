package io.github.anthology.cli.commands;

import io.github.anthology.api.build.BuildProgress;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a lint or build as a bar on standard error, shown only once the work has taken about
 * a second (a quick run prints nothing), only when standard error is a terminal, and never in CI
 * ({@code CI} set) or with {@code NO_PROGRESS} set. Steps before the bar shows are kept, so it
 * starts where the work is. The system property {@code anthology.progress.delay} (milliseconds)
 * changes the delay, so a test on a pseudo-terminal need not wait a second of work.
 */
final class TerminalProgress implements BuildProgress {
  /** How long work runs before its bar is shown. */
  static final long DELAY_MILLIS = 1000;

  private final String task;
  private final PrintStream err;
  private final ScheduledExecutorService timer;
  private ProgressBar bar;
  private long total = -1;
  private long done;
  private String what = "";
  private boolean closed;

  TerminalProgress(String task, PrintStream err, long delayMillis) {
    this.task = task;
    this.err = err;
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "anthology-progress");
      t.setDaemon(true);
      return t;
    });
    timer.schedule(this::show, delayMillis, TimeUnit.MILLISECONDS);
  }

  /** A bar when this process's standard error is a terminal (and neither CI nor NO_PROGRESS is set), else silence. */
  static BuildProgress forThisProcess(String task) {
    return shown(Terminals.stderr(), System.getenv()) ? new TerminalProgress(task, System.err,
        Long.getLong("anthology.progress.delay", DELAY_MILLIS))
        : BuildProgress.silent();
  }

  /** Whether progress is shown: on a terminal, outside CI, and unless NO_PROGRESS is set. */
  static boolean shown(boolean terminal, Map<String, String> environment) {
    return terminal && environment.get("CI") == null && environment.get("NO_PROGRESS") == null;
  }

  @Override
  public synchronized void start(long steps) {
    total = steps;
    done = 0;
    if (bar != null) {
      bar.maxHint(steps);
      bar.stepTo(0);
    }
  }

  @Override
  public synchronized void expect(long steps) {
    total = Math.max(total, 0) + steps;
    if (bar != null) {
      bar.maxHint(total);
    }
  }

  @Override
  public synchronized void step(String next) {
    what = next;
    done++;
    if (bar != null) {
      bar.setExtraMessage(next);
      bar.stepTo(done);
    }
  }

  private synchronized void show() {
    if (closed) {
      return;
    }
    bar = new ProgressBarBuilder().setTaskName(task).setStyle(ProgressBarStyle.ASCII).setInitialMax(total)
        .setUpdateIntervalMillis(200).setConsumer(new ConsoleProgressBarConsumer(err)).build();
    bar.stepTo(done);
    bar.setExtraMessage(what);
  }

  /** Ends the bar, if it was shown; again is harmless. */
  @Override
  public synchronized void close() {
    closed = true;
    timer.shutdownNow();
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
