package dev.stemma.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RejectionTest {

  @Test
  void message_namesTheInputThenTheReasonThenTheFix() {
    Rejection r = new Rejection(new InputRef("feed.jsonl", 12), "a7", "missing 'text'", "Give the text.");
    assertThat(r.message()).isEqualTo("feed.jsonl:12: missing 'text'. Give the text.");
  }

  @Test
  void message_ofAWholeFile_hasNoLineNumber() {
    Rejection r = new Rejection(InputRef.of("dir/a.txt"), null, "is empty", "Remove it.");
    assertThat(r.message()).isEqualTo("dir/a.txt: is empty. Remove it.");
  }

  @Test
  void constructor_requiresReasonAndFix() {
    assertThatThrownBy(() -> new Rejection(InputRef.of("a"), null, "why", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("fix");
  }

  @Test
  void inputRef_rejectsANegativeLine() {
    assertThatThrownBy(() -> new InputRef("a.jsonl", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line must be >= 0, got -1");
  }

  @Test
  void article_rejectsABlankIdNamingTheInput() {
    assertThatThrownBy(() -> new Article(" ", "text", null, ArticleMeta.NONE, new InputRef("f.jsonl", 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Article id must not be blank (f.jsonl:3)");
  }
}
