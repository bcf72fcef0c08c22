package io.github.anthology.cli.commands.calc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.anthology.cli.CliRun;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The differential table against the EleutherAI cookbook's calculators
 * (src/test/resources/calc/cookbook-parity.tsv, recorded by src/test/parity/record_cookbook.py):
 * for every figure, {@code anthology calc} with the same model prints the cookbook's figure where
 * the row says "agree", and otherwise the corrected figure, for faults that docs/calc.md documents.
 */
class CookbookParityTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, JsonNode> RUNS = new HashMap<>();

  /** One figure of the table. */
  record Row(String kase, String command, String anthologyArgs, String quantity, String pointer,
      BigInteger cookbook, BigInteger expected, String verdict) {
    @Override
    public String toString() {
      return kase + " " + quantity + " (" + verdict + ")";
    }
  }

  static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = CookbookParityTest.class.getResourceAsStream("/calc/cookbook-parity.tsv")) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.startsWith("#")).skip(1).toList();
      for (String line : lines) {
        String[] c = line.split("\t");
        rows.add(new Row(c[0], c[1], c[3], c[4], c[5], new BigInteger(c[6]), new BigInteger(c[7]), c[8]));
      }
    }
    return rows;
  }

  private static JsonNode run(Row row) {
    return RUNS.computeIfAbsent(row.kase(), k -> {
      List<String> args = new ArrayList<>(List.of("calc", row.command()));
      args.addAll(Arrays.asList(row.anthologyArgs().split(" ")));
      args.addAll(List.of("--format", "json"));
      CliRun run = CliRun.of(args.toArray(String[]::new));
      assertThat(run.exitCode()).as(run.err()).isZero();
      try {
        return JSON.readTree(run.out());
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void anthologyPrintsTheCookbooksFigureOrTheDocumentedCorrection(Row row) {
    JsonNode out = run(row);
    BigInteger ours = Stream.of(row.pointer().split("\\+"))
        .map(p -> out.at(p).bigIntegerValue()).reduce(BigInteger.ZERO, BigInteger::add);
    assertThat(ours).isEqualTo(row.expected());
    assertThat(row.verdict().equals("agree")).as("a figure agrees exactly when no fault applies")
        .isEqualTo(row.cookbook().equals(row.expected()));
  }

  @Test
  void everyFaultTheTableNamesIsDocumented() throws IOException {
    String doc = Files.readString(Path.of("../docs/calc.md"));
    List<String> faults = rows().stream().flatMap(r -> Stream.of(r.verdict().split(" ")))
        .filter(v -> !v.equals("agree")).distinct().toList();
    assertThat(faults).isNotEmpty();
    assertThat(faults).allSatisfy(f -> assertThat(doc).containsPattern("(?m)^### " + f + "\\b"));
  }

  @Test
  void theTableCoversEachCalculatorAndMostFiguresAgree() throws IOException {
    List<Row> rows = rows();
    assertThat(rows.stream().map(Row::command).distinct()).containsExactlyInAnyOrder("params", "flops", "memory");
    assertThat(rows.stream().filter(r -> r.verdict().equals("agree")).count()).isGreaterThan(rows.size() / 2);
  }
}
