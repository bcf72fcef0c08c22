package io.github.anthology.cli.build;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress of a long piece of work: a bar on stderr when it is a terminal, nothing otherwise. */
public interface Progress extends AutoCloseable {
  void step(String what);

  @Override
  void close();

  static Progress silent() {
    return new Progress() {
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
      public void step(String what) {
        if (bar == null) {
          bar = new ProgressBarBuilder().setTaskName("build").setStyle(ProgressBarStyle.ASCII)
              .setInitialMax(-1).setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
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
