package io.github.anthology.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryLoaderUnsavedTest {
  private static final String SAVED = "2020:\n  - title: A\n    topics: [training-optimization]\n    sota: [Saved]\n";
  private static final String UNSAVED = SAVED.replace("Saved", "Unsaved");

  @TempDir Path dir;

  @Test
  void anUnsavedTextStandsInForTheFileOnDiskAndTheOtherFilesAreStillRead() throws Exception {
    Path research = Files.writeString(dir.resolve("research.yaml"), SAVED);
    Files.writeString(dir.resolve("taxonomy.yaml"), "topics:\n  - name: training-optimization\n");

    LoadedRegistry loaded = RegistryLoader.load(List.of(dir), Map.of(research.toAbsolutePath(), UNSAVED));

    assertThat(loaded.anthology().recommendations()).extracting(r -> r.text()).containsExactly("Unsaved");
    assertThat(loaded.anthology().taxonomy()).isPresent();
    assertThat(loaded.texts()).containsEntry(SourceFiles.display(research), UNSAVED).hasSize(2);
  }

  @Test
  void anUnsavedTextOfAFileTheInputsDoNotNameIsReadAfterThem() throws Exception {
    Files.writeString(dir.resolve("taxonomy.yaml"), "topics:\n  - name: training-optimization\n");
    Path draft = dir.resolve("drafts/new.yaml");

    LoadedRegistry loaded = RegistryLoader.load(List.of(dir.resolve("taxonomy.yaml")), Map.of(draft, UNSAVED));

    assertThat(loaded.texts().keySet()).containsExactly(SourceFiles.display(dir.resolve("taxonomy.yaml")),
        SourceFiles.display(draft));
    assertThat(loaded.anthology().recommendations()).extracting(r -> r.span().file())
        .containsExactly(SourceFiles.display(draft));
  }

  @Test
  void withNoPathsOnlyTheUnsavedTextsAreRead() throws Exception {
    LoadedRegistry loaded = RegistryLoader.load(List.of(), Map.of(Path.of("research.yaml"), UNSAVED));

    assertThat(loaded.anthology().recommendations()).extracting(r -> r.text()).containsExactly("Unsaved");
  }

  @Test
  void theFilesReadFromDiskAreTheOnesThePathsStandForAndNoneForNoPath() throws Exception {
    Files.writeString(dir.resolve("research.yaml"), SAVED);
    Files.writeString(dir.resolve("taxonomy.yaml"), "topics:\n  - name: training-optimization\n");

    assertThat(RegistryInputs.files(List.of(dir), RegistryInputs.WhenEmpty.NOTHING)).containsExactly(dir.resolve("taxonomy.yaml"),
        dir.resolve("research.yaml"));
    assertThat(RegistryInputs.files(List.of(), RegistryInputs.WhenEmpty.NOTHING)).isEmpty();
  }
}
