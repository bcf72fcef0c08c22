package io.github.anthology.io.papers.arxiv;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A clock that only moves when slept on: pacing and back-off are checked without waiting. */
final class VirtualTime implements Pacer.Timing {
  private long now = 1_000_000_000L;
  final List<Duration> sleeps = new ArrayList<>();
  /** The virtual time of each request, as the pacer let it go. */
  final List<Long> turns = new ArrayList<>();

  @Override
  public synchronized long nanoTime() {
    return now;
  }

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    now += duration.toNanos();
  }

  synchronized Duration total() {
    return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
  }
}
