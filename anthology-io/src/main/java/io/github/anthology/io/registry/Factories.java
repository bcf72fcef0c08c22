package io.github.anthology.io.registry;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.github.anthology.io.yaml.YamlDocument;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The Jackson factories of the files Anthology reads and writes, configured once: input limits,
 * duplicate keys as errors, stable output (no document marker, no folded lines, {@code \n} line
 * ends, and quotes on any text a YAML 1.1 reader would take for something else).
 */
public final class Factories {
  private static final int MAX_DEPTH = 64;

  public static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  public static final YAMLFactory YAML = yaml();

  private Factories() {}

  private static InPlaceYamlFactory yaml() {
    LoaderOptions limits = new LoaderOptions();
    limits.setMaxAliasesForCollections(20);
    limits.setAllowRecursiveKeys(false);
    limits.setNestingDepthLimit(MAX_DEPTH);
    limits.setCodePointLimit(YamlDocument.MAX_CODE_POINTS);
    return new InPlaceYamlFactory(YAMLFactory.builder()
        .loaderOptions(limits)
        .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .disable(YAMLGenerator.Feature.SPLIT_LINES)
        .disable(YAMLGenerator.Feature.USE_PLATFORM_LINE_BREAKS)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .stringQuotingChecker(YamlQuoting.INSTANCE));
  }

  static JsonFactory of(RegistryFormat format) {
    return format == RegistryFormat.YAML ? YAML : JSON;
  }
}
