package io.github.anthology.model.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.anthology.model.Anthology;
import io.github.anthology.model.PaperRef;
import io.github.anthology.model.Recommendation;
import io.github.anthology.model.Status;
import io.github.anthology.model.source.Scalar;
import io.github.anthology.model.source.SourceSpan;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RegistryStatisticsTest {

  private static Recommendation rec(String topic, Status status, Integer year) {
    var source = PaperRef.builder();
    if (year != null) {
      source.year(year);
    }
    return Recommendation.builder().text("t").textSpan(SourceSpan.ofFile("")).span(SourceSpan.ofFile(""))
        .primaryTopics(topic == null ? List.of() : List.of(Scalar.of(topic))).status(status)
        .source(source.build()).build();
  }

  @Test
  void countsByStatusIncludeStatusesNoRecommendationHas() {
    RegistryStatistics s = RegistryStatistics.of(Anthology.builder()
        .addRecommendations(rec("a", Status.STANDARD, 2020), rec("a", Status.STANDARD, 2021)).build());
    assertThat(s.byStatus()).containsEntry(Status.STANDARD, 2).containsEntry(Status.DEPRECATED, 0)
        .containsEntry(Status.EXPERIMENTAL, 0);
    assertThat(s.recommendations()).isEqualTo(2);
  }

  @Test
  void topicsCountTheirPrimaryRecommendationsAndYearRangeInOrderOfFirstUse() {
    RegistryStatistics s = RegistryStatistics.of(Anthology.builder().addRecommendations(
        rec("b", Status.STANDARD, 2019), rec("a", Status.EXPERIMENTAL, 2023), rec("b", Status.DEPRECATED, 2015),
        rec("a", Status.STANDARD, null), rec(null, Status.STANDARD, 2030)).build());
    assertThat(s.topics()).containsExactly(
        new TopicStatistics("b", 2, OptionalInt.of(2015), OptionalInt.of(2019)),
        new TopicStatistics("a", 2, OptionalInt.of(2023), OptionalInt.of(2023)));
    assertThat(s.earliest()).hasValue(2015);
    assertThat(s.latest()).hasValue(2030);
  }

  @Test
  void aTopicWithoutYearsHasNoRange() {
    RegistryStatistics s = RegistryStatistics.of(Anthology.builder().addRecommendations(rec("a", Status.STANDARD, null)).build());
    assertThat(s.topics().get(0).earliest()).isEmpty();
    assertThat(s.earliest()).isEmpty();
  }
}
