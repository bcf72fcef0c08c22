package io.github.anthology.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What publishing needs of the POMs: a BOM of exactly our artifacts, a licence, one web address. */
class PublishingTest {
  static final Path ROOT = Path.of("..");

  private static List<String> all(String regex, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile(regex).matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void theBomPinsEveryPublishedModuleAtTheProjectVersionAndNothingElse() throws Exception {
    String root = Files.readString(ROOT.resolve("pom.xml"));
    String bom = Files.readString(ROOT.resolve("anthology-bom/pom.xml"));
    List<String> published = all("<module>([^<]+)</module>", root).stream()
        .filter(m -> !m.equals("anthology-bom") && !m.equals("anthology-bench")).toList();
    String managed = bom.substring(bom.indexOf("<dependencyManagement>"), bom.indexOf("</dependencyManagement>"));

    assertThat(all("<artifactId>([^<]+)</artifactId>", managed)).containsAll(published).allMatch(published::contains);
    assertThat(all("<groupId>([^<]+)</groupId>", managed)).containsOnly("io.github.anthology");
    assertThat(all("<version>([^<]+)</version>", managed)).containsOnly("${project.version}");
    assertThat(all("<version>([^<]+)</version>", bom).get(0))
        .isEqualTo(all("<version>([^<]+)</version>", root).get(0));
    assertThat(bom).doesNotContain("<parent>");
  }

  @Test
  void theProjectIsApacheLicensedWithItsAddressSetOnce() throws Exception {
    String root = Files.readString(ROOT.resolve("pom.xml"));
    assertThat(Files.readString(ROOT.resolve("LICENSE"))).contains("Apache License").contains("Version 2.0, January 2004");
    assertThat(root).contains("<name>Apache-2.0</name>").contains("<developers>").contains("<scm ")
        .contains("<url>https://github.com/anthology/anthology</url>");
    assertThat(Files.readString(ROOT.resolve("anthology-rules/src/main/resources-filtered/io/github/anthology/rules/api/project.properties")))
        .contains("url=${project.url}");
  }
}
