package io.github.anthology.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The sample builds resolve only from the local repository, which on a fresh machine holds just
 * what this build itself used. So the sample rule project (the one sample that compiles and
 * packages) must pin the very plugin versions the parent POM manages, and the install plugin it
 * uses must be the one the invoker brings in as an extra artifact; otherwise the integration tests
 * pass where an older build left other versions behind and fail on a clean CI machine.
 */
class SampleBuildPluginsTest {
  @Test
  void theSampleRuleProjectUsesThePluginVersionsOfThisBuild() throws Exception {
    Map<String, String> managed = plugins(xml(Path.of("../pom.xml")), "pluginManagement");
    Map<String, String> sample = plugins(xml(Path.of("src/it/acme-rules/pom.xml")), "build");

    assertThat(sample).isNotEmpty();
    sample.forEach((plugin, version) -> assertThat(managed).as(plugin).containsEntry(plugin, version));
  }

  @Test
  void theInstallPluginTheSampleRuleProjectUsesIsBroughtIntoThePrivateRepository() throws Exception {
    Document pom = xml(Path.of("pom.xml"));
    NodeList extras = pom.getElementsByTagName("extraArtifact");
    String install = "org.apache.maven.plugins:maven-install-plugin:"
        + plugins(xml(Path.of("src/it/acme-rules/pom.xml")), "build").get("maven-install-plugin") + ":maven-plugin";
    assertThat(extras.getLength()).isPositive();
    assertThat(extras.item(0).getTextContent().trim()).isEqualTo(install);
  }

  private static Document xml(Path file) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
  }

  /** artifactId to version of the plugins directly under the first element of that name. */
  private static Map<String, String> plugins(Document pom, String under) {
    Element section = (Element) pom.getElementsByTagName(under).item(0);
    Element plugins = child(section, "plugins");
    Map<String, String> versions = new LinkedHashMap<>();
    NodeList list = plugins.getElementsByTagName("plugin");
    for (int i = 0; i < list.getLength(); i++) {
      Element plugin = (Element) list.item(i);
      if (plugin.getParentNode() == plugins && child(plugin, "version") != null) {
        versions.put(child(plugin, "artifactId").getTextContent().trim(), child(plugin, "version").getTextContent().trim());
      }
    }
    return versions;
  }

  private static Element child(Element parent, String name) {
    for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element e && e.getTagName().equals(name)) {
        return e;
      }
    }
    return null;
  }
}
