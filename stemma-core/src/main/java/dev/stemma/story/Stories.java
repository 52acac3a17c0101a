package dev.stemma.story;

import dev.stemma.relate.Relation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The story stage: from analysed articles and the relations among them to stories, copy families,
 * their origins and lineage trees. A pure function of its inputs; the output is sorted (largest
 * story first, then by first member id), so ids are the same for the same input.
 */
public final class Stories {

  private Stories() {}

  public static List<Story> build(List<Member> members, List<Relation> relations, StoryLinkPolicy policy) {
    Map<String, Member> byId = new HashMap<>();
    for (Member m : members) {
      if (byId.put(m.id(), m) != null) {
        throw new IllegalArgumentException("duplicate article id '" + m.id() + "' given to the story stage");
      }
    }
    Map<String, Map<String, Relation>> links = new HashMap<>();
    List<Relation> copies = new ArrayList<>();
    for (Relation r : relations) {
      links.computeIfAbsent(r.a(), k -> new HashMap<>()).put(r.b(), r);
      links.computeIfAbsent(r.b(), k -> new HashMap<>()).put(r.a(), r);
      if (r.kind().isCopy()) {
        copies.add(r);
      }
    }
    List<String> ids = members.stream().map(Member::id).sorted().toList();
    List<List<String>> storyGroups = StoryGraph.components(ids, relations, policy);
    List<List<String>> familyGroups = StoryGraph.components(ids, copies, StoryLinkPolicy.EVERY_LINK);
    Map<String, List<List<String>>> familiesByStory = new HashMap<>();
    Map<String, String> storyRootOf = new HashMap<>();
    for (List<String> story : storyGroups) {
      story.forEach(id -> storyRootOf.put(id, story.get(0)));
    }
    for (List<String> family : familyGroups) {
      familiesByStory.computeIfAbsent(storyRootOf.get(family.get(0)), k -> new ArrayList<>()).add(family);
    }
    Comparator<List<String>> bySizeThenFirst =
        Comparator.comparingInt((List<String> g) -> -g.size()).thenComparing(g -> g.get(0));
    List<List<String>> sortedStories = storyGroups.stream().sorted(bySizeThenFirst).toList();

    List<Story> stories = new ArrayList<>();
    int familyNumber = 0;
    for (int s = 0; s < sortedStories.size(); s++) {
      List<String> story = sortedStories.get(s);
      List<List<String>> groups = familiesByStory.get(story.get(0)).stream().sorted(bySizeThenFirst).toList();
      List<Family> families = new ArrayList<>();
      for (List<String> group : groups) {
        List<Member> familyMembers = group.stream().map(byId::get).toList();
        OriginFinder.Choice choice = OriginFinder.choose(familyMembers, links);
        LineageNode tree = Lineage.tree(choice.origin(), familyMembers, links);
        families.add(new Family("F" + (++familyNumber), group, choice.origin(), choice.reasons(), tree));
      }
      String headline = byId.get(families.get(0).origin()).headline();
      stories.add(new Story("S" + (s + 1), headline, story, families));
    }
    return stories;
  }
}
