package io.github.anthology.io.papers.arxiv;

import static io.github.anthology.io.papers.arxiv.ReplayServer.Answer.feed;
import static io.github.anthology.io.papers.arxiv.ReplayServer.Answer.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.anthology.io.ReadException;
import io.github.anthology.model.PaperMetadata;
import io.github.anthology.model.PersonName;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The arXiv API source against a loopback server that replays responses in the API's real format. */
class ArxivApiTest {
  private final VirtualTime time = new VirtualTime();

  private ArxivApi api(ReplayServer server, int batch, int attempts, Duration timeout) {
    ApiSettings settings = new ApiSettings(server.endpoint(), batch, Duration.ofSeconds(3), timeout, attempts,
        Duration.ofSeconds(3));
    return new ArxivApi(settings, HttpClient.newHttpClient(), time);
  }

  private ArxivApi api(ReplayServer server) {
    return api(server, 100, 4, Duration.ofSeconds(10));
  }

  @Test
  void aBatchIsOneRequestAndEveryEntryIsRead() throws Exception {
    try (ReplayServer server = new ReplayServer(feed("atom-gqa-adam.xml"))) {
      Map<String, PaperMetadata> found = api(server).lookup(List.of("2305.13245", "1412.6980", "not an id"));
      assertThat(server.queries()).containsExactly("id_list=1412.6980,2305.13245&max_results=2");
      PaperMetadata gqa = found.get("2305.13245");
      assertThat(gqa.title()).contains("GQA: Training Generalized Multi-Query Transformer Models from Multi-Head Checkpoints");
      assertThat(gqa.firstAuthor()).contains(new PersonName("Ainslie", "Joshua"));
      assertThat(gqa.firstVersion()).as("published: the first version's date").contains(LocalDate.of(2023, 5, 22));
      assertThat(gqa.source()).isEqualTo("arxiv-api");
      assertThat(found.get("1412.6980").firstAuthor()).contains(new PersonName("Kingma", "Diederik P."));
      assertThat(found).containsOnlyKeys("1412.6980", "2305.13245");
    }
  }

  @Test
  void idsGoInBatchesOneRequestEveryThreeSeconds() throws Exception {
    try (ReplayServer server = new ReplayServer(feed("atom-gqa-adam.xml"))) {
      api(server, 1, 4, Duration.ofSeconds(10)).lookup(List.of("2305.13245", "1412.6980"));
      assertThat(server.queries()).containsExactly("id_list=1412.6980&max_results=1", "id_list=2305.13245&max_results=1");
      assertThat(time.total()).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
    }
  }

  @Test
  void anIdMissingFromABatchIsAskedAloneAndThenRecordedAsNotFound() throws Exception {
    try (ReplayServer server = new ReplayServer(feed("atom-batch-with-missing.xml"), feed("atom-empty.xml"))) {
      Map<String, PaperMetadata> found = api(server).lookup(List.of("2112.10752", "2301.99999"));
      assertThat(server.queries()).containsExactly("id_list=2112.10752,2301.99999&max_results=2",
          "id_list=2301.99999&max_results=1");
      assertThat(found.get("2301.99999")).isEqualTo(PaperMetadata.notFound("2301.99999", "arxiv-api"));
      assertThat(found.get("2112.10752").journalRef()).contains("Proceedings of the IEEE/CVF Conference on Computer"
          + " Vision and Pattern Recognition (CVPR), 2022, pp. 10684-10695");
      assertThat(time.sleeps).as("the second request waited its turn").containsExactly(Duration.ofSeconds(3));
    }
  }

