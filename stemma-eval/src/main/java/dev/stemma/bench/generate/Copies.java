package dev.stemma.bench.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Makes the copy of a draft: the same (exact), edited (near-duplicate) or reworded (rewrite).
 *
 * <p>A near-duplicate gets one to three edits: words changed in a few sentences, the end cut (at
 * most a third of the paragraphs), a middle paragraph removed, a paragraph of new sentences added;
 * each keeps most of the text. A rewrite replaces every sentence that came from a paraphrase pair
 * with the pair's human paraphrase, keeps or drops each generated sentence (a spinner leaves some
 * alone), swaps a few neighbouring sentences and paragraphs, and writes a new headline.
 */
final class Copies {

  private static final String[] ADVERBS = {
    "also", "now", "still", "reportedly", "meanwhile", "already"
  };
  private static final String[][] SWAPS = {
    {"said", "says"}, {"says", "said"}, {"told", "said to"}, {"announced", "said"},
    {"about", "around"}, {"big", "large"}, {"began", "started"}, {"but", "however,"}
  };

  private Copies() {}

  static Draft nearDuplicate(
      Draft draft, DraftWriter writer, Filler filler, Set<String> topic, SplittableRandom random) {
    List<List<Sentence>> paragraphs = draft.editableParagraphs();
    int edits = random.nextInt(20) < 10 ? 1 : random.nextInt(10) < 7 ? 2 : 3;
    String before = new Draft(draft.title(), paragraphs).body();
    for (int e = 0; e < edits; e++) {
      switch (random.nextInt(4)) {
        case 0 -> editWords(paragraphs, random);
        case 1 -> truncate(paragraphs, random);
        case 2 -> removeParagraph(paragraphs, random);
        default ->
            paragraphs.add(
                1 + random.nextInt(paragraphs.size()),
                new ArrayList<>(writer.newSentences(filler, topic, 2 + random.nextInt(2), random)));
      }
    }
    if (new Draft(draft.title(), paragraphs).body().equals(before)) {
      editWords(paragraphs, random);
    }
    String title = random.nextInt(10) < 3 ? "UPDATE: " + draft.title() : draft.title();
    return new Draft(title, paragraphs);
  }

  static Draft rewrite(Draft draft, DraftWriter writer, Filler filler, SplittableRandom random) {
    List<List<Sentence>> paragraphs = new ArrayList<>();
    for (List<Sentence> paragraph : draft.paragraphs()) {
      List<Sentence> out = new ArrayList<>();
      for (Sentence sentence : paragraph) {
        if (sentence.rewrite() != null) {
          out.add(Sentence.generated(sentence.rewrite()));
        } else if (random.nextBoolean()) {
          out.add(sentence);
        }
      }
      if (out.size() >= 2 && random.nextInt(4) == 0) {
        int i = random.nextInt(out.size() - 1);
        Collections.swap(out, i, i + 1);
      }
      if (!out.isEmpty()) {
        paragraphs.add(out);
      }
    }
    if (paragraphs.size() >= 3 && random.nextInt(10) < 3) {
      int i = 1 + random.nextInt(paragraphs.size() - 2);
      Collections.swap(paragraphs, i, i + 1);
    }
    if (paragraphs.size() >= 3 && random.nextInt(10) < 3) {
      int i = random.nextInt(paragraphs.size() - 1);
      paragraphs.get(i).addAll(paragraphs.remove(i + 1));
    }
    return new Draft(writer.headline(filler, random), paragraphs);
  }

  private static void editWords(List<List<Sentence>> paragraphs, SplittableRandom random) {
    int sentences = 1 + random.nextInt(3);
    for (int s = 0; s < sentences; s++) {
      List<Sentence> paragraph = paragraphs.get(random.nextInt(paragraphs.size()));
      int index = random.nextInt(paragraph.size());
      paragraph.set(index, Sentence.generated(editSentence(paragraph.get(index).text(), random)));
    }
  }

  static String editSentence(String sentence, SplittableRandom random) {
    List<String> words = new ArrayList<>(List.of(sentence.split(" ")));
    for (String[] swap : SWAPS) {
      int at = words.indexOf(swap[0]);
      if (at > 0 && random.nextBoolean()) {
        words.set(at, swap[1]);
        return String.join(" ", words);
      }
    }
    if (words.size() > 6 && random.nextBoolean()) {
      int at = 1 + random.nextInt(words.size() - 2);
      if (words.get(at).chars().allMatch(Character::isLowerCase)) {
        words.remove(at);
        return String.join(" ", words);
      }
    }
    words.add(1 + random.nextInt(Math.max(1, words.size() - 1)), CastFactory.pick(random, ADVERBS));
    return String.join(" ", words);
  }

  private static void truncate(List<List<Sentence>> paragraphs, SplittableRandom random) {
    int removable = paragraphs.size() / 3;
    if (removable >= 1) {
      int cut = 1 + random.nextInt(removable);
      for (int i = 0; i < cut; i++) {
        paragraphs.removeLast();
      }
    }
  }

  private static void removeParagraph(List<List<Sentence>> paragraphs, SplittableRandom random) {
    if (paragraphs.size() >= 4) {
      paragraphs.remove(1 + random.nextInt(paragraphs.size() - 2));
    }
  }
}
