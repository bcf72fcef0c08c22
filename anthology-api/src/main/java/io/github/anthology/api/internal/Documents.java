package io.github.anthology.api.internal;

import io.github.anthology.api.AnthologyException;
import io.github.anthology.io.SourceFiles;
import io.github.anthology.io.edit.AtomicWriter;
import io.github.anthology.io.markdown.ReadingListReader;
import io.github.anthology.io.markdown.ResourcesYamlWriter;
import io.github.anthology.model.stats.RegistryStatistics;
import io.github.anthology.render.stats.StatsJson;
import io.github.anthology.render.stats.StatsText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Texts made from a registry or a reading list, and writing a text to a file atomically. */
public final class Documents {
  /** The formats statistics come in. */
  public static final List<String> STATISTICS_FORMATS = List.of("text", "json");

  private final Session session;

  /**
   * @param session the workspace's session
   */
  public Documents(Session session) {
    this.session = session;
  }

  /**
   * @return the counts of the inputs as given
   * @throws AnthologyException when an input cannot be read
   */
  public RegistryStatistics statistics() throws AnthologyException {
    return RegistryStatistics.of(session.readGiven().anthology());
  }

  /**
   * @param format {@code text} or {@code json}
   * @return the counts in that format
   * @throws AnthologyException when the format is unknown or an input cannot be read
   */
  public String statistics(String format) throws AnthologyException {
    if (!STATISTICS_FORMATS.contains(format)) {
      throw AnthologyException.of("unknown format `" + format + "`; use text or json");
    }
    RegistryStatistics stats = statistics();
    return format.equals("json") ? StatsJson.render(stats) : StatsText.render(stats);
  }

  /**
   * @param markdown a Markdown reading list
   * @return its resources as YAML
   * @throws AnthologyException when the file cannot be read
   */
  public String importList(Path markdown) throws AnthologyException {
    Path file = session.options().resolve(markdown);
    return Errors.translate(() -> ResourcesYamlWriter.write(
        ReadingListReader.read(SourceFiles.display(file), SourceFiles.read(file))));
  }

  /**
   * Writes a text, refusing (before anything is written) a file that is one of the inputs' files.
   *
   * @param file where to write, resolved against the working directory
   * @param text what to write, as UTF-8
   * @param label how the file is named in messages (an option such as {@code --output})
   * @throws AnthologyException when the file names an input or cannot be written
   */
  public void write(Path file, String text, String label) throws AnthologyException {
    Path target = session.options().resolve(file);
    refuseInput(target, label);
    writeUnguarded(target, text);
  }

  /**
   * Fails when a file is one of the inputs' files, or the configuration or a registry file beside one.
   *
   * @param file the output, resolved
   * @param label how the file is named in messages
   * @throws AnthologyException when it is
   */
  public void refuseInput(Path file, String label) throws AnthologyException {
    Outputs.refuse(label, file, session.selection().paths());
  }

  /**
   * @param target where to write, resolved
   * @param text what to write, as UTF-8
   * @throws AnthologyException when the file cannot be written
   */
  public void writeUnguarded(Path target, String text) throws AnthologyException {
    try {
      AtomicWriter.standard().write(target, text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw Errors.cannotWrite(target, e);
    }
  }
}
