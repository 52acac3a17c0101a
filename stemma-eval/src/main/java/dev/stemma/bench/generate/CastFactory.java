package dev.stemma.bench.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/** Draws story casts: synthetic names from {@link NameParts}, numbers and a date. */
final class CastFactory {

  private CastFactory() {}

  static Cast draw(SplittableRandom random, int year, String month, String weekday) {
    List<Cast.Person> people = new ArrayList<>();
    Set<String> surnames = new LinkedHashSet<>();
    int count = 3 + random.nextInt(3);
    while (people.size() < count) {
      String surname = surname(random);
      if (surnames.add(surname)) {
        people.add(new Cast.Person(pick(random, NameParts.GIVEN), surname));
      }
    }
    List<String> places = distinct(random, 2 + random.nextInt(2), CastFactory::place);
    List<String> organisations =
        distinct(random, 2 + random.nextInt(2), r -> organisation(r, places));
    List<String> numbers = new ArrayList<>();
    numbers.addAll(distinct(random, 2, r -> number(r, Slot.SMALL_NUMBER)));
    numbers.addAll(distinct(random, 2, r -> number(r, Slot.NUMBER)));
    numbers.addAll(distinct(random, 1 + random.nextInt(2), r -> number(r, Slot.DECIMAL)));
    return new Cast(people, places, organisations, numbers, year, month, weekday);
  }

  /**
   * A cast that keeps one or two people or organisations of {@code other}: a related, different
   * story.
   */
  static Cast borrowing(
      SplittableRandom random, Cast other, int year, String month, String weekday) {
    Cast fresh = draw(random, year, month, weekday);
    List<Cast.Person> people = new ArrayList<>(fresh.people());
    List<String> organisations = new ArrayList<>(fresh.organisations());
    people.set(0, other.people().get(random.nextInt(other.people().size())));
    if (random.nextBoolean()) {
      organisations.set(0, other.organisations().get(random.nextInt(other.organisations().size())));
    }
    return new Cast(people, fresh.places(), organisations, fresh.numbers(), year, month, weekday);
  }

  static String surname(SplittableRandom random) {
    return pick(random, NameParts.SURNAME_START)
        + pick(random, NameParts.SURNAME_MIDDLE)
        + pick(random, NameParts.SURNAME_END);
  }

  static String place(SplittableRandom random) {
    String stem = pick(random, NameParts.PLACE_STEM);
    String end = pick(random, NameParts.PLACE_END);
    if (stem.toLowerCase(Locale.ROOT).endsWith(end.substring(0, 1))) {
      end = end.substring(1);
    }
    return pick(random, NameParts.PLACE_PREFIX) + stem + end;
  }

  static String organisation(SplittableRandom random, List<String> places) {
    return switch (random.nextInt(3)) {
      case 0 ->
          places.get(random.nextInt(places.size())) + " " + pick(random, NameParts.PUBLIC_BODY);
      case 1 -> surname(random) + " " + pick(random, NameParts.ORG_KIND);
      default ->
          pick(random, NameParts.PLACE_STEM)
              + pick(random, new String[] {"ex", "ora", "ion", "ica", "on"})
              + " "
              + pick(random, NameParts.CORP_SUFFIX);
    };
  }

  /** A number of the slot's shape: below 100, 100 or more (thousands with commas), or a decimal. */
  static String number(SplittableRandom random, Slot shape) {
    return switch (shape) {
      case SMALL_NUMBER ->
          Integer.toString(
              random.nextBoolean() ? 2 + random.nextInt(30) : 5 * (1 + random.nextInt(19)));
      case DECIMAL ->
          String.format(Locale.ROOT, "%d.%d", 1 + random.nextInt(9), random.nextInt(10));
      default ->
          random.nextBoolean()
              ? Integer.toString(100 + random.nextInt(900))
              : String.format(Locale.ROOT, "%,d", 1000 + random.nextInt(90_000));
    };
  }

  /** The shape of a number as {@link #number} writes it. */
  static Slot shapeOf(String number) {
    return number.contains(".")
        ? Slot.DECIMAL
        : number.length() <= 2 ? Slot.SMALL_NUMBER : Slot.NUMBER;
  }

  static String pick(SplittableRandom random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  private interface Draw {
    String draw(SplittableRandom random);
  }

  private static List<String> distinct(SplittableRandom random, int count, Draw draw) {
    Set<String> values = new LinkedHashSet<>();
    int attempts = 0;
    while (values.size() < count && attempts++ < 100) {
      values.add(draw.draw(random));
    }
    return new ArrayList<>(values);
  }
}
