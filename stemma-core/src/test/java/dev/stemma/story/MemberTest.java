package dev.stemma.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stemma.BridgeArticles;
import dev.stemma.prepare.PreparedArticle;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MemberTest {

  @Test
  void of_takesWhatTheStoryStageNeedsFromAPreparedArticle() {
    PreparedArticle p = BridgeArticles.prepare("copy", BridgeArticles.COPY_WITH_CHROME, "2025-03-03T15:41:00Z");
    Member m = Member.of(p);
    assertThat(m.id()).isEqualTo("copy");
    assertThat(m.headline()).isEqualTo("Harbor Bridge closed after crack found");
    assertThat(m.published()).isEqualTo(Instant.parse("2025-03-03T15:41:00Z"));
    assertThat(m.agencyCredit()).isEqualTo("Meridian Press");
    // the share bar and the cookie notice
    assertThat(m.chromeLines()).isEqualTo(2);
    // "I will not ask a single family to drive across a bridge that our own engineers cannot vouch
    // for," is 19 words
    assertThat(m.quotedWords()).isEqualTo(19);
    assertThat(m.terms()).isEqualTo(p.contentStems());
  }

  @Test
  void of_anUndatedArticleWithoutDatelineOrQuotes() {
    Member m = Member.of(BridgeArticles.prepare("football", BridgeArticles.UNRELATED));
    assertThat(m.published()).isNull();
    assertThat(m.agencyCredit()).isNull();
    assertThat(m.chromeLines()).isZero();
    assertThat(m.quotedWords()).isZero();
  }
}
