package io.github.mispa.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.github.mispa.internal.Checks;
import io.github.mispa.model.MemberState;
import io.github.mispa.model.Standing;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which member states a rule set counts on a date, as the base of a majority of the member states
 * and of the quorum: for each {@link Standing}, whether a state in it counts, and why. A choice of
 * the rule set, stated and documented, never implicit.
 *
 * <p>{@link #OAS} counts members, members whose denunciation of the Charter is pending and members
 * whose representation is disputed; it leaves out states excluded, suspended, not participating or
 * withdrawn: 34 in 2015 (Cuba not participating), 34 in 2020 (Venezuela disputed and counted), 33
 * in 2024 (Nicaragua withdrawn). Whether a disputed member's vote counts is another question: the
 * rule set's {@link RuleSet#disputedStanding()}.
 *
 * <pre>{@code
 * MembershipBase.OAS.count(LocalDate.of(2020, 6, 1));        // 34
 * MembershipBase.OAS.counts(Standing.DISPUTED);              // true
 * MembershipBase.OAS.source(Standing.NOT_PARTICIPATING);     // "practice: ..."
 * }</pre>
 */
public final class MembershipBase {
  /** The member states, once: {@code MemberState.values()} copies its array on every call. */
  private static final MemberState[] MEMBER_STATES = MemberState.values();

  /** The base the Organization uses, with the source of each choice. */
  public static final MembershipBase OAS =
      new MembershipBase(
          ImmutableMap.<Standing, Boolean>builder()
              .put(Standing.MEMBER, true)
              .put(Standing.DENUNCIATION_PENDING, true)
              .put(Standing.EXCLUDED, false)
              .put(Standing.SUSPENDED, false)
              .put(Standing.NOT_PARTICIPATING, false)
              .put(Standing.DISPUTED, true)
              .put(Standing.WITHDRAWN, false)
              .buildOrThrow(),
          ImmutableMap.<Standing, String>builder()
              .put(Standing.MEMBER, "OAS Charter, Art. 59: a majority of the member states")
              .put(
                  Standing.DENUNCIATION_PENDING,
                  "OAS Charter, Art. 143: a denouncing state remains a member until two years"
                      + " after its notice")
              .put(
                  Standing.EXCLUDED,
                  "Resolution VI of the Eighth Meeting of Consultation of Ministers of Foreign"
                      + " Affairs (1962) excluded the state's government from participating")
              .put(
                  Standing.SUSPENDED,
                  "OAS Charter, Art. 9: a suspended member does not exercise its right to"
                      + " participate")
              .put(
                  Standing.NOT_PARTICIPATING,
                  "practice: the Organization counts the 34 member states that take part, not"
                      + " Cuba, which has not taken part since 1962")
              .put(
                  Standing.DISPUTED,
                  "practice: from April 2019 the Organization kept counting Venezuela among the 34"
                      + " member states, 18 making a majority")
              .put(
                  Standing.WITHDRAWN,
                  "OAS Charter, Art. 143: the state ceased to belong to the Organization")
              .buildOrThrow());

  private final ImmutableMap<Standing, Boolean> counted;
  private final ImmutableMap<Standing, String> sources;

  private MembershipBase(
      ImmutableMap<Standing, Boolean> counted, ImmutableMap<Standing, String> sources) {
    this.counted = counted;
    this.sources = sources;
  }

  /**
   * Returns a base that counts the states whose standing {@code counted} maps to true, for the
   * reasons {@code sources} gives.
   *
   * @throws IllegalArgumentException unless both say something of every standing
   */
  public static MembershipBase of(Map<Standing, Boolean> counted, Map<Standing, String> sources) {
    requireNonNull(counted, "counted");
    requireNonNull(sources, "sources");
    for (Standing standing : Standing.values()) {
      checkArgument(counted.containsKey(standing), "the base must say whether %s counts", standing);
      String source = sources.get(standing);
      checkArgument(source != null, "the base must give a source for %s", standing);
      Checks.nonBlank(source, "source of the base for %s", standing);
    }
    return new MembershipBase(
        ImmutableMap.copyOf(new EnumMap<>(counted)), ImmutableMap.copyOf(new EnumMap<>(sources)));
  }

  /** {@return this base with states of {@code standing} counted or not, for {@code source}} */
  public MembershipBase with(Standing standing, boolean counts, String source) {
    requireNonNull(standing, "standing");
    Map<Standing, Boolean> c = new EnumMap<>(counted);
    c.put(standing, counts);
    Map<Standing, String> s = new EnumMap<>(sources);
    s.put(standing, Checks.nonBlank("source", source));
    return new MembershipBase(ImmutableMap.copyOf(c), ImmutableMap.copyOf(s));
  }

  /** {@return whether a state in {@code standing} counts} */
  public boolean counts(Standing standing) {
    return Boolean.TRUE.equals(counted.get(requireNonNull(standing, "standing")));
  }

  /** {@return why a state in {@code standing} counts or does not} */
  public String source(Standing standing) {
    return Objects.requireNonNull(sources.get(requireNonNull(standing, "standing")));
  }

  /** {@return whether {@code state} counts on {@code date}} */
  public boolean counts(MemberState state, LocalDate date) {
    requireNonNull(state, "state");
    return counts(state.standingOn(requireNonNull(date, "date")));
  }

  /** {@return how many member states count on {@code date}} */
  public int count(LocalDate date) {
    requireNonNull(date, "date");
    int n = 0;
    for (MemberState state : MEMBER_STATES) {
      if (counts(state.standingOn(date))) {
        n++;
      }
    }
    return n;
  }

  /**
   * {@return the base on {@code date} in words: "34 member states; Venezuela counted (disputed);
   * Cuba not counted (not participating)"}
   */
  public String describe(LocalDate date) {
    requireNonNull(date, "date");
    StringBuilder in = new StringBuilder();
    StringBuilder out = new StringBuilder();
    for (MemberState state : MEMBER_STATES) {
      Standing standing = state.standingOn(date);
      if (standing != Standing.MEMBER) {
        StringBuilder list = counts(standing) ? in : out;
        list.append(list.length() == 0 ? "" : ", ")
            .append(state.englishName())
            .append(" (")
            .append(standing.name().toLowerCase(Locale.ROOT).replace('_', ' '))
            .append(')');
      }
    }
    return count(date)
        + " member states"
        + (in.length() == 0 ? "" : "; counted: " + in)
        + (out.length() == 0 ? "" : "; not counted: " + out);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MembershipBase other
        && counted.equals(other.counted)
        && sources.equals(other.sources);
  }

  @Override
  public int hashCode() {
    return Objects.hash(counted, sources);
  }

  /** Returns the standings counted. */
  @Override
  public String toString() {
    return "member states "
        + counted.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
  }
}
