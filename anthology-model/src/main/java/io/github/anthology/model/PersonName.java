package io.github.anthology.model;

import java.util.Objects;

/** A person's name split as a bibliography does: the surname (with any particle) and the given names. */
public record PersonName(String surname, String given) {
  public PersonName {
    Objects.requireNonNull(surname, "surname");
    Objects.requireNonNull(given, "given");
  }

  /** The name as it is read: given names first, e.g. {@code Joshua Ainslie}. */
  public String display() {
    return given.isEmpty() ? surname : given + " " + surname;
  }
}
