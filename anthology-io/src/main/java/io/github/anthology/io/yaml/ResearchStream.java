package io.github.anthology.io.yaml;

import io.github.anthology.io.ReadException;
import io.github.anthology.model.Paper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.ParserImpl;

/**
 * Reads a research.yaml without holding its node tree: each paper is composed, checked and read,
 * then let go ({@link StreamingComposer}, {@link PaperStream}), so memory follows the papers
 * read, not the YAML tree (which takes about 20 times the file). It gives what composing the whole
 * document and reading it ({@link YamlDocument}, {@link ResearchYamlReader}) gives, papers or
 * error, position for position; for the few documents where it cannot be sure of that (an
 * anchored or tagged root or year list, an alias to a node not yet complete) it gives nothing and
 * the caller composes the document whole. A large document is read in parts on several threads
 * ({@link YamlChunks}); if any part fails, the whole is read again in one stream, for the error
 * that reading gives.
 */
public final class ResearchStream {
  private static final String YEAR = "\\d{4}";

  private ResearchStream() {}

  /** Whether the text's root is a plain mapping whose first key is a year: a research.yaml this stream reads. */
  public static boolean startsAsResearch(String text) {
    ParserImpl parser = YamlDocument.parserOf(text, YamlDocument.options());
    try {
      parser.getEvent(); // the stream's start
      if (!parser.checkEvent(Event.ID.DocumentStart)) {
        return false;
      }
      parser.getEvent();
      return parser.getEvent() instanceof MappingStartEvent root && root.getTag() == null && root.getAnchor() == null
          && parser.peekEvent() instanceof ScalarEvent key && key.getAnchor() == null && key.getValue().matches(YEAR);
    } catch (YAMLException e) {
      return false;
    }
  }

  /**
   * The papers of a research.yaml (by {@link #startsAsResearch}), or nothing when the text is not
   * one or the stream cannot be sure to read it as the composed document would be read.
   */
  public static Optional<List<Paper>> read(String file, String text) throws ReadException {
    return read(file, text, YamlChunks.parts(text));
  }

  /** As {@link #read(String, String)}, in {@code parts} parts when the text can be cut so. */
  static Optional<List<Paper>> read(String file, String text, int parts) throws ReadException {
    if (!startsAsResearch(text)) {
      return Optional.empty();
    }
    YamlDocument.refuseUnprintable(file, text);
    Optional<List<Paper>> inParts = parts < 2 ? Optional.empty()
        : YamlChunks.inParts(text, parts, (t, start, end, line) -> part(file, t, start, end, line))
            .flatMap(read -> join(read, NodeCheck.allowed(text.length())));
    return inParts.isPresent() ? inParts : whole(file, text);
  }

  private static Optional<List<Paper>> whole(String file, String text) throws ReadException {
    TextReader reader = new TextReader(text);
    PaperStream stream = new PaperStream(file, text.length());
    try {
      compose(reader, stream);
    } catch (YAMLException e) {
      throw YamlDocument.unreadable(file, e, reader);
    }
    return stream.papers();
  }

  private static void compose(TextReader reader, PaperStream stream) {
    LoaderOptions options = YamlDocument.options();
    StreamingComposer.of(new ParserImpl(reader, options), options, stream).getSingleNode();
  }

  /** One part read on its own: a block mapping of years, read without fault; otherwise null. */
  private static PaperStream part(String file, String text, int start, int end, int line) {
    PaperStream stream = new PaperStream(file, text.length());
    try {
      compose(new TextReader(text, start, end, line), stream);
      return stream.blockRoot() && stream.papers().isPresent() ? stream : null;
    } catch (YAMLException | ReadException e) {
      return null;
    }
  }

  /** The parts' papers in order, unless the parts share a year or together pass the node budget. */
  private static Optional<List<Paper>> join(List<PaperStream> parts, long allowed) {
    Set<String> years = new HashSet<>();
    List<Paper> papers = new ArrayList<>();
    long counted = 1;
    for (PaperStream part : parts) {
      for (String year : part.years()) {
        if (!years.add(year)) {
          return Optional.empty();
        }
      }
      counted += part.counted() - 1;
      try {
        papers.addAll(part.papers().orElseThrow());
      } catch (ReadException e) {
        return Optional.empty();
      }
    }
    return counted > allowed ? Optional.empty() : Optional.of(papers);
  }
}
