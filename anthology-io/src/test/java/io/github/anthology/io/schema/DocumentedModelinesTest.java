package io.github.anthology.io.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The schema modelines docs/editors.md gives per file work where the YAML language server reads
 * them: resolved against the file's own directory, they reach a published schema that accepts the file.
 */
class DocumentedModelinesTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| `# yaml-language-server: \\$schema=([^`]+)` \\|$",
      Pattern.MULTILINE);

  @Test
  void everyDocumentedModelineReachesASchemaThatAcceptsItsFile() throws Exception {
    Matcher rows = ROW.matcher(Files.readString(ROOT.resolve("docs/editors.md")));
    List<String> checked = new ArrayList<>();
    while (rows.find()) {
      Path file = ROOT.resolve(rows.group(1));
      Path schema = file.getParent().resolve(rows.group(2)).normalize();
      assertThat(schema).as("the modeline of %s", rows.group(1)).isRegularFile();
      assertThat(schema.getParent()).isEqualTo(ROOT.resolve("docs/schemas").normalize());
      var validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(new ObjectMapper().readTree(schema.toFile()));
      assertThat(validator.validate(new ObjectMapper(new YAMLFactory()).readTree(file.toFile()))).as(rows.group(1)).isEmpty();
      checked.add(rows.group(1));
    }
    assertThat(checked).contains("examples/sota/taxonomy.yaml", "examples/sota/research.yaml");
  }

  @Test
  void theGuideSaysAModelinesPathIsRelativeToItsFile() throws Exception {
    String formats = Files.readString(ROOT.resolve("docs/formats.md"));
    assertThat(formats).contains("$schema=../../docs/schemas/taxonomy.schema.json").contains("directory of that file");
  }
}
