package io.github.anthology.bench.generate;

import static io.github.anthology.bench.generate.TopicCatalogue.pick;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a synthetic arXiv metadata snapshot in the format of arXiv's own
 * ({@code arxiv-metadata-oai-snapshot.json}: one compact JSON object a line, every key in its
 * order, hard-wrapped titles, an abstract of about a hundred words, one to four versions with
 * RFC 1123 dates, {@code authors_parsed}); about 1 KB a record, as the real file's 1.5 KB. Ids run
 * month by month from April 2007 with sequence numbers of the width of their time. A few papers
 * are withdrawn. Extra lines (e.g. the reference slice) can be appended as they are.
 *
 * <pre>java -cp benchmarks.jar io.github.anthology.bench.generate.SnapshotGenerator
 *     --out FILE [--records 2000000] [--seed 42] [--append FILE]</pre>
 */
public final class SnapshotGenerator {
  private static final JsonFactory JSON = JsonFactory.builder().build();
  private final SplittableRandom random;
  private final TextMaker text;
  private final Authors authors;
  private final HashMap<String, Integer> counts = new HashMap<>();
  private final Set<String> taken;

  SnapshotGenerator(long seed, Set<String> taken) {
    this.taken = taken;
    this.random = new SplittableRandom(seed);
    this.text = new TextMaker(random.split());
    this.authors = new Authors(random.split());
  }

  public static void main(String[] args) throws IOException {
    Path out = null;
    Path append = null;
    int records = 2_000_000;
    long seed = 42;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> out = Path.of(args[++i]);
        case "--records" -> records = GenerateWorkloads.parseSize(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--append" -> append = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (out == null) {
      throw new IllegalArgumentException("--out FILE is required");
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    String appended = append == null ? "" : Files.readString(append, StandardCharsets.UTF_8);
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
      new SnapshotGenerator(seed, ids(appended)).write(w, records);
      w.write(appended);
    }
    System.out.printf(Locale.ROOT, "%d records, %d MiB -> %s%n", records, Files.size(out) >> 20, out);
  }

  void write(Writer out, int records) throws IOException {
    LocalDate first = LocalDate.of(2007, 4, 1);
    int months = (int) java.time.temporal.ChronoUnit.MONTHS.between(first, LocalDate.of(2025, 1, 1));
    int perMonth = (records + months - 1) / months + taken.size();
    int written = 0;
    for (int m = 0; m < months && written < records; m++) {
      LocalDate month = first.plusMonths(m);
      for (int n = 1; written < records && n <= perMonth; n++) {
        written += record(out, month, n) ? 1 : 0;
      }
    }
  }

  /** Writes the record of the month's n-th id, unless an appended line has that id. */
  private boolean record(Writer out, LocalDate month, int n) throws IOException {
    int width = month.getYear() < 2015 ? 4 : 5;
    String id = String.format(Locale.ROOT, "%02d%02d.%0" + width + "d", month.getYear() % 100, month.getMonthValue(), n);
    if (taken.contains(id)) {
      return false;
    }
    List<String[]> names = new ArrayList<>();
    for (int i = 1 + random.nextInt(6); i > 0; i--) {
      names.add(new String[] {authors.next(counts), initials()});
    }
    boolean withdrawn = random.nextDouble() < 0.005;
    LocalDate v1 = month.plusDays(random.nextInt(month.lengthOfMonth()));
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeStringField("id", id);
      g.writeStringField("submitter", names.get(0)[1] + " " + names.get(0)[0]);
      g.writeStringField("authors", authorLine(names));
      g.writeStringField("title", title());
      g.writeStringField("comments", withdrawn ? "This paper has been withdrawn by the author due to an error"
          : (5 + random.nextInt(40)) + " pages, " + random.nextInt(12) + " figures");
      nullable(g, "journal-ref", random.nextDouble() < 0.2 ? "Proc. " + pick(Words.NOUNS, random) + " " + (v1.getYear() + 1) : null);
      nullable(g, "doi", random.nextDouble() < 0.2 ? "10." + (1000 + random.nextInt(9000)) + "/" + id : null);
      g.writeNullField("report-no");
      g.writeStringField("categories", "cs.LG" + (random.nextBoolean() ? " stat.ML" : ""));
      g.writeStringField("license", "http://arxiv.org/licenses/nonexclusive-distrib/1.0/");
      g.writeStringField("abstract", "  " + abstractText(withdrawn) + "\n");
      g.writeArrayFieldStart("versions");
      LocalDate day = v1;
      for (int v = 1, last = 1 + random.nextInt(4); v <= last; v++, day = day.plusDays(1 + random.nextInt(200))) {
        g.writeStartObject();
        g.writeStringField("version", "v" + v);
        g.writeStringField("created", rfc1123(day));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeStringField("update_date", day.toString());
      g.writeArrayFieldStart("authors_parsed");
      for (String[] name : names) {
        g.writeStartArray();
        g.writeString(name[0]);
        g.writeString(name[1]);
        g.writeString("");
        g.writeEndArray();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
    return true;
  }

  /** The ids of JSON lines, read as the snapshot reader would find them. */
  private static Set<String> ids(String lines) {
    Set<String> ids = new HashSet<>();
    Matcher m = Pattern.compile("\"id\":\\s*\"([^\"]+)\"").matcher(lines);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  private String title() {
    String t = TextMaker.capitalise(text.recommendation());
    int cut = t.indexOf(' ', 40);
    return cut > 0 && random.nextBoolean() ? t.substring(0, cut) + "\n " + t.substring(cut) : t;
  }

  private String abstractText(boolean withdrawn) {
    if (withdrawn) {
      return "This paper has been withdrawn by the author.";
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 7; i++) {
      String sentence = text.recommendation();
      b.append(b.length() == 0 ? "" : (i % 2 == 0 ? "\n" : " ")).append(TextMaker.capitalise(sentence)).append('.');
    }
    return b.toString();
  }

  private String initials() {
    return (char) ('A' + random.nextInt(26)) + "." + (random.nextBoolean() ? " " + (char) ('A' + random.nextInt(26)) + "." : "");
  }

  private static String authorLine(List<String[]> names) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      b.append(i == 0 ? "" : i == names.size() - 1 ? " and " : ", ").append(names.get(i)[1]).append(' ').append(names.get(i)[0]);
    }
    return b.toString();
  }

  private static void nullable(JsonGenerator g, String key, String value) throws IOException {
    if (value == null) {
      g.writeNullField(key);
    } else {
      g.writeStringField(key, value);
    }
  }

  /** {@code Mon, 22 May 2023 17:16:38 GMT}, as the snapshot writes its dates. */
  private String rfc1123(LocalDate day) {
    DayOfWeek dow = day.getDayOfWeek();
    return String.format(Locale.ROOT, "%s, %d %s %d %02d:%02d:%02d GMT", dow.getDisplayName(TextStyle.SHORT, Locale.ROOT),
        day.getDayOfMonth(), day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ROOT), day.getYear(),
        random.nextInt(24), random.nextInt(60), random.nextInt(60));
  }
}
