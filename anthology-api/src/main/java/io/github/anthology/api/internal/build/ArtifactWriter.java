package io.github.anthology.api.internal.build;

import io.github.anthology.api.build.BuildProgress;
import io.github.anthology.io.edit.AtomicWriter;
import io.github.anthology.render.build.Artifact;
import io.github.anthology.render.text.TextOut;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Renders every artifact into a temporary file beside its target first, streaming, the artifacts
 * side by side on the available cores (they are independent); only when all are written does each
 * take its place, so a failure while rendering leaves the output directory untouched and a reader
 * never sees half a file.
 */
public final class ArtifactWriter {
  private ArtifactWriter() {}

  /**
   * The order to render in so that two threads finish together: the longest first (measured at
   * 100k recommendations: registry.yaml's YAML emitter, then REGISTRY.md, the site, registry.json),
   * names not listed last in their given order.
   */
  static final List<String> HEAVIEST_FIRST =
      List.of("registry.yaml", "REGISTRY.md", "index.html", "registry.json", "TOPICS.md");

  /** The artifacts in the order to render them: see {@link #HEAVIEST_FIRST}. */
  static List<Artifact> renderOrder(List<Artifact> artifacts) {
    return artifacts.stream().sorted(Comparator.comparingInt(a -> {
      int rank = HEAVIEST_FIRST.indexOf(a.path());
      return rank < 0 ? HEAVIEST_FIRST.size() : rank;
    })).toList();
  }

  /**
   * Writes the artifacts under a directory.
   *
   * @param dir the output directory
   * @param artifacts what to write
   * @param progress where progress goes
   * @return the paths written, relative to {@code dir}, in render order
   * @throws IOException when a file cannot be rendered or written; then no file was replaced
   */
  public static List<String> write(Path dir, List<Artifact> artifacts, BuildProgress progress) throws IOException {
    AtomicWriter writer = AtomicWriter.standard();
    int threads = Math.max(1, Math.min(artifacts.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "anthology-build");
      t.setDaemon(true);
      return t;
    });
    List<Future<AtomicWriter.Staged>> pending = new ArrayList<>();
    List<AtomicWriter.Staged> staged = new ArrayList<>();
    try (progress) {
      progress.start(artifacts.size() + 1L);
      List<Artifact> order = renderOrder(artifacts);
      for (Artifact a : order) {
        Path target = dir.resolve(a.path());
        Files.createDirectories(target.toAbsolutePath().getParent());
        pending.add(pool.submit(() -> {
          step(progress, "rendering " + a.path());
          return writer.stage(target, out -> render(a, out));
        }));
      }
      for (Future<AtomicWriter.Staged> f : pending) {
        staged.add(await(f));
      }
      step(progress, "writing " + staged.size() + " files");
      writer.commitAll(staged);
    } finally {
      pool.shutdownNow().forEach(neverStarted -> ((Future<?>) neverStarted).cancel(false));
      for (Future<AtomicWriter.Staged> f : pending) {
        discard(f);
      }
    }
    return renderOrder(artifacts).stream().map(Artifact::path).toList();
  }

  private static void render(Artifact a, java.io.OutputStream out) throws IOException {
    TextOut text = new TextOut(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    try {
      a.content().writeTo(text);
      text.flush();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static synchronized void step(BuildProgress progress, String what) {
    progress.step(what);
  }

  private static AtomicWriter.Staged await(Future<AtomicWriter.Staged> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while rendering", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Removes a temporary file that was not committed (a no-op after a commit). */
  private static void discard(Future<AtomicWriter.Staged> f) throws IOException {
    try {
      f.get().close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | java.util.concurrent.CancellationException e) {
      // its failure is reported already, or it never started; a failed stage leaves no file behind
    }
  }
}
