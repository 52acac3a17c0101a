package dev.stemma.bench.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns a real sentence into a template: its names, numbers and dates replaced by {@link Slot}s, so
 * that a story's own cast can be put in their place.
 *
 * <p>Why: a generated corpus must give independent reports of one story shared anchors (people,
 * places, numbers, dates) without shared sentences, and must not give unrelated stories the anchors
 * of the source sentences. The rules are heuristics, no named-entity model: a capitalised word that
 * is not the first of its sentence (or is, but never appears in lower case in the corpus) is a
 * name; consecutive names are one span ("Cisco Systems", "Bank of England"); its kind comes from
 * its words (Corp., Bank, Council: organisation; an acronym: organisation), the word before it (in,
 * at, from: place; Mr., President: person) or after it (said, told: person); two plain capitalised
 * words are taken for a person. Titles, "I", months, weekdays and a few world-wide names (U.S., UN)
 * are kept or have slots of their own; nationality adjectives ("Japanese officials") are kept.
 */
final class Templater {

  private static final Pattern YEAR = Pattern.compile("(18|19|20)\\d\\d");
  private static final Pattern NUMBER =
      Pattern.compile("([$€£]?)(\\d[\\d,]*(?:\\.\\d+)?)(%|bn|m|million|billion)?");
  private static final String LEAD = "\"'“‘([";
  private static final String TAIL = ".,;:!?\"'”’)]";

  private static final Set<String> KEEP =
      Set.of(
          "I", "I'm", "I've", "I'd", "I'll", "I’m", "I’ve", "I’d", "I’ll", "OK", "TV", "U.S.",
          "U.K.", "US", "UK", "EU", "UN", "U.N.", "AM", "PM", "A.M.", "P.M.");
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "U.S.", "U.K.", "U.N.", "Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Gov.", "Rep.", "Gen.",
          "Prof.", "Capt.", "Lt.", "Sgt.", "Col.", "Adm.", "St.", "Inc.", "Corp.", "Co.", "Ltd.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "Jr.", "Sr.", "A.M.", "P.M.");
  private static final Set<String> TITLES =
      Set.of(
          "Mr.",
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
          "Prime",
          "Judge",
          "Rep.",
          "Gen.",
          "General",
          "Chief",
          "Secretary",
          "Attorney",
          "Justice",
          "Officer",
          "Detective",
          "Professor",
          "Prof.",
          "Mayor",
          "King",
          "Queen",
          "Prince",
          "Princess",
          "Pope",
          "Coach",
          "Captain",
          "Capt.",
          "Lt.",
          "Sgt.",
          "Col.",
          "Adm.",
          "Chairman",
          "Chancellor",
          "Inspector",
          "Sir",
          "Lady",
          "Lord",
          "Bishop",
          "Father",
          "Sister",
          "Deputy",
          "Commissioner",
          "Superintendent",
          "Sheriff",
          "Vice",
          "Foreign",
          "Defense",
          "Defence",
          "Finance",
          "Interior",
          "Health",
          "Executive",
          "Director",
          "Manager",
          "Spokesman",
          "Spokeswoman",
          "First",
          "Lady's");
  private static final Set<String> ORGANISATION_WORDS =
      Set.of(
          "Corp.",
          "Corp",
          "Inc.",
          "Inc",
          "Co.",
          "Ltd.",
          "Ltd",
          "Bank",
          "Group",
          "Ministry",
          "Department",
          "Council",
          "Party",
          "University",
          "Association",
          "Agency",
          "Commission",
          "Company",
          "Court",
          "Police",
          "Army",
          "Airlines",
          "Airways",
          "Federation",
          "Union",
          "Institute",
          "Committee",
          "Authority",
          "Board",
          "Fund",
          "Reserve",
          "Exchange",
          "League",
          "Club",
          "Times",
          "News",
          "Post",
          "Journal",
          "Press",
          "Systems",
          "Technologies",
          "Motors",
          "Holdings",
          "Industries",
          "Communications",
          "Securities",
          "Partners",
          "Network",
          "Service",
          "Services",
          "Office",
          "Senate",
          "House",
          "Congress",
          "Parliament",
          "Foundation",
          "Hospital",
          "School",
          "College",
          "Centre",
          "Center",
          "Corporation",
          "Organisation",
          "Organization",
          "Administration",
          "Bureau",
          "Church",
          "Guard",
          "FC",
          "United",
          "City",
          "Stadium",
          "Telecom",
          "Energy",
          "Electronics",
          "Pharmaceuticals");
  private static final Set<String> PLACE_BEFORE =
      Set.of(
          "in",
          "at",
          "from",
          "near",
          "to",
          "across",
          "into",
          "outside",
          "around",
          "toward",
          "towards",
          "via",
          "throughout",
          "inside");
  private static final Set<String> SAID =
      Set.of(
          "said",
          "says",
          "told",
          "added",
          "wrote",
          "noted",
          "explained",
          "argued",
          "insisted",
          "warned",
          "announced",
          "asked",
          "replied",
          "stated",
          "testified",
          "claimed",
          "admitted");
  private static final Set<String> CONNECTORS =
      Set.of("of", "de", "van", "von", "al", "del", "la", "du");

