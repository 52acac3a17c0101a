package dev.stemma.bench.generate;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A story's own facts: its people, places, organisations, numbers and date. Every article about the
 * story fills its sentence templates from the cast, so independent reports share these anchors and
 * nothing else.
 *
 * @param people full names, given name then surname
 * @param places place names
 * @param organisations organisation names
 * @param numbers numbers as written ("14", "2.5", "1,200")
 * @param year the story's year
 * @param month the story's month name
 * @param weekday the story's weekday name
 */
record Cast(
    List<Person> people,
    List<String> places,
    List<String> organisations,
    List<String> numbers,
    int year,
    String month,
    String weekday) {

  Cast {
    people = List.copyOf(people);
    places = List.copyOf(places);
    organisations = List.copyOf(organisations);
    numbers = List.copyOf(numbers);
    requireNonNull(month, "month");
    requireNonNull(weekday, "weekday");
    if (people.isEmpty() || places.isEmpty() || organisations.isEmpty() || numbers.isEmpty()) {
      throw new IllegalArgumentException("A cast needs at least one of each kind of fact");
    }
  }

  /**
   * A person.
   *
   * @param given the given name
   * @param surname the surname, used alone after the first mention
   */
  record Person(String given, String surname) {
    String full() {
      return given + " " + surname;
    }
  }
}
