package io.github.anthology.io.ids;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdCountersTest {
  @Test
  void aPapersNextIdContinuesAfterItsHighestNumber() {
    IdCounters counters = new IdCounters(Numbering.PER_YEAR);
    counters.use("MLR-2021-Li003-0004");
    counters.use("MLR-2021-Li003-0002");
    assertThat(counters.next("2021-Li003")).isEqualTo("MLR-2021-Li003-0005");
    assertThat(counters.next("2021-Li003")).isEqualTo("MLR-2021-Li003-0006");
    assertThat(counters.next("2021-Li009")).isEqualTo("MLR-2021-Li009-0001");
  }

  @Test
  void aNewPaperIsNumberedPerAuthorAndYearOrPerAuthorAcrossYears() {
    IdCounters perYear = new IdCounters(Numbering.PER_YEAR);
    IdCounters perAuthor = new IdCounters(Numbering.PER_AUTHOR);
    for (IdCounters c : new IdCounters[] {perYear, perAuthor}) {
      c.use("MLR-2017-Li001-0001");
      c.use("MLR-2020-Li002-0001");
      c.use("not an id");
    }
    assertThat(perYear.newPaper(2020, "Li")).isEqualTo("2020-Li003");
    assertThat(perYear.newPaper(2021, "Li")).isEqualTo("2021-Li001");
    assertThat(perAuthor.newPaper(2021, "Li")).isEqualTo("2021-Li003");
    assertThat(perAuthor.newPaper(2017, "Li")).isEqualTo("2017-Li004");
  }

  @Test
  void anIdIsReadIntoItsParts() {
    assertThat(MlrId.parse("MLR-2023-Dao002-0003")).hasValue(new MlrId(2023, "Dao", 2, 3));
    assertThat(MlrId.parse("MLR-2023-Dao002-0003").orElseThrow().prefix()).isEqualTo("2023-Dao002");
    assertThat(MlrId.parse("MLR-23-Dao002-0003")).isEmpty();
  }
}
