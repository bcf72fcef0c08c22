package io.github.anthology.io.papers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.model.PersonName;
import org.junit.jupiter.api.Test;

class PersonNamesTest {
  @Test
  void theLastWordIsTheSurname() {
    assertThat(PersonNames.parse("Joshua Ainslie")).isEqualTo(new PersonName("Ainslie", "Joshua"));
    assertThat(PersonNames.parse("Diederik P.  Kingma")).isEqualTo(new PersonName("Kingma", "Diederik P."));
    assertThat(PersonNames.parse("Federico Lebrón")).isEqualTo(new PersonName("Lebrón", "Federico"));
  }

  @Test
  void particlesBelongToTheSurname() {
    assertThat(PersonNames.parse("Patrick von Platen")).isEqualTo(new PersonName("von Platen", "Patrick"));
    assertThat(PersonNames.parse("Michiel de Jong")).isEqualTo(new PersonName("de Jong", "Michiel"));
    assertThat(PersonNames.parse("Christopher De Sa")).isEqualTo(new PersonName("De Sa", "Christopher"));
    assertThat(PersonNames.parse("Jan van der Berg")).isEqualTo(new PersonName("van der Berg", "Jan"));
  }

  @Test
  void aParticleIsNeverTheWholeGivenName() {
    assertThat(PersonNames.parse("Van Nguyen")).isEqualTo(new PersonName("Nguyen", "Van"));
  }

  @Test
  void suffixesAreDroppedAndSurnameFirstIsUnderstood() {
    assertThat(PersonNames.parse("Martin Luther King, Jr.")).isEqualTo(new PersonName("King", "Martin Luther"));
    assertThat(PersonNames.parse("Guy L. Steele Jr")).isEqualTo(new PersonName("Steele", "Guy L."));
    assertThat(PersonNames.parse("Ainslie, Joshua")).isEqualTo(new PersonName("Ainslie", "Joshua"));
  }

  @Test
  void aSingleNameIsASurname() {
    assertThat(PersonNames.parse("BigScience")).isEqualTo(new PersonName("BigScience", ""));
  }
}
