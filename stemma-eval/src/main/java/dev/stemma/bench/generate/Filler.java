package dev.stemma.bench.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Fills the slots of templates with one article's view of its story's cast.
 *
 * <p>A person is named in full at the first mention in the article and by surname after it, and by
 * surname after a title ("Mr. Kessler"). Draws favour the first members of each list (the story's
 * main actors), so that independent reports name the same people; now and then a report quotes
 * someone of its own, as real reports do. A paraphrase pair's slots are filled once for both sides,
 * so the rewrite keeps the original's names and numbers.
 */
final class Filler {

  private final Cast cast;
  private final SplittableRandom random;
  private final Set<String> mentioned = new HashSet<>();
  private final Cast.Person ownWitness;

  Filler(Cast cast, SplittableRandom random) {
    this.cast = cast;
    this.random = random;
    this.ownWitness =
        new Cast.Person(CastFactory.pick(random, NameParts.GIVEN), CastFactory.surname(random));
  }

  /** A generated sentence: each slot drawn on its own. */
  String fill(List<String> template) {
    return render(template, new HashMap<>());
  }

  /** Both sides of a paraphrase pair, their indexed slots filled alike. */
  String[] fillPair(List<String> source, List<String> rewrite) {
    Map<String, String> chosen = new HashMap<>();
    Set<String> before = new HashSet<>(mentioned);
    String first = render(source, chosen);
    Set<String> after = new HashSet<>(mentioned);
    mentioned.clear();
    mentioned.addAll(before);
    String second = render(rewrite, chosen);
    mentioned.addAll(after);
    return new String[] {first, second};
  }

  private String render(List<String> template, Map<String, String> chosen) {
    List<String> out = new ArrayList<>(template.size());
    boolean afterTitle = false;
    for (String token : template) {
      int open = token.indexOf(Slot.OPEN);
      if (open < 0) {
        out.add(token);
        afterTitle = isTitle(token);
        continue;
      }
      int close = token.indexOf(Slot.CLOSE, open);
      Slot slot = Slot.ofCode(token.charAt(open + 1));
      String index = token.substring(open + 2, close);
      String value = "";
      if (slot != null) {
        String entity = index.isEmpty() ? null : chosen.get(index);
        if (entity == null) {
          entity = draw(slot);
          if (!index.isEmpty()) {
            chosen.put(index, entity);
          }
        }
        value = mention(slot, entity, afterTitle);
      }
      out.add(token.substring(0, open) + value + token.substring(close + 1));
      afterTitle = false;
    }
    return String.join(" ", out);
  }

  /** A cast member for a slot, encoded "P:given|surname" for people, the name itself otherwise. */
  private String draw(Slot slot) {
    return switch (slot) {
      case PERSON -> person();
      case PLACE -> "L:" + favoured(cast.places());
      case ORGANISATION -> "O:" + favoured(cast.organisations());
      case NAME -> {
        int kind = random.nextInt(4);
        yield kind < 2
            ? person()
            : kind == 2 ? "L:" + favoured(cast.places()) : "O:" + favoured(cast.organisations());
      }
      case SMALL_NUMBER, NUMBER, DECIMAL -> "D:" + number(slot);
      case YEAR -> "Y:" + cast.year();
      case MONTH -> "M:" + cast.month();
      case WEEKDAY -> "W:" + cast.weekday();
    };
  }

  private String number(Slot shape) {
    if (random.nextInt(5) == 0) {
      return CastFactory.number(random, shape);
    }
    List<String> same = new ArrayList<>();
    for (String number : cast.numbers()) {
      if (CastFactory.shapeOf(number) == shape) {
        same.add(number);
      }
    }
    return same.isEmpty() ? CastFactory.number(random, shape) : favoured(same);
  }

  private String person() {
    Cast.Person person = random.nextInt(8) == 0 ? ownWitness : favoured(cast.people());
    return "P:" + person.given() + "|" + person.surname();
  }

  private String mention(Slot slot, String entity, boolean afterTitle) {
    String value = entity.substring(2);
    if (!entity.startsWith("P:")) {
      return value;
    }
    int bar = value.indexOf('|');
    String given = value.substring(0, bar);
    String surname = value.substring(bar + 1);
    if (afterTitle || slot == Slot.NAME || !mentioned.add(surname)) {
      mentioned.add(surname);
      return surname;
    }
    return given + " " + surname;
  }

  private <T> T favoured(List<T> values) {
    int a = random.nextInt(values.size());
    int b = random.nextInt(values.size());
    return values.get(Math.min(a, b));
  }

  private static boolean isTitle(String token) {
    return switch (token) {
      case "Mr.",
          "Mrs.",
          "Ms.",
          "Dr.",
          "Mr",
          "Mrs",
          "Ms",
          "Dr",
          "President",
          "Sen.",
          "Senator",
          "Gov.",
          "Governor",
          "Minister",
          "Judge",
          "Rep.",
          "Gen.",
          "General",
          "Chief",
          "Secretary",
          "Mayor",
          "Professor",
          "Prof.",
          "Coach",
          "Captain",
          "Detective",
          "Inspector",
          "Sir" ->
          true;
      default -> false;
    };
  }
}