  @Test
  void aServiceUnavailableIsRetriedAfterTheBackoffOrTheServersRetryAfter() throws Exception {
    try (ReplayServer server = new ReplayServer(status(503, "").header("Retry-After", "10"), status(503, ""),
        feed("atom-gqa-adam.xml"))) {
      Map<String, PaperMetadata> found = api(server).lookup(List.of("1412.6980", "2305.13245"));
      assertThat(found).containsOnlyKeys("1412.6980", "2305.13245");
      assertThat(server.queries()).hasSize(3);
      assertThat(time.sleeps).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(6));
    }
  }

  @Test
  void aSlowResponseTimesOutAndIsAskedAgain() throws Exception {
    try (ReplayServer server = new ReplayServer(feed("atom-gqa-adam.xml").after(3000), feed("atom-gqa-adam.xml"))) {
      Map<String, PaperMetadata> found = api(server, 100, 3, Duration.ofMillis(300)).lookup(List.of("1412.6980"));
      assertThat(found).containsKey("1412.6980");
      assertThat(server.queries()).hasSize(2);
    }
  }

  @Test
  void aServerThatKeepsFailingGivesOneClearErrorAfterTheLastAttempt() throws Exception {
    try (ReplayServer server = new ReplayServer(status(503, "Service Unavailable"))) {
      assertThatThrownBy(() -> api(server, 100, 3, Duration.ofSeconds(10)).lookup(List.of("1412.6980")))
          .isInstanceOf(ReadException.class)
          .hasMessage(server.endpoint() + ": no usable answer after 3 attempts (last: HTTP 503)");
      assertThat(server.queries()).hasSize(3);
      assertThat(time.sleeps).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(6));
    }
  }

  @Test
  void arxivsPlainRateExceededIsRetried() throws Exception {
    try (ReplayServer server = new ReplayServer(status(200, "Rate exceeded."), feed("atom-gqa-adam.xml"))) {
      assertThat(api(server).lookup(List.of("1412.6980"))).containsKey("1412.6980");
      assertThat(server.queries()).hasSize(2);
    }
  }

  @Test
  void aClientErrorFailsAtOnce() throws Exception {
    try (ReplayServer server = new ReplayServer(status(400, "Bad Request\nmore"))) {
      assertThatThrownBy(() -> api(server).lookup(List.of("1412.6980")))
          .hasMessageEndingWith("HTTP 400 for " + server.endpoint() + "?id_list=1412.6980&max_results=1: Bad Request");
      assertThat(server.queries()).hasSize(1);
    }
  }

  @Test
  void aResponseWithADoctypeIsRefusedAndNoEntityIsExpanded() throws Exception {
    try (ReplayServer server = new ReplayServer(feed("atom-doctype.xml"))) {
      assertThatThrownBy(() -> api(server).lookup(List.of("2305.13245")))
          .isInstanceOf(ReadException.class)
          .hasMessageEndingWith("the response declares a DOCTYPE; refused (arXiv's feeds have none)")
          .hasMessageNotContaining("root:").hasMessageNotContaining("lol");
    }
  }

  @Test
  void theApisErrorEntryIsAnErrorNotAPaper() throws Exception {
    try (ReplayServer server = new ReplayServer(feed("atom-error.xml"))) {
      assertThatThrownBy(() -> api(server).lookup(List.of("2301.00009")))
          .hasMessageEndingWith("the API answered with an error: incorrect id format for 2301.9");
    }
  }

  @Test
  void aResponseThatIsNotAFeedIsAnError() throws Exception {
    try (ReplayServer server = new ReplayServer(status(200, "<html><body>maintenance</body></html>"))) {
      assertThatThrownBy(() -> api(server).lookup(List.of("1412.6980")))
          .hasMessageEndingWith("the response is not an Atom feed (its root is <html>)");
    }
  }

  @Test
  void aWithdrawnPaperIsMarked() throws Exception {
    try (ReplayServer server = new ReplayServer(feed("atom-withdrawn.xml"))) {
      PaperMetadata m = api(server).lookup(List.of("1003.00001")).get("1003.00001");
      assertThat(m.withdrawn()).isTrue();
      assertThat(m.firstVersion()).contains(LocalDate.of(2010, 3, 3));
    }
  }
}
