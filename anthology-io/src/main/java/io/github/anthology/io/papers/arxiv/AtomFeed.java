package io.github.anthology.io.papers.arxiv;

import io.github.anthology.io.papers.PersonNames;
import io.github.anthology.io.papers.Withdrawals;
import io.github.anthology.model.ArxivId;
import io.github.anthology.model.ImmutablePaperMetadata;
import io.github.anthology.model.PaperMetadata;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an arXiv API response, an Atom feed, with the JDK's streaming XML parser hardened: no DTD
 * support, no external entities, no external resources of any kind, and a document that declares
 * a DOCTYPE at all is refused (the API never sends one; a response that does is not arXiv's, and
 * entity expansion is how XML attacks work). Entries without an id (how the API answers an id it
 * does not have, in a list of several) are skipped; an error entry is an error.
 */
final class AtomFeed {
  static final String ATOM = "http://www.w3.org/2005/Atom";
  static final String ARXIV = "http://arxiv.org/schemas/atom";
  static final String SOURCE = "arxiv-api";
  private static final XMLInputFactory FACTORY = hardened();

  private AtomFeed() {}

  /** A response that is not a usable feed; the message says why. */
  static final class BadFeed extends Exception {
    private static final long serialVersionUID = 1L;

    BadFeed(String message) {
      super(message);
    }
  }

  static List<PaperMetadata> entries(InputStream body) throws BadFeed {
    try {
      XMLStreamReader r = FACTORY.createXMLStreamReader(body);
      try {
        return read(r);
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      throw new BadFeed("the response is not well-formed XML (" + e.getMessage().replaceAll("\\s+", " ") + ")");
    }
  }

  private static List<PaperMetadata> read(XMLStreamReader r) throws XMLStreamException, BadFeed {
    List<PaperMetadata> entries = new ArrayList<>();
    boolean root = true;
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.DTD) {
        throw new BadFeed("the response declares a DOCTYPE; refused (arXiv's feeds have none)");
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (root && !(ATOM.equals(r.getNamespaceURI()) && r.getLocalName().equals("feed"))) {
          throw new BadFeed("the response is not an Atom feed (its root is <" + r.getLocalName() + ">)");
        }
        root = false;
        if (ATOM.equals(r.getNamespaceURI()) && r.getLocalName().equals("entry")) {
          Entry e = entry(r);
          if (e.id != null) {
            entries.add(e.metadata());
          }
        }
      }
    }
    return entries;
  }

  /** Reads one entry, the reader standing at its start; leaves it at its end. */
  private static Entry entry(XMLStreamReader r) throws XMLStreamException, BadFeed {
    Entry e = new Entry();
    int depth = 1;
    while (depth > 0) {
      int event = r.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        if (depth == 1 && e.take(r.getNamespaceURI(), r.getLocalName(), r)) {
          continue; // the element was read whole
        }
        depth++;
      }
    }
    if (e.id != null && e.id.contains("/api/errors")) {
      throw new BadFeed("the API answered with an error: " + (e.summary == null ? e.id : e.summary.trim()));
    }
    return e;
  }

  /** What one entry says. */
  private static final class Entry {
    String id;
    String published;
    String title;
    String firstAuthor;
    String comment;
    String journalRef;
    String summary;

    /** Reads a child element the entry cares about whole; false for one it does not. */
    boolean take(String ns, String name, XMLStreamReader r) throws XMLStreamException {
      if (ATOM.equals(ns)) {
        switch (name) {
          case "id" -> id = r.getElementText().trim();
          case "published" -> published = r.getElementText().trim();
          case "title" -> title = r.getElementText();
          case "summary" -> summary = r.getElementText();
          case "author" -> {
            String author = authorName(r);
            firstAuthor = firstAuthor == null ? author : firstAuthor;
          }
          default -> {
            return false;
          }
        }
        return true;
      }
      if (ARXIV.equals(ns) && (name.equals("comment") || name.equals("journal_ref"))) {
        String text = r.getElementText();
        if (name.equals("comment")) {
          comment = text;
        } else {
          journalRef = collapse(text);
        }
        return true;
      }
      return false;
    }

    PaperMetadata metadata() throws BadFeed {
      String tail = id.substring(id.indexOf("/abs/") < 0 ? 0 : id.indexOf("/abs/") + 5);
      ImmutablePaperMetadata.Builder b = PaperMetadata.builder().id(ArxivId.unversioned(tail)).source(SOURCE)
          .withdrawn(Withdrawals.says(comment) || Withdrawals.says(summary));
      if (title != null && !title.isBlank()) {
        b.title(collapse(title));
      }
      if (firstAuthor != null && !firstAuthor.isBlank()) {
        b.firstAuthor(PersonNames.parse(firstAuthor));
      }
      if (journalRef != null && !journalRef.isBlank()) {
        b.journalRef(journalRef);
      }
      if (published != null) {
        try {
          b.firstVersion(OffsetDateTime.parse(published).toLocalDate());
        } catch (DateTimeParseException ex) {
          throw new BadFeed("entry " + id + ": <published> is not a date-time: " + published);
        }
      }
      return b.build();
    }
  }

  /** The text of an author's {@code <name>}; the reader stands at {@code <author>} and ends at its end. */
  private static String authorName(XMLStreamReader r) throws XMLStreamException {
    String name = null;
    int depth = 1;
    while (depth > 0) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (depth == 1 && ATOM.equals(r.getNamespaceURI()) && r.getLocalName().equals("name")) {
          name = r.getElementText();
          continue;
        }
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    return name;
  }

  private static String collapse(String text) {
    return text.trim().replaceAll("\\s+", " ");
  }

  private static XMLInputFactory hardened() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory(); // the JDK's own, never one found on the class path
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setXMLResolver((publicId, systemId, base, ns) -> {
      throw new XMLStreamException("external resource refused: " + systemId);
    });
    return f;
  }
}
