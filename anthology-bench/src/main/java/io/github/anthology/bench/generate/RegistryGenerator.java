package io.github.anthology.bench.generate;

import static io.github.anthology.bench.generate.TopicCatalogue.pick;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates a registry from settings alone: the same settings give the same registry, byte for
 * byte once written. About three recommendations per paper, more papers in recent years, topic
 * tags drawn from a Zipf distribution over the taxonomy, and the irregularities a real registry
 * has: near-duplicate texts, supersession chains, attic and experimental papers, rare defects.
 */
public final class RegistryGenerator {
  private static final int FIRST_YEAR = 2012;
  private static final int LAST_YEAR = 2026;
  private static final int[] RECS_PER_PAPER = {1, 2, 2, 3, 3, 3, 3, 4, 4, 5};

  private final GeneratorSettings settings;
  private final SplittableRandom random;
  private final TextMaker text;

  private RegistryGenerator(GeneratorSettings settings) {
    this.settings = settings;
    this.random = new SplittableRandom(settings.seed());
    this.text = new TextMaker(random);
  }

  public static SyntheticRegistry generate(GeneratorSettings settings) {
    return new RegistryGenerator(settings).run();
  }

  private SyntheticRegistry run() {
    List<int[]> skeletons = skeletons();
    List<String> arxivIds = arxivIds(skeletons);
    List<SyntheticTopic> topics = TopicCatalogue.make(settings.topics(), random,
        arxivIds.subList(0, Math.min(arxivIds.size(), 500)));
    List<String> active = topics.stream().filter(t -> !t.deprecated()).map(SyntheticTopic::name).toList();
    TopicDraw draw = new TopicDraw(active, random);
    List<SyntheticPaper> papers = new ArrayList<>(skeletons.size());
    List<String> texts = new ArrayList<>(settings.recommendations());
    Map<String, Integer> authorCounts = new HashMap<>();
    Authors authors = new Authors(random);
    for (int p = 0; p < skeletons.size(); p++) {
      int year = skeletons.get(p)[0];
      String author = authors.next(authorCounts);
      int n = authorCounts.merge(author, 1, Integer::sum);
      String paperId = author + String.format("%03d", n);
      List<String> paperTopics = draw.tags(1 + weighted());
      if (paperTopics.size() > 1 && random.nextDouble() < settings.defectRate() * 3) {
        paperTopics.set(paperTopics.size() - 1, defectiveTag(topics));
      }
      boolean attic = random.nextDouble() < settings.atticRate();
      SyntheticAttic atticRecord = attic ? attic(arxivIds, p) : null;
      List<SyntheticRecommendation> recs = new ArrayList<>();
      for (int r = 0; r < skeletons.get(p)[1]; r++) {
        String id = "MLR-" + year + "-" + paperId + "-" + String.format("%04d", r + 1);
        String t = recommendationText(texts);
        texts.add(t);
        String topic = null;
        List<String> secondary = null;
        if (random.nextDouble() < settings.itemTopicRate()) {
          List<String> own = draw.tags(1 + weighted());
          topic = own.get(0);
          secondary = own.subList(1, own.size());
        }
        recs.add(new SyntheticRecommendation(id, t, topic, secondary, null, null, null));
      }
      List<String> models = random.nextDouble() < 0.1 ? List.of(pick(Words.MODELS, random)) : List.of();
      papers.add(new SyntheticPaper(year, text.title(), arxivIds.get(p), author, paperId, text.takeaways(),
          paperTopics, models, !attic && random.nextDouble() < settings.experimentalRate(), atticRecord, recs));
    }
    Supersession.chain(papers, settings.supersessionRate(), random);
    return new SyntheticRegistry(topics, papers);
  }

