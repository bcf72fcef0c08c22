package io.github.anthology.lsp;

/**
 * How the server behaves, beyond what the editor asks for.
 *
 * @param debounceMillis how long after the last change a lint starts: long enough that typing a
 *     word runs one lint, short enough that findings follow within the latency budget
 */
public record ServerOptions(long debounceMillis) {
  /** The defaults: a 30 ms debounce. */
  public static final ServerOptions DEFAULTS = new ServerOptions(30);

  /**
   * The defaults, with the debounce from the system property {@code anthology.lsp.debounce} (milliseconds) when set.
   *
   * @return the options
   */
  public static ServerOptions fromSystemProperties() {
    String debounce = System.getProperty("anthology.lsp.debounce");
    try {
      return debounce == null ? DEFAULTS : new ServerOptions(Math.max(0, Long.parseLong(debounce.trim())));
    } catch (NumberFormatException e) {
      return DEFAULTS;
    }
  }
}
