package dev.stemma.bench.generate;

import dev.stemma.eval.baseline.WordShingles;
import dev.stemma.eval.baseline.WordTokens;
import dev.stemma.eval.data.ClusterDataset;
import dev.stemma.eval.data.DatasetFormat;
import dev.stemma.eval.data.Datasets;
import dev.stemma.eval.data.GradedPair;
import dev.stemma.eval.data.LabelledArticle;
import dev.stemma.eval.data.ParaphraseDataset;
import dev.stemma.eval.data.ParaphrasePair;
import dev.stemma.eval.data.Split;
import dev.stemma.eval.data.StsDataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The real text the generator learns from, read from a folder laid out as {@code ../shared/eval/}:
 * news sentences (MRPC, WikiRef220 bodies) for the sentence chain, headlines (STS headline files,
 * WikiRef220 first lines) for the headline chain, and the positive paraphrase pairs of MRPC and PAN
 * for the rewrites. Test splits are never read: only files whose name does not say "test" (the STS
 * files are read for their headlines only, never their scores).
 */
final class SourceCorpus {

  /** A human paraphrase: the source sentence, its rewrite, and where it came from. */
  record Pair(String source, String rewrite, String origin) {}

  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<=[.!?][\"”’)]?)\\s+(?=[\"“‘(]?[A-Z])");
  private static final Pattern ABBREVIATION_END =
      Pattern.compile(
          "(?:^|\\s)(?:Mr|Mrs|Ms|Dr|St|Sen|Gov|Rep|Gen|Lt|Col|Capt|Sgt|Prof|Jan|Feb|Aug|Sept|Oct|Nov|Dec|Inc|Corp|Co|Ltd|No|vs|[A-Z])\\.$");

  static final int MIN_SENTENCE_WORDS = 8;
  static final int MAX_SENTENCE_WORDS = 45;
  static final int MIN_PAIR_WORDS = 6;
  static final int MAX_PAIR_WORDS = 55;

  /**
   * Pairs whose sentences share this share of word 5-grams or more are near-copies, not rewrites.
   */
  static final double MAX_PAIR_JACCARD = 0.4;

  final List<String> newsSentences;
  final List<String> headlines;
  final List<Pair> pairs;
  final Set<String> lowercaseWords;
  final int mrpcPairs;
  final int panPairs;
  final int pairsFilteredOut;

  private SourceCorpus(
      List<String> newsSentences,
      List<String> headlines,
      List<Pair> pairs,
      Set<String> lowercaseWords,
      int mrpcPairs,
      int panPairs,
      int pairsFilteredOut) {
    this.newsSentences = newsSentences;
    this.headlines = headlines;
    this.pairs = pairs;
    this.lowercaseWords = lowercaseWords;
    this.mrpcPairs = mrpcPairs;
    this.panPairs = panPairs;
    this.pairsFilteredOut = pairsFilteredOut;
  }

