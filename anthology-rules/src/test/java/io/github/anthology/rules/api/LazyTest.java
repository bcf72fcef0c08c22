package io.github.anthology.rules.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyTest {
  @Test
  void manyThreadsAskingAtOnceComputeTheValueOnceAndAllGetIt() throws Exception {
    AtomicInteger computed = new AtomicInteger();
    Lazy<String> lazy = Lazy.of(() -> {
      computed.incrementAndGet();
      return "index";
    });
    ForkJoinPool pool = new ForkJoinPool(4);
    try {
      List<ForkJoinTask<String>> asks = java.util.stream.IntStream.range(0, 16)
          .mapToObj(i -> pool.submit(lazy::get)).toList();
      for (ForkJoinTask<String> ask : asks) {
        assertThat(ask.get(10, TimeUnit.SECONDS)).isEqualTo("index");
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(computed).hasValue(1);
  }

  @Test
  void aFailureReachesTheCallerThatComputedAndEveryLaterOne() {
    Lazy<String> lazy = Lazy.of(() -> {
      throw new IllegalArgumentException("bad registry");
    });
    assertThatThrownBy(lazy::get).hasMessage("bad registry");
    assertThatThrownBy(lazy::get).hasMessage("bad registry");
  }

  /**
   * As a lint runs on two cores: the calling thread builds an index part (rule A) while the
   * pool's one worker runs rule B, which needs the same part; rule C, queued behind B, must still
   * run meanwhile. A plain wait would hold the only worker and C would start only after A.
   */
  @Test
  void aRuleWaitingForAnIndexPartLendsItsWorkerToTheOtherRules() throws Exception {
    CountDownLatch computing = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Lazy<String> lazy = Lazy.of(() -> {
      computing.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return "index";
    });
    ForkJoinPool pool = new ForkJoinPool(1);
    try {
      FutureTask<String> a = new FutureTask<>(lazy::get);
      new Thread(a).start();
      assertThat(computing.await(10, TimeUnit.SECONDS)).isTrue();
      ForkJoinTask<String> b = pool.submit(lazy::get);
      while (pool.getActiveThreadCount() < 1) {
        Thread.onSpinWait();
      }
      Thread.sleep(100);
      ForkJoinTask<?> c = pool.submit(release::countDown);
      c.get(10, TimeUnit.SECONDS);
      assertThat(a.get(10, TimeUnit.SECONDS)).isEqualTo("index");
      assertThat(b.get(10, TimeUnit.SECONDS)).isEqualTo("index");
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }
}
