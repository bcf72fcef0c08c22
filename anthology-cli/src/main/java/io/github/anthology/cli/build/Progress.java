package io.github.anthology.cli.build;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress of a long piece of work: a bar on stderr when it is a terminal, nothing otherwise. */
public interface Progress extends AutoCloseable {
  /** How many steps the work has; called once, before the first step. */
  void start(long total);

  void step(String what);

  @Override
  void close();

  static Progress silent() {
    return new Progress() {
      @Override
      public void start(long total) {}

      @Override
      public void step(String what) {}

      @Override
      public void close() {}
    };
  }

  /** A bar when the process runs on a terminal (and NO_PROGRESS is unset), else silence. */
  static Progress forTerminal() {
    return System.console() == null || System.getenv("NO_PROGRESS") != null ? silent() : bar();
  }

  private static Progress bar() {
    return new Progress() {
      private ProgressBar bar;

      @Override
      public void start(long total) {
        bar = new ProgressBarBuilder().setTaskName("build").setStyle(ProgressBarStyle.ASCII)
            .setInitialMax(total).setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
      }

      @Override
      public void step(String what) {
        if (bar == null) {
          start(-1);
        }
        bar.setExtraMessage(what);
        bar.step();
      }

      @Override
      public void close() {
        if (bar != null) {
          bar.close();
        }
      }
    };
  }
}