  static SourceCorpus read(Path eval) throws IOException {
    Set<String> news = new TreeSet<>();
    Set<String> headlines = new TreeSet<>();
    List<Pair> pairs = new ArrayList<>();
    int mrpc = 0;
    int pan = 0;
    int filtered = 0;
    for (String folder : List.of("mrpc", "pan-paraphrase")) {
      Path path = eval.resolve(folder);
      if (!Files.isDirectory(path)) {
        continue;
      }
      for (ParaphraseDataset set : Datasets.paraphraseSets(path)) {
        if (set.split() == Split.TEST) {
          continue;
        }
        boolean isMrpc = set.format() == DatasetFormat.MRPC;
        for (ParaphrasePair pair : set.pairs()) {
          if (isMrpc) {
            news.add(pair.first());
            news.add(pair.second());
          }
          if (!pair.paraphrase()) {
            continue;
          }
          if (usablePair(pair.first(), pair.second())) {
            pairs.add(new Pair(pair.first(), pair.second(), set.name() + ":" + pair.id()));
            if (isMrpc) {
              mrpc++;
            } else {
              pan++;
            }
          } else {
            filtered++;
          }
        }
      }
    }
    Path sts = eval.resolve("sts-headlines");
    if (Files.isDirectory(sts)) {
      for (StsDataset set : Datasets.sts(sts)) {
        if (set.name().contains("headlines")) {
          for (GradedPair pair : set.pairs()) {
            headlines.add(pair.first());
            headlines.add(pair.second());
          }
        }
      }
    }
    Path wikiref = eval.resolve("wikiref220");
    if (Files.isDirectory(wikiref)) {
      ClusterDataset dataset = Datasets.clusters(wikiref);
      for (LabelledArticle labelled : dataset.articles()) {
        String[] lines = labelled.article().text().replace("\r", "").split("\n");
        headlines.add(lines[0].strip());
        for (int i = 1; i < lines.length; i++) {
          news.addAll(sentences(lines[i].strip()));
        }
      }
    }
    List<String> sentences = news.stream().filter(SourceCorpus::usableSentence).toList();
    List<String> heads =
        headlines.stream()
            .filter(h -> words(h) >= 4 && words(h) <= 16 && !h.contains("\t"))
            .toList();
    if (sentences.isEmpty() || pairs.isEmpty()) {
      throw new IllegalArgumentException(
          eval
              + ": the bench generator needs news sentences and positive paraphrase pairs; expected"
              + " mrpc/ (or pan-paraphrase/ and wikiref220/) laid out as ../shared/eval/, found "
              + sentences.size()
              + " sentences and "
              + pairs.size()
              + " pairs");
    }
    Set<String> lowercase = new HashSet<>();
    for (List<String> texts : List.of(sentences, heads)) {
      for (String text : texts) {
        addLowercase(lowercase, text);
      }
    }
    for (Pair pair : pairs) {
      addLowercase(lowercase, pair.source());
      addLowercase(lowercase, pair.rewrite());
    }
    return new SourceCorpus(
        sentences, heads.isEmpty() ? sentences : heads, pairs, lowercase, mrpc, pan, filtered);
  }

  /**
   * Splits a paragraph into sentences at an end mark followed by a capital, not after an
   * abbreviation.
   */
  static List<String> sentences(String paragraph) {
    List<String> out = new ArrayList<>();
    if (paragraph.isEmpty()) {
      return out;
    }
    StringBuilder current = new StringBuilder();
    for (String part : SENTENCE_END.split(paragraph)) {
      if (!current.isEmpty()) {
        current.append(' ');
      }
      current.append(part);
      if (!ABBREVIATION_END.matcher(part).find()) {
        out.add(current.toString());
        current.setLength(0);
      }
    }
    if (!current.isEmpty()) {
      out.add(current.toString());
    }
    return out;
  }

  private static boolean usableSentence(String sentence) {
    int words = words(sentence);
    if (words < MIN_SENTENCE_WORDS || words > MAX_SENTENCE_WORDS || sentence.contains("\t")) {
      return false;
    }
    char first = sentence.charAt(0);
    String end = sentence.replaceAll("[\"”’)]+$", "");
    return (Character.isUpperCase(first) || "\"“‘".indexOf(first) >= 0)
        && !end.isEmpty()
        && ".!?".indexOf(end.charAt(end.length() - 1)) >= 0;
  }

  private static boolean usablePair(String source, String rewrite) {
    int a = words(source);
    int b = words(rewrite);
    if (a < MIN_PAIR_WORDS || a > MAX_PAIR_WORDS || b < MIN_PAIR_WORDS || b > MAX_PAIR_WORDS) {
      return false;
    }
    Set<String> x = WordShingles.of(WordTokens.of(source), WordShingles.STANDARD_N);
    Set<String> y = WordShingles.of(WordTokens.of(rewrite), WordShingles.STANDARD_N);
    return WordShingles.jaccard(x, y) < MAX_PAIR_JACCARD;
  }

  static int words(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
  }

  private static void addLowercase(Set<String> lowercase, String text) {
    for (String token : text.split("\\s+")) {
      int start = 0;
      int end = token.length();
      while (start < end && !Character.isLetterOrDigit(token.charAt(start))) {
        start++;
      }
      while (end > start && !Character.isLetterOrDigit(token.charAt(end - 1))) {
        end--;
      }
      String core = token.substring(start, end);
      if (!core.isEmpty() && core.chars().noneMatch(Character::isUpperCase)) {
        lowercase.add(core);
      }
    }
  }
}
