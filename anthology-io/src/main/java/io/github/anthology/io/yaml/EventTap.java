package io.github.anthology.io.yaml;

import java.util.function.Consumer;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.Parser;

/** A parser that tells, as the composer takes it, each alias event: the one event the composer has no hook for. */
final class EventTap implements Parser {
  private final Parser parser;
  private Consumer<AliasEvent> onAlias = alias -> { };

  EventTap(Parser parser) {
    this.parser = parser;
  }

  void onAlias(Consumer<AliasEvent> listener) {
    this.onAlias = listener;
  }

  @Override
  public boolean checkEvent(Event.ID choice) {
    return parser.checkEvent(choice);
  }

  @Override
  public Event peekEvent() {
    return parser.peekEvent();
  }

  @Override
  public Event getEvent() {
    Event event = parser.getEvent();
    if (event instanceof AliasEvent alias) {
      onAlias.accept(alias);
    }
    return event;
  }
}
