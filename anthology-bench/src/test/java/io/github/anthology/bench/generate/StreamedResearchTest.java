package io.github.anthology.bench.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.io.yaml.ResearchStream;
import io.github.anthology.io.yaml.ResearchYamlReader;
import io.github.anthology.io.yaml.YamlDocument;
import io.github.anthology.model.Paper;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Generated workloads read the same streamed (in parts on a machine of several cores) as composed whole. */
class StreamedResearchTest {
  @ParameterizedTest
  @ValueSource(longs = {42, 7})
  void aGeneratedResearchYamlReadsTheSameStreamedAsComposed(long seed) throws Exception {
    StringWriter out = new StringWriter();
    ResearchYamlWriter.write(RegistryGenerator.generate(GeneratorSettings.of(6_000).withSeed(seed)), out);
    String text = out.toString();
    List<Paper> composed = ResearchYamlReader.read(YamlDocument.parse("research.yaml", text));
    assertThat(composed.stream().mapToInt(p -> p.recommendations().size()).sum()).isEqualTo(6_000);
    assertThat(ResearchStream.read("research.yaml", text)).contains(composed);
  }
}
