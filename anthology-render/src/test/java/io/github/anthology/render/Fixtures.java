package io.github.anthology.render;

import io.github.anthology.io.ReadException;
import io.github.anthology.io.RegistryLoader;
import io.github.anthology.model.Anthology;
import io.github.anthology.render.view.RegistryView;
import java.nio.file.Path;
import java.util.List;

/** Registries the render tests read: the real data of the reference system and small fixtures. */
public final class Fixtures {
  public static final Path REAL = Path.of("../testdata/anthology-of-the-sota/research.yaml");
  public static final Path EXAMPLE = Path.of("../examples/sota");
  public static final Path STATUSES = Path.of("src/test/resources/fixtures/statuses");

  private Fixtures() {}

  public static Anthology load(Path path) {
    try {
      return RegistryLoader.load(List.of(path)).anthology();
    } catch (ReadException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  public static RegistryView view(Path path) {
    return RegistryView.of(load(path));
  }
}
