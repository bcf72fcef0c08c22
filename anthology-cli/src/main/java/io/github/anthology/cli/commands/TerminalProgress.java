package io.github.anthology.cli.commands;

import io.github.anthology.api.build.BuildProgress;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress of a build as a bar on stderr when it is a terminal (and NO_PROGRESS is unset), else nothing. */
final class TerminalProgress implements BuildProgress {
  private ProgressBar bar;

  private TerminalProgress() {}

  /** A bar when the process runs on a terminal, else silence. */
  static BuildProgress forThisProcess() {
    return System.console() == null || System.getenv("NO_PROGRESS") != null ? BuildProgress.silent()
        : new TerminalProgress();
  }

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
}
