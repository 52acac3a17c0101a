package dev.stemma.bench.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * A word-level Markov chain of order 2 over sentence templates, which writes new sentences in the
 * style of the training sentences.
 *
 * <p>Why a Markov chain: the corpus needs far more sentences than the real ones available, and
 * reusing a real sentence in two unrelated articles would be a verbatim overlap that a copy
 * detector would rightly flag. A chain of order 2 walks from word pair to next word, so its
 * sentences are locally fluent but, as a whole, new. At order 2 on some ten thousand sentences the
 * walk often follows one training sentence for a long stretch; a sentence that repeats a run of
 * {@code runLength} tokens of any training sentence is therefore rejected and drawn again (the test
 * markovify applies with its overlap limit), so that no generated sentence holds a long stretch of
 * a real one and two generated sentences share at most a shorter run. Names, numbers and dates are
 * {@link Slot}s in the templates, filled later from a story's cast.
 */
final class MarkovChain {

  private static final int BOUNDARY = 0;

  private final List<String> vocabulary = new ArrayList<>();
  private final Map<String, Integer> ids = new HashMap<>();

  /**
   * The chain as a graph of states (word pairs): state s's transitions are {@code transitions[2k]}
   * (the next token) and {@code transitions[2k + 1]} (the state it leads to) for k in {@code
   * [first[s], first[s + 1])}, one entry per training occurrence, so a uniform pick follows the
   * training frequencies. A walk thus needs no hashing, only two array reads a step.
   */
  private final int[] first;

  private final int[] transitions;
  private final long[] trainingRuns;
  private final int runLength;
  private final int minTokens;
  private final int maxTokens;
  private long generated;
  private long rejected;
  private long walks;

  private MarkovChain(List<List<String>> sentences, int runLength, int minTokens, int maxTokens) {
    this.runLength = runLength;
    this.minTokens = minTokens;
    this.maxTokens = maxTokens;
    vocabulary.add("");
    Map<Long, Integer> stateIds = new HashMap<>();
    List<List<Integer>> successors = new ArrayList<>();
    List<Long> runs = new ArrayList<>();
    stateIds.put(key(BOUNDARY, BOUNDARY), 0);
    successors.add(new ArrayList<>());
    for (List<String> sentence : sentences) {
      int[] tokens = new int[sentence.size()];
      for (int i = 0; i < tokens.length; i++) {
        tokens[i] = id(sentence.get(i));
      }
      int a = BOUNDARY;
      int b = BOUNDARY;
      for (int i = 0; i <= tokens.length; i++) {
        int c = i < tokens.length ? tokens[i] : BOUNDARY;
        int state = stateIds.computeIfAbsent(key(a, b), k -> stateIds.size());
        if (state == successors.size()) {
          successors.add(new ArrayList<>());
        }
        successors.get(state).add(c);
        a = b;
        b = c;
      }
      for (int i = 0; i + runLength <= tokens.length; i++) {
        runs.add(runHash(tokens, i, runLength));
      }
    }
    int[] tokenA = new int[successors.size()];
    int[] tokenB = new int[successors.size()];
    stateIds.forEach(
        (key, state) -> {
          tokenA[state] = (int) (unmix(key) >>> 32);
          tokenB[state] = (int) unmix(key);
        });
    first = new int[successors.size() + 1];
    int total = 0;
    for (int state = 0; state < successors.size(); state++) {
      first[state] = total;
      total += successors.get(state).size();
    }
    first[successors.size()] = total;
    transitions = new int[2 * total];
    for (int state = 0; state < successors.size(); state++) {
      int k = first[state];
      for (int c : successors.get(state)) {
        Integer to = c == BOUNDARY ? null : stateIds.get(key(tokenB[state], c));
        transitions[2 * k] = c;
        transitions[2 * k + 1] = to == null ? -1 : to;
        k++;
      }
    }
    trainingRuns = runs.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
  }

