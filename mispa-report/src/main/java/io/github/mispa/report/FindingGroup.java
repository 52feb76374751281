package io.github.mispa.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.mispa.procedure.ActLocation;
import io.github.mispa.rules.Finding;
import io.github.mispa.rules.FindingKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Findings that say the same thing: the same rule, kind, citation and message, at one act or at
 * several. What a person reads lists each group once, with its acts, so that it grows with the
 * distinct problems of a record rather than with their repetitions: a decision on 100,000
 * nominations of one person gives four lines, not 300,000.
 *
 * <pre>{@code
 * for (FindingGroup group : FindingGroup.of(verdict.findings())) {
 *   System.out.println(group.locations(10) + " " + group.ruleId() + ": " + group.message());
 *   // 2.a#2, 2.a#20, 2.b#1 decision.quorum: the record has no attendance for session 2, ...
 * }
 * }</pre>
 */
public final class FindingGroup {
  /** How many acts {@link #toString()} names before it says how many more there are. */
  public static final int LOCATIONS_SHOWN = 10;

  private final Finding first;
  private final ImmutableList<ActLocation> locations;
  private final int size;

  private FindingGroup(Finding first, ImmutableList<ActLocation> locations, int size) {
    this.first = first;
    this.locations = locations;
    this.size = size;
  }

  /** What makes findings the same. */
  private record Key(String ruleId, FindingKind kind, String citation, String message) {
    static Key of(Finding finding) {
      return new Key(finding.ruleId(), finding.kind(), finding.citation(), finding.message());
    }
  }

  /** A group as it fills. */
  private static final class Members {
    final Finding first;
    final Set<ActLocation> locations = new LinkedHashSet<>();
    int size;

    Members(Finding first) {
      this.first = first;
    }
  }

  /**
   * {@return {@code findings} grouped, in the order of each group's first finding; in a group, its
   * acts in the order of their first finding}
   */
  public static ImmutableList<FindingGroup> of(Iterable<Finding> findings) {
    requireNonNull(findings, "findings");
    Map<Key, Members> groups = new LinkedHashMap<>();
    for (Finding finding : findings) {
      Members members = groups.computeIfAbsent(Key.of(finding), k -> new Members(finding));
      members.locations.add(finding.location());
      members.size++;
    }
    ImmutableList.Builder<FindingGroup> all = ImmutableList.builderWithExpectedSize(groups.size());
    for (Members members : groups.values()) {
      all.add(
          new FindingGroup(members.first, ImmutableList.copyOf(members.locations), members.size));
    }
    return all.build();
  }

  /** {@return the id of the rule} */
  public String ruleId() {
    return first.ruleId();
  }

  /** {@return what the findings mean for their acts} */
  public FindingKind kind() {
    return first.kind();
  }

  /** {@return where the rule comes from} */
  public String citation() {
    return first.citation();
  }

  /** {@return what is wrong, the same for every finding of the group} */
  public String message() {
    return first.message();
  }

  /** {@return the first finding of the group} */
  public Finding first() {
    return first;
  }

  /** {@return the acts of the findings, each once, in order} */
  public ImmutableList<ActLocation> locations() {
    return locations;
  }

  /** {@return how many findings the group has: at least as many as its acts} */
  public int size() {
    return size;
  }

  /**
   * {@return the acts in words, at most {@code shown} of them: "2.a#2, 2.a#20, 2.b#1", or "6#1, 7#1
   * (and 998 more acts)"}
   */
  public String locations(int shown) {
    checkArgument(shown >= 1, "shown must be at least 1, but was %s", shown);
    List<String> named = new ArrayList<>(Math.min(shown, locations.size()));
    for (int i = 0; i < Math.min(shown, locations.size()); i++) {
      named.add(locations.get(i).toString());
    }
    int more = locations.size() - named.size();
    return String.join(", ", named)
        + (more == 0 ? "" : " (and " + more + (more == 1 ? " more act)" : " more acts)"));
  }

  /**
   * {@return how many acts {@code groups} concern, in words: "10 acts", "1 act", or "2 acts (5
   * findings)" where an act has several findings}
   */
  public static String actsIn(List<FindingGroup> groups) {
    requireNonNull(groups, "groups");
    Set<ActLocation> acts = new HashSet<>();
    int findings = 0;
    for (FindingGroup group : groups) {
      acts.addAll(group.locations);
      findings += group.size;
    }
    return acts.size()
        + (acts.size() == 1 ? " act" : " acts")
        + (findings == acts.size() ? "" : " (" + findings + " findings)");
  }

  /**
   * Returns the group on one line, as {@link Finding#toString()} writes a finding, with at most
   * {@value #LOCATIONS_SHOWN} acts, and how many findings there are if more than one.
   */
  @Override
  public String toString() {
    return locations(LOCATIONS_SHOWN)
        + " "
        + kind().name().toLowerCase(Locale.ROOT)
        + " "
        + ruleId()
        + " ("
        + citation()
        + ")"
        + (size == 1 ? "" : ", " + size + " findings")
        + ": "
        + message();
  }
}