  private final Set<String> lowercaseWords;

  /**
   * @param lowercaseWords every word seen in lower case in the corpus, to judge a sentence's first
   *     word
   */
  Templater(Set<String> lowercaseWords) {
    this.lowercaseWords = lowercaseWords;
  }

  /**
   * The template tokens of a sentence.
   *
   * @param entities null for slots without an index (Markov training); otherwise the map from an
   *     entity's text to its index, shared by the two sides of a paraphrase pair so that one entity
   *     gets one filling in both
   */
  List<String> template(String sentence, @Nullable Map<String, Integer> entities) {
    String[] raw = sentence.strip().split("\\s+");
    Piece[] pieces = new Piece[raw.length];
    for (int i = 0; i < raw.length; i++) {
      pieces[i] = Piece.of(raw[i]);
    }
    List<String> out = new ArrayList<>(raw.length);
    boolean afterTitle = false;
    int i = 0;
    while (i < pieces.length) {
      Piece piece = pieces[i];
      Slot simple = simpleSlot(piece.core);
      if (simple != null) {
        boolean number =
            simple == Slot.NUMBER || simple == Slot.SMALL_NUMBER || simple == Slot.DECIMAL;
        String key = number ? numberCore(piece.core) : piece.core;
        String prefix = number ? numberPrefix(piece.core) : "";
        String suffix = number ? numberSuffix(piece.core) : "";
        out.add(
            piece.lead
                + prefix
                + simple.token(index(entities, simple.code + key))
                + suffix
                + piece.tail);
        afterTitle = false;
        i++;
        continue;
      }
      if (!isNameWord(pieces, i)) {
        out.add(piece.text);
        afterTitle = TITLES.contains(piece.core) && piece.tail.isEmpty();
        i++;
        continue;
      }
      int end = i;
      while (end + 1 < pieces.length && pieces[end].tail.isEmpty()) {
        if (pieces[end + 1].lead.isEmpty() && isNameWord(pieces, end + 1)) {
          end++;
        } else if (end + 2 < pieces.length
            && CONNECTORS.contains(pieces[end + 1].core)
            && pieces[end + 1].tail.isEmpty()
            && pieces[end + 2].lead.isEmpty()
            && isNameWord(pieces, end + 2)) {
          end += 2;
        } else {
          break;
        }
      }
      StringBuilder span = new StringBuilder();
      for (int k = i; k <= end; k++) {
        span.append(k > i ? " " : "").append(pieces[k].core);
      }
      Slot kind = kind(pieces, i, end, afterTitle);
      out.add(pieces[i].lead + kind.token(index(entities, span.toString())) + pieces[end].tail);
      afterTitle = false;
      i = end + 1;
    }
    return out;
  }

  private static int index(@Nullable Map<String, Integer> entities, String key) {
    if (entities == null) {
      return -1;
    }
    return entities.computeIfAbsent(key, k -> entities.size());
  }

