package io.github.anthology.cli.serve;

import io.github.anthology.cli.build.ArtifactWriter;
import io.github.anthology.cli.build.Progress;
import io.github.anthology.render.build.Artifact;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The live preview: builds into a directory, serves it on 127.0.0.1, and rebuilds whenever an
 * input changes. Each build has a number, written into its page; the page asks the server for the
 * current number and reloads itself when it is newer. A build that fails (say the YAML is broken
 * mid-edit) is reported and the last good one stays served.
 */
public final class Preview implements AutoCloseable {
  /** Makes the artifacts of build number {@code n}. */
  @FunctionalInterface
  public interface Builder {
    List<Artifact> build(long n) throws Exception;
  }

  private final Builder builder;
  private final Path out;
  private final PrintWriter log;
  private final AtomicLong served = new AtomicLong();
  private final OutputServer server;
  private final InputWatcher watcher;
  private final ScheduledExecutorService poll = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "anthology-watch");
    t.setDaemon(true);
    return t;
  });

  private Preview(Builder builder, List<Path> inputs, Path out, int port, PrintWriter log) throws Exception {
    this.builder = builder;
    this.out = out;
    this.log = log;
    this.watcher = new InputWatcher(inputs);
    rebuild();
    this.server = new OutputServer(out, port, served::get);
    poll.scheduleWithFixedDelay(this::checkInputs, 300, 300, TimeUnit.MILLISECONDS);
  }

  /** Builds once and serves; {@code port} 0 takes a free one. */
  public static Preview start(Builder builder, List<Path> inputs, Path out, int port, PrintWriter log) throws Exception {
    return new Preview(builder, inputs, out, port, log);
  }

  public String url() {
    return "http://127.0.0.1:" + server.port() + "/";
  }

  private void checkInputs() {
    if (watcher.changed()) {
      try {
        rebuild();
      } catch (Exception e) {
        log.println(e.getMessage() == null ? e.toString() : e.getMessage());
        log.flush();
      }
    }
  }

  private void rebuild() throws Exception {
    long next = served.get() + 1;
    List<Artifact> artifacts = builder.build(next);
    ArtifactWriter.write(out, artifacts, Progress.silent());
    served.set(next);
    log.println("build " + next + " served");
    log.flush();
  }

  @Override
  public void close() {
    poll.shutdownNow();
    server.close();
  }

  long build() {
    return served.get();
  }
}
