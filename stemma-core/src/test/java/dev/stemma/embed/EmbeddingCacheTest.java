package dev.stemma.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EmbeddingCacheTest {

  /**
   * An encoder whose vectors change with every call, as a batching encoder's may, and that records
   * what it was asked: if the cache let a text through twice, the vectors would differ.
   */
  static final class CountingEncoder implements SentenceEncoder {
    final List<List<String>> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger call = new AtomicInteger();

    @Override
    public int dimension() {
      return 2;
    }

    @Override
    public float[][] encode(List<String> sentences) {
      calls.add(List.copyOf(sentences));
      int c = call.incrementAndGet();
      float[][] out = new float[sentences.size()][];
      for (int i = 0; i < out.length; i++) {
        double angle = sentences.get(i).hashCode() + c * 1e-3;
        out[i] = new float[] {(float) Math.cos(angle), (float) Math.sin(angle)};
      }
      return out;
    }

    @Override
    public void close() {}
  }

  private final CountingEncoder encoder = new CountingEncoder();

  @Test
  void embed_encodesOnlyTextsNotSeenBefore_inOneCall() {
    EmbeddingCache cache = new EmbeddingCache(encoder, 10);
    float[][] first = cache.embed(List.of("a", "b"));
    float[][] second = cache.embed(List.of("b", "c", "a"));

    assertThat(encoder.calls).containsExactly(List.of("a", "b"), List.of("c"));
    assertThat(second[0]).isEqualTo(first[1]);
    assertThat(second[2]).isEqualTo(first[0]);
    // a and b were answered from the cache, c was not: 2 + 1 misses, 2 hits.
    assertThat(cache.misses()).isEqualTo(3);
    assertThat(cache.hits()).isEqualTo(2);
  }

  @Test
  void embed_encodesRepeatedTextOnceWithinACall() {
    EmbeddingCache cache = new EmbeddingCache(encoder, 10);
    float[][] v = cache.embed(List.of("x", "y", "x"));

    assertThat(encoder.calls).containsExactly(List.of("x", "y"));
    assertThat(v[2]).isEqualTo(v[0]);
  }

  @Test
  void embed_ofEmptyList_callsNoEncoder() {
    assertThat(new EmbeddingCache(encoder, 10).embed(List.of())).isEmpty();
    assertThat(encoder.calls).isEmpty();
  }

  @Test
  void embed_returnsCopiesThatCallersMayChange() {
    EmbeddingCache cache = new EmbeddingCache(encoder, 10);
    float[] original = cache.embed(List.of("a"))[0].clone();
    cache.embed(List.of("a"))[0][0] = 42f;

    assertThat(cache.embed(List.of("a"))[0]).isEqualTo(original);
  }

  @Test
  void embed_evictsLeastRecentlyUsedBeyondMaxSentences() {
    EmbeddingCache cache = new EmbeddingCache(encoder, 2);
    cache.embed(List.of("a", "b"));
    cache.embed(List.of("a")); // a is now more recent than b
    cache.embed(List.of("c")); // evicts b
    cache.embed(List.of("a", "b"));

    assertThat(cache.size()).isEqualTo(2);
    assertThat(encoder.calls).containsExactly(List.of("a", "b"), List.of("c"), List.of("b"));
  }

  @Test
  void embed_fromManyThreads_givesEveryCallerTheSameVectorPerText() throws Exception {
    EmbeddingCache cache = new EmbeddingCache(encoder, 1000);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      texts.add("sentence " + i);
    }
    List<Future<float[][]>> results = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
      for (int t = 0; t < 16; t++) {
        List<String> shuffled = new ArrayList<>(texts);
        java.util.Collections.shuffle(shuffled, new java.util.Random(t));
        results.add(pool.submit(() -> {
          float[][] v = cache.embed(shuffled);
          float[][] byText = new float[texts.size()][];
          for (int i = 0; i < v.length; i++) {
            byText[texts.indexOf(shuffled.get(i))] = v[i];
          }
          return byText;
        }));
      }
      float[][] expected = results.get(0).get();
      for (Future<float[][]> r : results) {
        assertThat(Arrays.deepEquals(r.get(), expected)).isTrue();
      }
    }
    assertThat(cache.size()).isEqualTo(50);
  }

  @Test
  void embed_rejectsNullSentenceByIndex() {
    List<String> withNull = Arrays.asList("a", null);
    assertThatThrownBy(() -> new EmbeddingCache(encoder, 10).embed(withNull))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("sentence 1 of 2 is null");
  }

  @Test
  void constructor_rejectsMaxSentencesBelowOne() {
    assertThatThrownBy(() -> new EmbeddingCache(encoder, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxSentences must be at least 1, got 0");
  }

  @Test
  void dimension_isTheEncoders() {
    assertThat(new EmbeddingCache(encoder).dimension()).isEqualTo(2);
  }
}
