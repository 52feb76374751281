package io.github.mispa.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.mispa.internal.Checks;
import io.github.mispa.model.Office;
import io.github.mispa.procedure.ActLocation;
import io.github.mispa.procedure.MeetingRecord;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A named, immutable selection of rules with the parameters they read. The standard sets are in
 * {@code io.github.mispa.rules.catalogue.RuleSets}; derive your own from them:
 *
 * <pre>{@code
 * RuleSet strict = RuleSets.mispa().toBuilder()
 *     .name("mispa-strict")
 *     .secondingRequired(true)
 *     .build()
 *     .withoutRule("report.by-rapporteur")
 *     .withRule(new MyHouseRule());
 * Verdict verdict = strict.check(record);
 * }</pre>
 */
@Value.Immutable
public abstract class RuleSet {
  RuleSet() {}

  /** {@return the name, such as {@code mispa}} */
  public abstract String name();

  /** {@return the rules, in the order they are listed} */
  public abstract ImmutableList<Rule> rules();

  /** {@return how many vice chairs a meeting may elect (MISPA III elected two)} */
  @Value.Default
  public int viceChairs() {
    return 2;
  }

  /**
   * {@return the seats of {@code office}: one chair, one rapporteur, {@link #viceChairs()} vice
   * chairs; one First Vice Chair if the rule set has a vice chair at all, one Second Vice Chair if
   * it has two} Vice chairs of every rank share the number of vice chairs.
   */
  public final int seats(Office office) {
    return switch (requireNonNull(office, "office")) {
      case VICE_CHAIR -> viceChairs();
      case FIRST_VICE_CHAIR -> viceChairs() >= 1 ? 1 : 0;
      case SECOND_VICE_CHAIR -> viceChairs() >= 2 ? 1 : 0;
      case CHAIR, RAPPORTEUR -> 1;
    };
  }

  /** {@return whether a nomination or proposal must be seconded before it is decided} */
  @Value.Default
  public boolean secondingRequired() {
    return false;
  }

  /** {@return who presides until the chair is elected} */
  @Value.Default
  public ProvisionalPresidency provisionalPresidency() {
    return ProvisionalPresidency.PREVIOUS_CHAIR;
  }

  /** {@return how many member states must be present for the plenary to decide} */
  @Value.Default
  public Quorum quorum() {
    return Quorum.MAJORITY;
  }

  /**
   * {@return what a vote needs on each kind of matter, with the source of each, where the record
   * does not state the majority a decision needs: by default {@link #DEFAULT_MAJORITIES}}
   */
  @Value.Default
  public ImmutableMap<Matter, MajorityRule> majorities() {
    return DEFAULT_MAJORITIES;
  }

  /**
   * The majorities of the General Assembly's rules, which MISPA follows: the absolute majority of
   * the member states (Charter, Art. 59) but for the agenda, reconsideration and the suspension of
   * a rule, which need two-thirds.
   */
  public static final ImmutableMap<Matter, MajorityRule> DEFAULT_MAJORITIES =
      ImmutableMap.<Matter, MajorityRule>builder()
          .put(
              Matter.SUBSTANTIVE,
              MajorityRule.of(Threshold.ABSOLUTE_MAJORITY, "OAS Charter, Art. 59"))
          .put(
              Matter.PROCEDURAL,
              MajorityRule.of(
                  Threshold.ABSOLUTE_MAJORITY,
                  "OAS Charter, Art. 59 (no lower majority for procedure was found in the texts)"))
          .put(Matter.AGENDA, MajorityRule.of(Threshold.TWO_THIRDS, "OAS Charter; GA Rules"))
          .put(Matter.RECONSIDERATION, MajorityRule.of(Threshold.TWO_THIRDS, "GA Rules, Art. 56"))
          .put(
              Matter.ELECTION,
              MajorityRule.of(Threshold.ABSOLUTE_MAJORITY, "practice; OAS Charter, Art. 59"))
          .put(
              Matter.SUSPENSION_OF_RULE,
              MajorityRule.of(
                  Threshold.TWO_THIRDS, "GA Rules, Art. 53 (waiving the distribution period)"))
          .buildOrThrow();

