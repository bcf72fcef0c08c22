package io.github.anthology.render.template;

/** A template that cannot be rendered: the message is {@code template:line:col: what is wrong}. */
public final class TemplateException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TemplateException(String template, int line, int column, String problem) {
    super(template + ":" + Math.max(line, 1) + ":" + Math.max(column, 1) + ": " + problem);
  }
}
