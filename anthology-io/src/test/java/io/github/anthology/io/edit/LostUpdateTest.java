package io.github.anthology.io.edit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.io.ReadException;
import io.github.anthology.io.SourceFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two writers that read the same text: the second must find it changed and write nothing, even
 * when it checks while the first is between its own check and its rename (the window where an
 * update used to be lost).
 */
class LostUpdateTest {
  @TempDir Path dir;

  @Test
  void theSecondOfTwoWritersWritesNothingEvenInsideTheFirstsCommit() throws Exception {
    Path file = Files.writeString(dir.resolve("research.yaml"), "2020: []\n");
    String name = SourceFiles.display(file);
    ChangeSet ids = new ChangeSet();
    ids.put(name, "2020: []\n", "2020: [] # ids\n");
    ChangeSet migrate = new ChangeSet();
    migrate.put(name, "2020: []\n", "2020: [] # migrated\n");
    CountDownLatch firstInsideItsCommit = new CountDownLatch(1);
    CountDownLatch letFirstFinish = new CountDownLatch(1);
    AtomicWriter slowFirst = new AtomicWriter((temporary, target) -> {
      firstInsideItsCommit.countDown();
      await(letFirstFinish);
      Mover.atomic().move(temporary, target);
    });

    CompletableFuture<Object> first = CompletableFuture.supplyAsync(() -> write(ids, slowFirst));
    assertThat(firstInsideItsCommit.await(30, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<Object> second = CompletableFuture.supplyAsync(() -> write(migrate, AtomicWriter.standard()));
    Thread.sleep(300);
    assertThat(second).isNotDone(); // it waits for the lock rather than checking a text about to change
    letFirstFinish.countDown();

    assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo("written");
    assertThat(second.get(30, TimeUnit.SECONDS)).asString().contains("changed on disk since it was read")
        .contains("nothing was written");
    assertThat(file).hasContent("2020: [] # ids");
  }

  private static Object write(ChangeSet changes, AtomicWriter writer) {
    try {
      changes.write(writer);
      return "written";
    } catch (ReadException e) {
      return e.getMessage();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
