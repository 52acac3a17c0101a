package dev.stemma.embed;

import java.util.List;

/** Sentences that exercise every rule of BERT's tokenizer, for tests that compare tokenizers. */
final class TokenizerFixture {

  private TokenizerFixture() {}

  static final List<String> TRICKY =
      List.of(
          "",
          "   ",
          "Hello, world!",
          "Café déjà vu: a naïve coöperation in São Paulo, Łódź and Ångström's Straße.",
          "decomposed e\u0301 and precomposed é",
          "ΟΔΟΣ Σίσυφος and ὀδυσσεύς",
          "İstanbul, IŞIK and ısı",
          "北京欢迎你 and 東京 plus 𠀀 (an extension B ideograph)",
          "ひらがな カタカナ 한국어 mixed with English",
          "Hello!!! (really?) — “quoted” ‘single’ «guillemets» … and ¿qué?",
          "50%/$3.5bn #tag @user a+b=c ^_^ ~x~ |pipe| `tick` {brace} [bracket] <angle>",
          "3.14159 1,000,000 2022-09-15 12:30pm 1st 2nd 3rd 4th £1 €20 km² 25°C ½ co₂",
          "a".repeat(100) + " is exactly one hundred letters",
          "b".repeat(101) + " is one too many",
          "pneumonoultramicroscopicsilicovolcanoconiosis antidisestablishmentarianism",
          "https://example.com/path?q=1&x=y and mail@example.org",
          "tab\there\nnewline\r\ncrlf zero\u200Bwidth soft\u00ADhyphen no\u00A0break",
          "nul\u0000char replacement\uFFFDchar vtab\u000Bff\u000Cnel\u0085end",
          "thin\u2009space ideographic\u3000space narrow\u202Fnbsp line\u2028sep",
          "I ❤️ NY 😀 🥰 👍🏽 🫠",
          "[CLS] inside text [SEP] and [MASK] and [UNK] and [PAD] and [unused1] and [cls]",
          "brackets[SEP]glued and [SE P] broken",
          "مرحبا بالعالم and שלום and Москва and नमस्ते and ภาษาไทย",
          "ＦＵＬＬＷＩＤＴＨ １２３ and the ﬁ ligature in ﬁnance",
          "private\uE000use and unassigned\u0378here",
          "The quick brown fox jumps over the lazy dog. ".repeat(20),
          "unaffable unbelievably counterrevolutionaries xylophonists",
          "O'Neill's don't can't won't rock'n'roll",
          "U.S.A. e.g. i.e. Mr. Dr. St. Jr.",
          "ALL CAPS HEADLINE: MARKETS TUMBLE AS FED HIKES RATES",
          "Emoji-joined 👨‍👩‍👧 family and flag 🇫🇷");
}
