package io.github.anthology.io.registry;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.anthology.io.yaml.YamlDocument;
import java.io.IOException;
import java.io.StringReader;
import org.yaml.snakeyaml.parser.ParserImpl;

/**
 * Jackson's YAML factory, whose parsers of a text in memory read it in place ({@link
 * YamlDocument#parserOf}): linear in the length of a scalar, with exact character offsets.
 */
final class InPlaceYamlFactory extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  InPlaceYamlFactory(YAMLFactoryBuilder builder) {
    super(builder);
  }

  @Override
  public YAMLParser createParser(String content) throws IOException {
    IOContext context = _createContext(_createContentReference(content), true);
    return new InPlace(context, _parserFeatures, _yamlParserFeatures, _objectCodec,
        YamlDocument.parserOf(content, _loaderOptions));
  }

  /** A parser over a SnakeYAML parser made elsewhere. */
  private static final class InPlace extends YAMLParser {
    InPlace(IOContext context, int features, int yamlFeatures, ObjectCodec codec, ParserImpl parser) {
      super(context, features, yamlFeatures, codec, new StringReader(""), parser);
    }
  }
}