  /**
   * @param sentences training templates, in a fixed order (the order decides the draws)
   * @param runLength reject a sentence that repeats this many consecutive tokens of a training one
   */
  static MarkovChain train(
      List<List<String>> sentences, int runLength, int minTokens, int maxTokens) {
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("A Markov chain needs training sentences, got none");
    }
    return new MarkovChain(sentences, runLength, minTokens, maxTokens);
  }

  /**
   * A new sentence's template tokens: the first walk of the right length that copies no run of a
   * training sentence, in at most {@code attempts} walks; failing that, the last walk of the right
   * length (counted as rejected), or null if there was none.
   */
  @Nullable List<String> generate(SplittableRandom random, int attempts) {
    int[] ids = generateIds(random, attempts);
    return ids == null ? null : tokens(ids, ids.length);
  }

  /** As {@link #generate}, the tokens as vocabulary ids (see {@link #token}). */
  int @Nullable [] generateIds(SplittableRandom random, int attempts) {
    int[] fallback = null;
    int[] walk = new int[maxTokens + 1];
    for (int attempt = 0; attempt < attempts; attempt++) {
      walks++;
      int length = walk(random, walk);
      if (length < minTokens || length > maxTokens) {
        continue;
      }
      if (!copiesTraining(walk, length)) {
        generated++;
        return Arrays.copyOf(walk, length);
      }
      fallback = Arrays.copyOf(walk, length);
    }
    rejected++;
    return fallback;
  }

  /** The token of a vocabulary id. */
  String token(int id) {
    return vocabulary.get(id);
  }

  /** Vocabulary size; ids are 1 to size - 1 (0 is the sentence boundary). */
  int vocabularySize() {
    return vocabulary.size();
  }

  List<String> tokens(int[] ids) {
    return tokens(ids, ids.length);
  }

  /** Sentences returned that copy no training run. */
  long generated() {
    return generated;
  }

  /** Walks taken, accepted or not. */
  long walks() {
    return walks;
  }

  /** Calls that found no walk free of a training run. */
  long rejected() {
    return rejected;
  }

  /** Distinct runs of the training sentences that generated sentences must not repeat. */
  int trainingRuns() {
    return trainingRuns.length;
  }

  private int walk(SplittableRandom random, int[] out) {
    int state = 0;
    int length = 0;
    while (state >= 0) {
      int k = first[state] + random.nextInt(first[state + 1] - first[state]);
      int c = transitions[2 * k];
      if (c == BOUNDARY) {
        return length;
      }
      if (length == out.length) {
        return length + 1;
      }
      out[length++] = c;
      state = transitions[2 * k + 1];
    }
    return length;
  }

  private boolean copiesTraining(int[] tokens, int length) {
    for (int i = 0; i + runLength <= length; i++) {
      if (Arrays.binarySearch(trainingRuns, runHash(tokens, i, runLength)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private List<String> tokens(int[] ids, int length) {
    List<String> tokens = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      tokens.add(vocabulary.get(ids[i]));
    }
    return tokens;
  }

  private int id(String token) {
    Integer id = ids.get(token);
    if (id == null) {
      id = vocabulary.size();
      vocabulary.add(token);
      ids.put(token, id);
    }
    return id;
  }

  /**
   * The state's key: the pair packed in a long and mixed, a bijection, so that HashMap spreads it.
   */
  private static long key(int a, int b) {
    long x = ((long) a << 32) | (b & 0xffffffffL);
    return x * 0x9E3779B97F4A7C15L;
  }

  private static long unmix(long key) {
    return key * INVERSE;
  }

  /** The multiplicative inverse of 0x9E3779B97F4A7C15 modulo 2^64. */
  private static final long INVERSE = inverse(0x9E3779B97F4A7C15L);

  private static long inverse(long odd) {
    long x = odd;
    for (int i = 0; i < 5; i++) {
      x *= 2 - odd * x;
    }
    return x;
  }

  private static long runHash(int[] tokens, int from, int length) {
    long h = 0x9E3779B97F4A7C15L;
    for (int i = from; i < from + length; i++) {
      h = (h ^ tokens[i]) * 0xBF58476D1CE4E5B9L;
      h ^= h >>> 31;
    }
    return h;
  }
}
