package dev.stemma.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stemma.minhash.Hashing;
import dev.stemma.text.TextAnalyzer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceProfileTest {

  private static SentenceProfile profile(String sentence) {
    return SentenceProfile.of(TextAnalyzer.analyze(sentence).tokens().get(0));
  }

  private static long[] sorted(long... values) {
    long[] v = values.clone();
    Arrays.sort(v);
    return v;
  }

  @Test
  void of_holdsTheSortedDistinctHashesOfEachPart() {
    SentenceProfile p = profile("The city closed the bridge on 3 March, the city said.");
    // 11 tokens: the city closed the bridge on 3 march the city said
    assertThat(p.length()).isEqualTo(11);
    assertThat(p.words())
        .containsExactly(sorted(
            Hashing.token("the"), Hashing.token("city"), Hashing.token("closed"), Hashing.token("bridge"),
            Hashing.token("on"), Hashing.token("3"), Hashing.token("march"), Hashing.token("said")));
    assertThat(p.content())
        .containsExactly(sorted(
            Hashing.token("citi"), Hashing.token("close"), Hashing.token("bridg"), Hashing.token("3"),
            Hashing.token("march"), Hashing.token("said")));
    assertThat(p.numbers()).containsExactly(Hashing.token("3"));
  }

  @Test
  void of_bigramsJoinConsecutiveContentStemsAcrossFunctionWords() {
    // "closed the bridge": the function word between them does not break the pair close-bridg
    SentenceProfile p = profile("Officials closed the bridge.");
    long officials = Hashing.token("offici");
    long close = Hashing.token("close");
    long bridge = Hashing.token("bridg");
    assertThat(p.bigrams()).containsExactly(sorted(Hashing.combine(officials, close), Hashing.combine(close, bridge)));
    assertThat(p.bigrams()).containsExactly(profile("Officials closed bridge.").bigrams());
  }

  @Test
  void of_aRepeatedWordCountsOnceInTheSetsAndEveryTimeInTheLength() {
    SentenceProfile p = profile("Bridge, bridge, bridge.");
    assertThat(p.words()).containsExactly(Hashing.token("bridge"));
    assertThat(p.content()).containsExactly(Hashing.token("bridg"));
    assertThat(p.bigrams()).containsExactly(Hashing.combine(Hashing.token("bridg"), Hashing.token("bridg")));
    assertThat(p.length()).isEqualTo(3);
  }

  @Test
  void of_noTokens_isEmpty() {
    SentenceProfile p = SentenceProfile.of(List.of());
    assertThat(p.words()).isEmpty();
    assertThat(p.content()).isEmpty();
    assertThat(p.bigrams()).isEmpty();
    assertThat(p.numbers()).isEmpty();
    assertThat(p.length()).isZero();
  }
}
