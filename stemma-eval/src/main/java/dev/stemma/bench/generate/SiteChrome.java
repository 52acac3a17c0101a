package dev.stemma.bench.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Makes the sites of a corpus and prints a draft as one of them would: header, byline, story,
 * footer. The footer templates hold placeholders filled per article: {@code {site}}, {@code
 * {year}}, {@code {link}} (the headline of another article of the site: a cross-link), {@code
 * {tags}} (two of the story's names: chrome that carries anchors), {@code {photo}}.
 */
final class SiteChrome {

  private static final String[] FOOTERS = {
    "© {year} {site}. All rights reserved.",
    "Copyright {year} {site}",
    "Share this article: Facebook | X | WhatsApp | Email",
    "Share on Facebook · Share on X · Copy link",
    "Read more: {link}",
    "Related: {link}",
    "Subscribe to the {site} morning briefing for the day's top stories.",
    "Sign up for our newsletter and never miss a story.",
    "Leave a comment",
    "Comments are closed.",
    "Photo: {photo}",
    "Tags: {tags}",
    "Follow {site} on social media for the latest updates.",
    "Have a news tip? Contact our newsroom.",
    "Advertisement",
    "Report an error"
  };

  private static final String[] HEADERS = {
    "{site} | Local news, weather and sport",
    "Home > News > Latest",
    "{site} — Independent journalism since {founded}",
    "Breaking News | Politics | Business | Culture",
    "Menu | Search | Subscribe"
  };

  private static final String[] WORDS_A = {
    "Daily",
    "Evening",
    "Morning",
    "Weekly",
    "Valley",
    "County",
    "Coastal",
    "Northern",
    "City",
    "Metro",
    "Harbour",
    "Central",
    "Highland",
    "River"
  };

  private static final String[] WORDS_B = {
    "Courier", "Herald", "Gazette", "Post", "Chronicle", "Observer", "Times", "Tribune", "Echo",
    "Ledger", "Express", "Mirror", "Standard", "Dispatch", "Journal", "Record", "Sentinel", "Star"
  };

  private static final String[] WIRES = {
    "Continental Press Agency",
    "Meridian Wire",
    "Northstar News Service",
    "Atlas Newswire",
    "Compass Press",
    "Beacon News Agency"
  };

  private SiteChrome() {}

  /** {@code count} sites, the first few of them news agencies. */
  static List<Site> sites(SplittableRandom random, int count) {
    List<Site> sites = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    int wires = Math.max(1, Math.min(WIRES.length, count / 10));
    for (int i = 0; i < wires; i++) {
      names.add(WIRES[i]);
      sites.add(site(random, WIRES[i], true));
    }
    int attempts = 0;
    while (sites.size() < count && attempts++ < count * 50) {
      String name =
          switch (random.nextInt(3)) {
            case 0 -> "The " + CastFactory.place(random) + " " + CastFactory.pick(random, WORDS_B);
            case 1 ->
                CastFactory.place(random)
                    + " "
                    + CastFactory.pick(random, WORDS_A)
                    + " "
                    + CastFactory.pick(random, WORDS_B);
            default ->
                "The "
                    + CastFactory.pick(random, WORDS_A)
                    + " "
                    + CastFactory.pick(random, WORDS_B);
          };
      if (names.add(name)) {
        sites.add(site(random, name, false));
      }
    }
    return sites;
  }

  private static Site site(SplittableRandom random, String name, boolean wire) {
    String domain =
        name.toLowerCase(Locale.ROOT).replaceFirst("^the ", "").replaceAll("[^a-z0-9]+", "")
            + ".example";
    String header =
        wire || random.nextInt(3) == 0
            ? null
            : CastFactory.pick(random, HEADERS)
                .replace("{site}", name)
                .replace("{founded}", Integer.toString(1850 + random.nextInt(160)));
    List<String> footer = new ArrayList<>();
    Set<Integer> chosen = new LinkedHashSet<>();
    int lines = wire ? 1 : 1 + random.nextInt(4);
    while (chosen.size() < lines) {
      chosen.add(random.nextInt(FOOTERS.length));
    }
    for (int index : chosen) {
      footer.add(FOOTERS[index]);
    }
    List<String> staff = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      staff.add(CastFactory.pick(random, NameParts.GIVEN) + " " + CastFactory.surname(random));
    }
    return new Site(
        name,
        domain,
        wire,
        random.nextInt(6) != 0,
        header,
        wire || random.nextInt(5) < 2,
        footer,
        staff);
  }

  /**
   * The article text as the site prints it.
   *
   * @param link the headline of another article of this site, for cross-links
   * @param credit a line naming where a copy came from, or null
   */
  static String print(
      Site site,
      Draft draft,
      Cast cast,
      int year,
      String link,
      String credit,
      SplittableRandom random) {
    StringBuilder text = new StringBuilder();
    if (site.header() != null) {
      text.append(site.header()).append("\n\n");
    }
    if (site.byline()) {
      text.append("By ").append(site.staff().get(random.nextInt(site.staff().size())));
      text.append(site.wire() ? ", " + site.name() : "").append("\n\n");
    }
    text.append(draft.body());
    List<String> footer = new ArrayList<>();
    if (!credit.isEmpty()) {
      footer.add(credit);
    }
    for (String template : site.footer()) {
      footer.add(
          template
              .replace("{site}", site.name())
              .replace("{year}", Integer.toString(year))
              .replace("{link}", link)
              .replace("{tags}", cast.places().getFirst() + ", " + cast.organisations().getFirst())
              .replace(
                  "{photo}",
                  site.staff().get(random.nextInt(site.staff().size())) + "/" + site.name()));
    }
    if (!footer.isEmpty()) {
      text.append("\n\n").append(String.join("\n", footer));
    }
    return text.append('\n').toString();
  }
}
