package io.github.anthology.api.internal.serve;

import io.github.anthology.api.AnthologyException;
import io.github.anthology.api.build.BuildProgress;
import io.github.anthology.api.build.Preview;
import io.github.anthology.api.internal.Errors;
import io.github.anthology.api.internal.build.ArtifactWriter;
import io.github.anthology.render.build.Artifact;
import io.github.anthology.render.template.TemplateException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The live preview: builds into a directory, serves it on 127.0.0.1, and rebuilds whenever an
 * input changes. Each build has a number, written into its page; the page asks the server for the
 * current number and reloads itself when it is newer. A build that fails (say the YAML is broken
 * mid-edit) is reported and the last good one stays served.
 */
public final class LivePreview implements Preview {
  /** Makes the artifacts of build number {@code n}. */
  @FunctionalInterface
  public interface Builder {
    /**
     * @param n the build's number
     * @return its artifacts
     * @throws AnthologyException when the registry cannot be built as it is now
     */
    List<Artifact> build(long n) throws AnthologyException;
  }

  private final Builder builder;
  private final Path out;
  private final Consumer<String> log;
  private final AtomicLong served = new AtomicLong();
  private final OutputServer server;
  private final InputWatcher watcher;
  private final ScheduledExecutorService poll = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "anthology-watch");
    t.setDaemon(true);
    return t;
  });

  private LivePreview(Builder builder, List<Path> inputs, Path out, int port, Consumer<String> log)
      throws AnthologyException {
    this.builder = builder;
    this.out = out;
    this.log = log;
    this.watcher = new InputWatcher(inputs);
    rebuild();
    try {
      this.server = new OutputServer(out, port, served::get);
    } catch (IOException e) {
      throw AnthologyException.of("cannot serve on 127.0.0.1:" + port + ": " + Errors.describe(e), e);
    }
    poll.scheduleWithFixedDelay(this::checkInputs, 300, 300, TimeUnit.MILLISECONDS);
  }

  /**
   * Builds once and serves.
   *
   * @param builder makes each build's artifacts
   * @param inputs the files and directories to watch
   * @param out the directory to build into
   * @param port the port on 127.0.0.1; 0 takes a free one
   * @param log where each build's outcome goes, one line at a time
   * @return the running preview
   * @throws AnthologyException when the first build fails or the port cannot be used
   */
  public static LivePreview start(Builder builder, List<Path> inputs, Path out, int port, Consumer<String> log)
      throws AnthologyException {
    return new LivePreview(builder, inputs, out, port, log);
  }

  @Override
  public String url() {
    return "http://127.0.0.1:" + server.port() + "/";
  }

  private void checkInputs() {
    if (watcher.changed()) {
      try {
        rebuild();
      } catch (AnthologyException | RuntimeException e) {
        log.accept(e.getMessage() == null ? e.toString() : e.getMessage());
      }
    }
  }

  private void rebuild() throws AnthologyException {
    long next = served.get() + 1;
    List<Artifact> artifacts = builder.build(next);
    try {
      ArtifactWriter.write(out, artifacts, BuildProgress.silent());
    } catch (IOException e) {
      throw Errors.cannotWrite(out, e);
    } catch (TemplateException e) {
      throw AnthologyException.of(e.getMessage(), e);
    }
    served.set(next);
    log.accept("build " + next + " served");
  }

  @Override
  public void close() {
    poll.shutdownNow();
    server.close();
  }

  @Override
  public long build() {
    return served.get();
  }
}
