package io.github.anthology.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** A shown path always leads back to the file it names, and is relative exactly when the file is under the starting directory. */
class ProjectPathsProperties {
  private static final Path HERE = Path.of("/work/repo/module");

  @Property
  void aShownPathResolvesBackToItsFile(
      @ForAll @Size(max = 4) List<@AlphaChars @StringLength(min = 1, max = 5) String> under,
      @ForAll("ups") int up) {
    Path start = HERE;
    for (int i = 0; i < up; i++) {
      start = start.getParent();
    }
    Path file = under.stream().reduce(start, Path::resolve, (a, b) -> b);
    Path shown = new ProjectPaths(HERE).shown(new File(file.toString()));

    assertThat(HERE.resolve(shown).normalize()).isEqualTo(file.normalize());
    assertThat(shown.isAbsolute()).isEqualTo(!file.startsWith(HERE));
  }

  @Provide
  Arbitrary<Integer> ups() {
    return Arbitraries.integers().between(0, 3);
  }
}
