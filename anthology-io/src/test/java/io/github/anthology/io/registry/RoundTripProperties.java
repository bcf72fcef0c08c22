package io.github.anthology.io.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.io.ReadException;
import io.github.anthology.model.Anthology;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class RoundTripProperties {

  @Provide
  Arbitrary<Anthology> anthologies() {
    return Generated.anthology();
  }

  @Property(tries = 300)
  void readingWhatWasWrittenGivesBackEveryRecommendation(
      @ForAll("anthologies") Anthology anthology, @ForAll RegistryFormat format) throws ReadException {
    String written = RegistryWriter.write(anthology, format, ExportOptions.DEFAULT);
    RegistryContents read = RegistryReader.read("registry", written, format);
    assertThat(Content.of(read.recommendations())).isEqualTo(Content.of(anthology.recommendations()));
    if (format != RegistryFormat.JSONL) {
      assertThat(read.schemaVersion()).isEqualTo(anthology.schemaVersion());
    }
  }

  @Property(tries = 100)
  void writingIsDeterministicAndWritingWhatWasReadChangesNothing(
      @ForAll("anthologies") Anthology anthology, @ForAll RegistryFormat format) throws ReadException {
    String once = RegistryWriter.write(anthology, format, ExportOptions.DEFAULT);
    assertThat(RegistryWriter.write(anthology, format, ExportOptions.DEFAULT)).isEqualTo(once);
    Anthology again = Anthology.builder().schemaVersion(anthology.schemaVersion())
        .recommendations(RegistryReader.read("registry", once, format).recommendations()).build();
    assertThat(RegistryWriter.write(again, format, ExportOptions.DEFAULT)).isEqualTo(once);
  }

  @Property(tries = 50)
  void everyReadRecommendationPointsIntoTheWrittenText(
      @ForAll("anthologies") @Size(min = 1) Anthology anthology, @ForAll RegistryFormat format) throws ReadException {
    String written = RegistryWriter.write(anthology, format, ExportOptions.DEFAULT);
    for (var rec : RegistryReader.read("registry", written, format).recommendations()) {
      assertThat(rec.span().startOffset()).isBetween(0, written.length());
      assertThat(rec.span().endOffset()).isBetween(rec.span().startOffset(), written.length());
      String status = written.substring(rec.declaredStatus().orElseThrow().span().startOffset(),
          rec.declaredStatus().orElseThrow().span().endOffset());
      assertThat(status.replace("\"", "")).isEqualTo(rec.status().label());
    }
  }
}