  private static @Nullable Slot simpleSlot(String core) {
    if (core.isEmpty()) {
      return null;
    }
    char first = core.charAt(0);
    if (!Character.isDigit(first) && "$€£".indexOf(first) < 0 && !Character.isUpperCase(first)) {
      return null;
    }
    if (YEAR.matcher(core).matches()) {
      return Slot.YEAR;
    }
    var number = NUMBER.matcher(core);
    if (number.matches()) {
      String digits = number.group(2);
      return digits.contains(".")
          ? Slot.DECIMAL
          : digits.length() <= 2 ? Slot.SMALL_NUMBER : Slot.NUMBER;
    }
    for (String month : NameParts.MONTHS) {
      if (core.equals(month)
          || (core.endsWith(".")
              && core.length() >= 4
              && month.startsWith(core.substring(0, core.length() - 1)))) {
        return Slot.MONTH;
      }
    }
    for (String day : NameParts.WEEKDAYS) {
      if (core.equals(day)) {
        return Slot.WEEKDAY;
      }
    }
    return null;
  }

  private boolean isNameWord(Piece[] pieces, int i) {
    String core = pieces[i].core;
    if (core.isEmpty()
        || !Character.isUpperCase(core.codePointAt(0))
        || KEEP.contains(core)
        || TITLES.contains(core)) {
      return false;
    }
    if (!core.chars().anyMatch(Character::isLetter)) {
      return false;
    }
    boolean first =
        i == 0
            || pieces[i - 1].tail.endsWith(":")
            || !pieces[i].lead.isEmpty()
            || pieces[i - 1].tail.endsWith(".")
            || pieces[i - 1].text.equals("—")
            || pieces[i - 1].text.equals("--");
    String lower = core.toLowerCase(Locale.ROOT);
    if (first && lowercaseWords.contains(lower)) {
      return false;
    }
    // Nationality adjectives before a common noun ("Japanese officials") are kept.
    if (i + 1 < pieces.length
        && (lower.endsWith("an") || lower.endsWith("ese") || lower.endsWith("ish"))
        && !pieces[i + 1].core.isEmpty()
        && Character.isLowerCase(pieces[i + 1].core.codePointAt(0))
        && !SAID.contains(pieces[i + 1].core)
        && lowercaseWords.contains(pieces[i + 1].core)) {
      return false;
    }
    return true;
  }

  private static Slot kind(Piece[] pieces, int start, int end, boolean afterTitle) {
    boolean plain = true;
    for (int k = start; k <= end; k++) {
      String core = pieces[k].core;
      if (ORGANISATION_WORDS.contains(core)
          || (core.length() >= 2
              && core.length() <= 6
              && core.chars().allMatch(Character::isUpperCase))) {
        return Slot.ORGANISATION;
      }
      if (!core.chars().allMatch(Character::isLetter)) {
        plain = false;
      }
    }
    if (afterTitle) {
      return Slot.PERSON;
    }
    if (start > 0
        && PLACE_BEFORE.contains(pieces[start - 1].core)
        && pieces[start - 1].tail.isEmpty()) {
      return Slot.PLACE;
    }
    if (end + 1 < pieces.length && SAID.contains(pieces[end + 1].core)) {
      return Slot.PERSON;
    }
    if (end > start && plain && end - start <= 2) {
      return Slot.PERSON;
    }
    return Slot.NAME;
  }

  private static String numberPrefix(String core) {
    var m = NUMBER.matcher(core);
    return m.matches() ? m.group(1) : "";
  }

  private static String numberCore(String core) {
    var m = NUMBER.matcher(core);
    return m.matches() ? m.group(2) : core;
  }

  private static String numberSuffix(String core) {
    var m = NUMBER.matcher(core);
    return m.matches() && m.group(3) != null ? m.group(3) : "";
  }

  /**
   * A whitespace token cut into leading punctuation, core and trailing punctuation (with a
   * possessive).
   */
  private record Piece(String text, String lead, String core, String tail) {

    static Piece of(String text) {
      int start = 0;
      while (start < text.length() && LEAD.indexOf(text.charAt(start)) >= 0) {
        start++;
      }
      int end = text.length();
      while (end > start && TAIL.indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      String core = text.substring(start, end);
      if (end < text.length() && text.charAt(end) == '.' && ABBREVIATIONS.contains(core + ".")) {
        end++;
        core = text.substring(start, end);
      }
      for (String possessive : new String[] {"'s", "’s"}) {
        if (core.endsWith(possessive) && core.length() > possessive.length()) {
          end -= possessive.length();
          core = text.substring(start, end);
          break;
        }
      }
      return new Piece(text, text.substring(0, start), core, text.substring(end));
    }
  }
}