  /** Per paper: its year and its number of recommendations, ordered by year, summing to the total. */
  private List<int[]> skeletons() {
    List<int[]> out = new ArrayList<>();
    double[] weights = new double[LAST_YEAR - FIRST_YEAR + 1];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += Math.pow(1.3, i);
      weights[i] = sum;
    }
    int left = settings.recommendations();
    while (left > 0) {
      double u = random.nextDouble() * sum;
      int y = 0;
      while (weights[y] < u) {
        y++;
      }
      int n = Math.min(left, RECS_PER_PAPER[random.nextInt(RECS_PER_PAPER.length)]);
      out.add(new int[] {FIRST_YEAR + y, n});
      left -= n;
    }
    out.sort((a, b) -> Integer.compare(a[0], b[0]));
    return out;
  }

  /** Unique new-style arXiv ids whose YYMM agrees with each paper's year, rising within a year. */
  private static List<String> arxivIds(List<int[]> skeletons) {
    List<String> ids = new ArrayList<>(skeletons.size());
    Map<Integer, Integer> perYear = new HashMap<>();
    Map<Integer, Integer> papersInYear = new HashMap<>();
    skeletons.forEach(s -> papersInYear.merge(s[0], 1, Integer::sum));
    for (int[] s : skeletons) {
      int k = perYear.merge(s[0], 1, Integer::sum) - 1;
      int perMonth = (papersInYear.get(s[0]) + 11) / 12;
      int month = 1 + k / perMonth;
      ids.add(String.format("%02d%02d.%05d", s[0] % 100, month, 1 + k % perMonth));
    }
    return ids;
  }

  private String recommendationText(List<String> earlier) {
    double u = random.nextDouble();
    if (!earlier.isEmpty() && u < settings.exactDuplicateRate()) {
      return TextMaker.exactDuplicate(earlier.get(random.nextInt(earlier.size())));
    }
    if (!earlier.isEmpty() && u < settings.exactDuplicateRate() + settings.nearDuplicateRate()) {
      return text.nearDuplicate(earlier.get(random.nextInt(earlier.size())));
    }
    return text.recommendation();
  }

  private SyntheticAttic attic(List<String> arxivIds, int paper) {
    String reason = pick(Words.REASONS, random);
    int later = paper + 1 + random.nextInt(Math.max(1, arxivIds.size() - paper - 1));
    if (later >= arxivIds.size() || random.nextDouble() < 0.3) {
      return new SyntheticAttic(reason, List.of(), List.of(arxivIds.get(random.nextInt(arxivIds.size()))));
    }
    return new SyntheticAttic(reason, List.of(arxivIds.get(later)), List.of());
  }

  /** A tag a careless curator writes: spaced or capitalised, a model name, or a retired name. */
  private String defectiveTag(List<SyntheticTopic> topics) {
    SyntheticTopic t = pick(topics, random);
    return switch (random.nextInt(3)) {
      case 0 -> t.name().replace('-', ' ');
      case 1 -> pick(Words.MODELS, random);
      default -> t.previously().isEmpty() ? t.name().toUpperCase(java.util.Locale.ROOT) : t.previously().get(0);
    };
  }

  private int weighted() {
    double u = random.nextDouble();
    return u < 0.25 ? 0 : u < 0.6 ? 1 : u < 0.85 ? 2 : 3;
  }

  /** Draws distinct topic tags: a Zipf-ranked first tag, others often from its neighbourhood. */
  private static final class TopicDraw {
    private final List<String> names;
    private final Zipf zipf;
    private final SplittableRandom random;

    TopicDraw(List<String> names, SplittableRandom random) {
      this.names = names;
      this.zipf = new Zipf(names.size(), 1.0);
      this.random = random;
    }

    List<String> tags(int count) {
      Set<String> out = new LinkedHashSet<>();
      int first = zipf.next(random);
      out.add(names.get(first));
      while (out.size() < count) {
        int rank = random.nextDouble() < 0.5
            ? Math.floorMod(first + random.nextInt(11) - 5, names.size()) : zipf.next(random);
        out.add(names.get(rank));
      }
      return new ArrayList<>(out);
    }
  }
}