  /** {@return what a vote on {@code matter} needs, where the record does not say} */
  public final MajorityRule majority(Matter matter) {
    return requireNonNull(majorities().get(requireNonNull(matter, "matter")));
  }

  /** {@return this rule set with votes on {@code matter} needing {@code rule}} */
  public final RuleSet withMajority(Matter matter, MajorityRule rule) {
    requireNonNull(matter, "matter");
    requireNonNull(rule, "rule");
    Map<Matter, MajorityRule> changed = new EnumMap<>(Matter.class);
    changed.putAll(majorities());
    changed.put(matter, rule);
    return toBuilder().majorities(changed).build();
  }

  /**
   * {@return which member states count as the base of a majority of the member states and of the
   * quorum, and why: by default {@link MembershipBase#OAS}}
   */
  @Value.Default
  public MembershipBase base() {
    return MembershipBase.OAS;
  }

  /** {@return how many hours a written proposal waits after distribution before discussion} */
  @Value.Default
  public int distributionHours() {
    return 12;
  }

  /**
   * {@return whether a member state of disputed standing may decide, its vote counted: by default
   * the question is left {@link DisputedStanding#UNDETERMINED}, and a finding that depends on it
   * says so; the state stays in the {@link #base()} whatever this says}
   */
  @Value.Default
  public DisputedStanding disputedStanding() {
    return DisputedStanding.UNDETERMINED;
  }

  /** {@return the rule with this id, if the set has it} */
  public final Optional<Rule> rule(String id) {
    requireNonNull(id, "id");
    return rules().stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * Returns this set without the rule with {@code id}.
   *
   * @throws IllegalArgumentException if the set has no such rule
   */
  public final RuleSet withoutRule(String id) {
    checkArgument(rule(id).isPresent(), "rule set \"%s\" has no rule \"%s\"", name(), id);
    return toBuilder()
        .rules(
            rules().stream()
                .filter(r -> !r.id().equals(id))
                .collect(ImmutableList.toImmutableList()))
        .build();
  }

  /** Returns this set with {@code rule} added, or replacing the rule with the same id. */
  public final RuleSet withRule(Rule rule) {
    requireNonNull(rule, "rule");
    ImmutableList.Builder<Rule> rules = ImmutableList.builder();
    boolean replaced = false;
    for (Rule r : rules()) {
      if (r.id().equals(rule.id())) {
        rules.add(rule);
        replaced = true;
      } else {
        rules.add(r);
      }
    }
    if (!replaced) {
      rules.add(rule);
    }
    return toBuilder().rules(rules.build()).build();
  }

  /**
   * Replays {@code record} under this rule set and returns every finding, in record order, with the
   * final state. Never throws on a record that could be built.
   */
  public final Verdict check(MeetingRecord record) {
    return Replay.check(this, requireNonNull(record, "record"));
  }

  /**
   * Returns the procedural state just before the act at {@code location}, replaying the record up
   * to it.
   *
   * @throws IllegalArgumentException if the record has no act at {@code location}
   */
  public final ProceduralState stateBefore(MeetingRecord record, ActLocation location) {
    requireNonNull(record, "record");
    checkArgument(
        record.act(requireNonNull(location, "location")).isPresent(),
        "the record has no act at %s",
        location);
    return Replay.stateBefore(this, record, location);
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder initialized with this set's rules and parameters} */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  final void check() {
    Checks.nonBlank("rule set name", name());
    checkArgument(viceChairs() >= 0, "viceChairs must not be negative, but was %s", viceChairs());
    checkArgument(
        distributionHours() >= 0,
        "distributionHours must not be negative, but was %s",
        distributionHours());
    for (Matter matter : Matter.values()) {
      checkArgument(
          majorities().containsKey(matter),
          "rule set \"%s\" must say what majority %s needs",
          name(),
          matter.describe());
    }
    Set<String> ids = new HashSet<>();
    for (Rule rule : rules()) {
      checkArgument(
          ids.add(rule.id()), "rule set \"%s\" lists rule \"%s\" twice", name(), rule.id());
    }
  }

  /** Builds a {@link RuleSet}. Requires a name; every parameter has a default. */
  public static final class Builder extends ImmutableRuleSet.Builder {
    Builder() {}
  }
}
