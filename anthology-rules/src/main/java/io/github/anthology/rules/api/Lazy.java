package io.github.anthology.rules.api;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A value computed once, on first use, safely across threads. The first caller computes it; any
 * other caller waits, and tells the fork-join pool it is waiting ({@link ForkJoinPool#managedBlock}),
 * so that a rule waiting for an index part another rule is building lends its core to a spare
 * worker and the remaining rules go on running meanwhile. A failure reaches every caller.
 */
final class Lazy<T> implements Supplier<T> {
  private final Supplier<T> compute;
  private final AtomicBoolean claimed = new AtomicBoolean();
  private final CountDownLatch done = new CountDownLatch(1);
  private volatile T value;
  private volatile Throwable failure;

  private Lazy(Supplier<T> compute) {
    this.compute = compute;
  }

  static <T> Lazy<T> of(Supplier<T> compute) {
    return new Lazy<>(compute);
  }

  @Override
  public T get() {
    if (done.getCount() > 0) {
      if (claimed.compareAndSet(false, true)) {
        computeNow();
      } else {
        await();
      }
    }
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
    return value;
  }

  private void computeNow() {
    try {
      value = compute.get();
    } catch (RuntimeException | Error e) {
      failure = e;
    } finally {
      done.countDown();
    }
  }

  private void await() {
    try {
      ForkJoinPool.managedBlock(new ForkJoinPool.ManagedBlocker() {
        @Override
        public boolean block() throws InterruptedException {
          done.await();
          return true;
        }

        @Override
        public boolean isReleasable() {
          return done.getCount() == 0;
        }
      });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a shared index part", e);
    }
  }
}
