package io.github.anthology.render.template;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders a template directory with Pebble, set up as the reference's README builder set up
 * Jinja2: {@code trim_blocks} and {@code lstrip_blocks} (see {@link JinjaWhitespace}), a template's
 * single trailing newline dropped, undefined names empty, no HTML escaping (the documents are Markdown). The first
 * error stops the build: {@code template:line:col: message} (column 1 where the engine names none).
 */
public final class TemplateRenderer {
  private TemplateRenderer() {}

  /** Each document's output file name and text, in document order. */
  public static Map<String, String> render(TemplateDirectory dir, Map<String, Object> model) {
    DirectoryLoader loader = new DirectoryLoader(dir, new java.util.concurrent.ConcurrentHashMap<>());
    PebbleEngine engine = new PebbleEngine.Builder().loader(loader).newLineTrimming(false)
        .autoEscaping(false).strictVariables(false).cacheActive(false).build();
    Map<String, Object> context = new LinkedHashMap<>(model);
    context.put("templates", dir.sections());
    Map<String, String> out = new LinkedHashMap<>();
    for (String document : dir.documents()) {
      StringWriter text = new StringWriter();
      try {
        engine.getTemplate(document).evaluate(text, context);
      } catch (PebbleException e) {
        String file = e.getFileName() == null ? document : e.getFileName();
        int line = e.getLineNumber() == null ? 1 : e.getLineNumber();
        JinjaWhitespace read = loader.read().get(file);
        throw new TemplateException(dir.display(file), read == null ? line : read.original(line), 1, e.getPebbleMessage());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out.put(dir.output(document), text.toString());
    }
    return out;
  }

  /** Templates of the directory, and nowhere else, each without its one trailing newline (as Jinja reads them). */
  private record DirectoryLoader(TemplateDirectory dir, Map<String, JinjaWhitespace> read) implements Loader<String> {
    @Override
    public Reader getReader(String name) {
      String source = dir.source(name).orElseThrow(() ->
          new PebbleException(null, "no template `" + name + "` in the template directory"));
      String text = source.endsWith("\n") ? source.substring(0, source.length() - 1) : source;
      JinjaWhitespace trimmed = JinjaWhitespace.apply(text);
      read.put(name, trimmed);
      return new StringReader(trimmed.text());
    }

    @Override
    public void setCharset(String charset) {
      // always UTF-8
    }

    @Override
    public void setPrefix(String prefix) {
      // names are relative to the directory
    }

    @Override
    public void setSuffix(String suffix) {
      // names are given whole
    }

    /** Names are relative to the directory, whichever template includes them, as Jinja's file loader has it. */
    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
      return relativePath;
    }

    @Override
    public String createCacheKey(String name) {
      return name;
    }

    @Override
    public boolean resourceExists(String name) {
      return dir.source(name).isPresent();
    }
  }
}
