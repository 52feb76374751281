package io.github.mispa.rules.catalogue;

import io.github.mispa.model.Participant;
import io.github.mispa.procedure.DecisionAct;
import io.github.mispa.procedure.RequiredMajority;
import io.github.mispa.procedure.Tally;
import io.github.mispa.rules.MajorityRule;
import io.github.mispa.rules.Matter;
import io.github.mispa.rules.Message;
import io.github.mispa.rules.ProceduralState;
import io.github.mispa.rules.Threshold;
import io.github.mispa.rules.VoteCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The majority a vote needs, and whether it has it: the majority the record states for the
 * decision, or else the rule set's for its kind of matter, of the base the rule set counts. The
 * threshold rules ({@code decision.threshold}, {@code agenda.threshold}, {@code
 * decision.reconsideration}) and {@code vote.announced-base} share it, so that they say the same
 * thing in the same words.
 */
final class Majorities {
  private final Threshold threshold;
  private final String source;
  private final Matter matter;
  // Where the majority comes from, as data: the record's citation (empty if it gives none) or the
  // rule set's source, and whether the record states it.
  private final boolean stated;
  private final String cited;
  private final int base;
  private final int required;
  private final VoteCount votes;
  private final Optional<Boolean> carries;
  private final List<String> disputed;
  private final List<String> disputedIds;

  private Majorities(
      Threshold threshold,
      String source,
      Matter matter,
      boolean stated,
      String cited,
      int base,
      int required,
      VoteCount votes,
      Optional<Boolean> carries,
      List<String> disputed,
      List<String> disputedIds) {
    this.threshold = threshold;
    this.source = source;
    this.matter = matter;
    this.stated = stated;
    this.cited = cited;
    this.base = base;
    this.required = required;
    this.votes = votes;
    this.carries = carries;
    this.disputed = disputed;
    this.disputedIds = disputedIds;
  }

  /** What the vote of {@code decision}, a decision by vote, needs on {@code matter}. */
  static Majorities of(DecisionAct decision, ProceduralState state, Matter matter) {
    Threshold threshold;
    String source;
    String cited;
    Optional<RequiredMajority> stated = decision.requiredMajority();
    if (stated.isPresent()) {
      threshold = Threshold.of(stated.get().kind());
      source = "as the record states" + stated.get().citation().map(c -> ": " + c).orElse("");
      cited = stated.get().citation().orElse("");
    } else {
      MajorityRule rule = state.ruleSet().majority(matter);
      threshold = rule.threshold();
      source = "for " + matter.describe() + ": " + rule.source();
      cited = rule.source();
    }
    VoteCount votes = state.voteCount().orElseThrow();
    int memberStates = state.memberStates();
    Tally tally = decision.tally().orElseThrow();
    List<String> disputed = new ArrayList<>();
    List<String> disputedIds = new ArrayList<>();
    for (int i : votes.undeterminedBallots()) {
      String id = tally.ballots().get(i).participant();
      disputedIds.add(id);
      disputed.add(state.record().participant(id).map(Participant::name).orElse(id));
    }
    return new Majorities(
        threshold,
        source,
        matter,
        stated.isPresent(),
        cited,
        votes.baseCount(threshold, memberStates),
        votes.requiredVotes(threshold, memberStates),
        votes,
        votes.carries(threshold, memberStates),
        disputed,
        disputedIds);
  }

  /** Whether the vote carries; empty if that depends on votes of undetermined standing. */
  Optional<Boolean> carries() {
    return carries;
  }

  /** The count of the base, as the rule set counts it. */
  int base() {
    return base;
  }

  /** The count of the base with the votes of undetermined standing, for bases of those voting. */
  int baseWithDisputed(ProceduralState state) {
    return votes.baseCountWithDisputed(threshold, state.memberStates());
  }

  /** What is needed: "two-thirds of the 34 member states, 23 votes (for the agenda: ...)". */
  String needs() {
    return threshold.describe(base)
        + ", "
        + required
        + (required == 1 ? " vote" : " votes")
        + " ("
        + source
        + ")";
  }

  /** What the vote had: "had 19 (19 for, 6 against, 9 abstaining)". */
  String had() {
    return "had "
        + votes.votesFor()
        + (disputed.isEmpty()
            ? ""
            : ", or " + (votes.votesFor() + votes.disputedVotesFor()) + " with " + whose())
        + " ("
        + votes.describe()
        + ")";
  }

  /** "Venezuela's" or "Venezuela's and Nicaragua's". */
  String whose() {
    return Names.list(disputed.stream().map(n -> n + "'s").toList());
  }

  /** "Venezuela's vote counts" or "the votes of Venezuela and Nicaragua count". */
  String whetherDisputedCount() {
    return disputed.size() == 1
        ? "whether " + disputed.get(0) + "'s vote counts"
        : "whether the votes of " + Names.list(disputed) + " count";
  }

  /** The finding when the outcome depends on votes of undetermined standing. */
  String undetermined() {
    return whetherDisputedCount()
        + " is undetermined (its representation is disputed, and the rule set leaves it open),"
        + " and the outcome depends on it: it needs "
        + needs()
        + "; "
        + had();
  }

  /**
   * {@return {@code message} with what {@link #needs}, {@link #had} and {@link #undetermined} say,
   * as the arguments of the bundles' parts of those names}: the threshold ({@code fraction}: {@code
   * majority}, {@code two_thirds}, {@code more_than} or {@code at_least} {@code numerator}/{@code
   * denominator}; {@code base}: {@code member_states}, {@code member_states_present} or {@code
   * present_and_voting}; {@code baseCount}), {@code required}, where it comes from ({@code stated}:
   * {@code record}, {@code citing} or {@code rule_set}; {@code matter}; {@code source}), the votes
   * ({@code votesFor}, {@code against}, {@code abstaining}, {@code notVoting}) and the disputed
   * ones ({@code disputedCount}, {@code disputed}, {@code withDisputed}).
   */
  Message into(Message message) {
    String fraction = threshold.fraction().code();
    return message
        .withText("fraction", fraction)
        .withNumber("numerator", threshold.numerator())
        .withNumber("denominator", threshold.denominator())
        .withText("base", threshold.base().name().toLowerCase(Locale.ROOT))
        .withNumber("baseCount", base)
        .withNumber("required", required)
        .withText("stated", stated ? (cited.isEmpty() ? "record" : "citing") : "rule_set")
        .withText("matter", matter.name().toLowerCase(Locale.ROOT))
        .withText("source", cited)
        .withNumber("votesFor", votes.votesFor())
        .withNumber("against", votes.votesAgainst())
        .withNumber("abstaining", votes.abstentions())
        .withNumber("notVoting", votes.notVoting())
        .withNumber("disputedCount", disputedIds.size())
        // No one where no vote is disputed: the patterns name it only when disputedCount is
        // above 0. One at most in practice: of the member states only Venezuela's standing is
        // disputed, and two delegations of one state vote once.
        .withParticipant("disputed", disputedIds.isEmpty() ? "" : disputedIds.get(0))
        .withNumber("withDisputed", votes.votesFor() + (long) votes.disputedVotesFor());
  }
}
