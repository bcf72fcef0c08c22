package io.github.anthology.io.ids;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.anthology.io.ReadException;
import io.github.anthology.model.PaperRef;
import io.github.anthology.model.source.SourceSpan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the reference system's side-car {@code mlr_registry.json}: {@code paper_ids} maps a paper key
 * {@code <first_author>-<year>-<arxiv_id or none>} to its paper id ({@code Kingma001}), and
 * {@code recommendation_ids} maps {@code <year>-<paper id>} to how many ids it issued for that paper;
 * ids {@code MLR-<year>-<paper id>-0001} up to that count were issued, in the paper's order.
 */
final class SideCarReader {
  private static final Pattern START = Pattern.compile("\\s*\\{\\s*\"(paper_ids|recommendation_ids)\"");
  private static final Pattern PAPER_KEY = Pattern.compile("(.*?)-(\\d{4})-(.+)");
  private static final Pattern COUNTER_KEY = Pattern.compile("(\\d{4})-([A-Za-z]*\\d{3})");

  /** The highest {@code <NNNN>} an id can hold. */
  private static final int MAX_NUMBER = 9999;

  private SideCarReader() {}

  /** Whether a text is a side-car file: a JSON object whose first key is one of its two. */
  static boolean isSideCar(String text) {
    return START.matcher(text).lookingAt();
  }

  static Published read(String file, String text) throws ReadException {
    Map<String, PaperRef> papers = new HashMap<>();
    List<Counter> counters = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(text)) {
      expect(p, p.nextToken(), JsonToken.START_OBJECT, file, "the side-car file must be a JSON object");
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String section = p.currentName();
        JsonToken value = p.nextToken();
        if (section.equals("paper_ids") || section.equals("recommendation_ids")) {
          expect(p, value, JsonToken.START_OBJECT, file, "`" + section + "` must be a JSON object");
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            SourceSpan at = span(file, p.currentTokenLocation());
            JsonToken v = p.nextToken();
            if (section.equals("paper_ids")) {
              expect(p, v, JsonToken.VALUE_STRING, file, "a paper id must be a string such as \"Kingma001\"");
              String paperId = p.getText();
              paper(key).ifPresent(ref -> papers.put(paperId, ref));
            } else {
              expect(p, v, JsonToken.VALUE_NUMBER_INT, file, "an id count must be a whole number");
              counters.add(new Counter(key, p.getIntValue(), at));
            }
          }
        } else {
          p.skipChildren();
        }
      }
    } catch (JsonProcessingException e) {
      throw new ReadException(span(file, e.getLocation()), "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<PublishedId> ids = new ArrayList<>();
    for (Counter c : counters) {
      issued(c, papers, ids);
    }
    return new Published(file, ids, true);
  }

  /** An entry of {@code recommendation_ids}, kept until every paper id is known (JSON keys have no order). */
  private record Counter(String key, int count, SourceSpan at) {}

  /** The ids {@code MLR-<year>-<paper id>-0001..count}, with the paper they were issued to. */
  private static void issued(Counter c, Map<String, PaperRef> papers, List<PublishedId> ids) throws ReadException {
    Matcher m = COUNTER_KEY.matcher(c.key());
    if (!m.matches()) {
      throw new ReadException(c.at(), "`" + c.key() + "` is not <year>-<paper id> such as 2014-Kingma001");
    }
    int year = Integer.parseInt(m.group(1));
    PaperRef known = papers.get(m.group(2));
    PaperRef source = known != null && known.year().orElse(-1) == year ? known : PaperRef.builder().year(year).build();
    for (int n = 1; n <= Math.min(c.count(), MAX_NUMBER); n++) {
      ids.add(new PublishedId(MlrId.of(c.key(), n), Optional.empty(), source, Optional.empty(), c.at()));
    }
  }

  /** The paper a key {@code Kingma-2014-1412.6980} names; {@code none} stands for no arXiv id. */
  private static Optional<PaperRef> paper(String key) {
    Matcher m = PAPER_KEY.matcher(key);
    if (!m.matches()) {
      return Optional.empty();
    }
    var ref = PaperRef.builder().firstAuthor(m.group(1)).year(Integer.parseInt(m.group(2)));
    if (!m.group(3).equals("none")) {
      ref.arxivId(m.group(3));
    }
    return Optional.of(ref.build());
  }

  private static void expect(JsonParser p, JsonToken got, JsonToken wanted, String file, String message)
      throws ReadException {
    if (got != wanted) {
      throw new ReadException(span(file, p.currentTokenLocation()), message);
    }
  }

  private static SourceSpan span(String file, JsonLocation at) {
    int line = at == null ? 0 : at.getLineNr();
    int column = at == null ? 0 : at.getColumnNr();
    int offset = at == null ? -1 : (int) at.getCharOffset();
    return new SourceSpan(file, Math.max(line, 0), Math.max(column, 0), Math.max(line, 0), Math.max(column, 0), offset, offset);
  }
}
