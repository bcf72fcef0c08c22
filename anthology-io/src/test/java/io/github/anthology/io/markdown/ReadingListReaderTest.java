package io.github.anthology.io.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.model.Heading;
import io.github.anthology.model.ReadingList;
import io.github.anthology.model.Resource;
import io.github.anthology.model.source.Scalar;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReadingListReaderTest {

  private static ReadingList read(String name) throws Exception {
    return ReadingListReader.read(name, Files.readString(Path.of("../testdata/reading-lists/" + name)));
  }

  @Test
  void headingsBecomeSectionsWithGitHubAnchors() throws Exception {
    ReadingList list = read("cookbook.md");
    assertThat(list.headings()).extracting(Heading::anchor).contains(
        "the-cookbook", "table-of-contents", "how-to-do-llm-calculations", "data-and-model-directories",
        "minimal-repositories-for-educational-purposes", "cite-as");
    Heading first = list.headings().get(0);
    assertThat(first.level()).isEqualTo(1);
    assertThat(first.span().location()).isEqualTo("cookbook.md:1:1");
  }

  @Test
  void linksBecomeResourcesUnderTheirSectionPathWithTheRestOfTheEntryAsDescription() throws Exception {
    Resource cerebras = read("cookbook.md").resources().stream()
        .filter(r -> r.title().equals("Cerebras Model Lab")).findFirst().orElseThrow();
    assertThat(cerebras.url().text()).isEqualTo("https://www.cerebras.net/model-lab/");
    assertThat(cerebras.sectionPath()).containsExactly("The Cookbook", "Utilities", "Calculations");
    assertThat(cerebras.description()).contains("User-friendly tool to apply Chinchilla scaling laws.");
    assertThat(cerebras.url().span().location()).isEqualTo("cookbook.md:30:22");
  }

  @Test
  void linksToAnchorsAreKeptApartFromResources() throws Exception {
    ReadingList list = read("cookbook.md");
    assertThat(list.anchorLinks()).extracting(Scalar::text).startsWith("basics", "the-cookbook", "utilities");
    assertThat(list.resources()).noneMatch(r -> r.url().text().startsWith("#"));
  }

  @Test
  void urlsWrittenAsPlainTextAreFoundWithTheirPlace() throws Exception {
    ReadingList list = read("cookbook.md");
    assertThat(list.bareUrls()).extracting(Scalar::text).contains(
        "https://github.com/pytorch-labs/gpt-fast/tree/main", "https://github.com/karpathy/minGPT");
    String text = Files.readString(Path.of("../testdata/reading-lists/cookbook.md"));
    for (Scalar url : list.bareUrls()) {
      assertThat(text.substring(url.span().startOffset(), url.span().endOffset())).isEqualTo(url.text());
    }
  }

  @Test
  void aBareUrlAfterBoldTextIsFoundAndALinkWhoseTextIsAUrlIsNot() throws Exception {
    ReadingList list = read("resources.md");
    assertThat(list.bareUrls()).extracting(Scalar::text)
        .containsExactly("https://arxiv.org/abs/2205.14135");
  }

  @Test
  void emptySectionsHaveNoContentBlocks() throws Exception {
    ReadingList list = ReadingListReader.read("l.md", "# A\n\n## B\n\n## C\ntext\n<!-- a note -->\n## D\n");
    assertThat(list.headings()).extracting(Heading::contentBlocks).containsExactly(0, 0, 1, 0);
  }

  @Test
  void repeatedHeadingsGetNumberedAnchors() throws Exception {
    ReadingList list = ReadingListReader.read("l.md", "# Notes\n# Notes\n# Notes-1\n# Q&A: What's new?\n");
    assertThat(list.headings()).extracting(Heading::anchor)
        .containsExactly("notes", "notes-1", "notes-1-1", "qa-whats-new");
  }
}
