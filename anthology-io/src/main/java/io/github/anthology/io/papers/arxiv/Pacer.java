package io.github.anthology.io.papers.arxiv;

import java.time.Duration;

/**
 * Keeps requests at least an interval apart, and does the waiting of back-offs; time and sleep
 * come from a {@link Timing}, so tests can check the spacing without waiting.
 */
final class Pacer {
  private final Duration interval;
  private final Timing timing;
  private long last = Long.MIN_VALUE;

  Pacer(Duration interval, Timing timing) {
    this.interval = interval;
    this.timing = timing;
  }

  /** Waits until a request may go, and counts it as gone. */
  void awaitTurn() throws InterruptedException {
    if (last != Long.MIN_VALUE) {
      long due = last + interval.toNanos();
      long now = timing.nanoTime();
      if (due > now) {
        timing.sleep(Duration.ofNanos(due - now));
      }
    }
    last = timing.nanoTime();
  }

  void pause(Duration wait) throws InterruptedException {
    if (!wait.isZero() && !wait.isNegative()) {
      timing.sleep(wait);
    }
  }

  /** The clock and the sleep a pacer uses. */
  interface Timing {
    long nanoTime();

    void sleep(Duration duration) throws InterruptedException;

    Timing SYSTEM = new Timing() {
      @Override
      public long nanoTime() {
        return System.nanoTime();
      }

      @Override
      public void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
      }
    };
  }
}
