package io.github.mispa.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.mispa.model.Edition;
import io.github.mispa.model.Office;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Session;
import io.github.mispa.procedure.SessionKind;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the replay knows at a point of the record: who presides, who holds which office, what is
 * pending, adopted, rejected or withdrawn, which offers were accepted, which session the meeting is
 * in. Void acts do not change it.
 *
 * <pre>{@code
 * ProceduralState before = RuleSets.mispa().stateBefore(record, ActLocation.parse("2.a#18"));
 * before.presidingOfficer();            // Optional[perez-guadalupe]
 * before.holders(Office.VICE_CHAIR);    // []
 * }</pre>
 */
public interface ProceduralState {
  /** {@return the record being replayed} */
  MeetingRecord record();

  /** {@return the rule set the replay follows} */
  RuleSet ruleSet();

  /** {@return the session of the act at this point; empty before the first act} */
  Optional<Session> session();

  /** {@return whether the act at this point is the first of its session} */
  boolean isFirstActOfSession();

  /** {@return the kinds of the sessions entered before the current one} */
  ImmutableSet<SessionKind> earlierSessionKinds();

  /**
   * {@return the person presiding: the chair once elected, before that the provisional president;
   * empty if the record does not say who that is}
   */
  Optional<String> presidingOfficer();

  /** {@return who presides until the chair is elected, under the rule set; empty if unknown} */
  Optional<String> provisionalPresident();

  /** {@return whether a chair holds office} */
  boolean chairElected();

  /**
   * {@return the persons holding {@code office}, in order of election: a list that never changes,
   * got in constant time}
   */
  List<String> holders(Office office);

  /** {@return the office {@code personId} holds, if any} */
  Optional<Office> officeOf(String personId);

  /** {@return whether the agenda has been adopted} */
  boolean agendaAdopted();

  /** {@return the state of the motion with this act id; empty if it was never moved or was void} */
  Optional<MotionState> motion(String id);

  /** {@return how many nominations for {@code office} are not yet decided or withdrawn} */
  int pendingNominationCount(Office office);

  /** {@return the nominations for {@code office} not yet decided or withdrawn, in order} */
  ImmutableList<MotionState> pendingNominations(Office office);

  /** {@return where the document with this id stands} */
  DocumentStatus document(String id);

  /** {@return the ids of the documents adopted so far, in order} */
  ImmutableSet<String> adoptedDocuments();

  /**
   * {@return the accepted hosting offers, by the edition they are for: made when asked for, in time
   * linear in their number; {@link #acceptedOffer} asks for one}
   */
  ImmutableMap<Edition, String> acceptedOffers();

  /** {@return the id of the hosting offer accepted for {@code edition}, if one is} */
  Optional<String> acceptedOffer(Edition edition);

  /** {@return the point of order awaiting a ruling, if the previous act raised one} */
  Optional<String> pointOfOrderAwaitingRuling();

  /**
   * {@return whether the participant with this id may decide on the day of the act at this point,
   * under the rule set; {@link Eligibility#NOT_A_DELEGATION} for an id the record does not define}
   * Worked out once per session.
   */
  Eligibility eligibility(String participantId);

  /**
   * {@return how many member states count on the day of the act at this point, as the rule set's
   * {@link RuleSet#base() base} counts them: the base of a majority of the member states and of the
   * quorum}
   */
  int memberStates();

  /**
   * {@return how many member states the attendance of the current session shows present, counting
   * only accredited delegations of states that may decide; empty if the record has no attendance}
   */
  OptionalInt memberStatesPresent();

  /** {@return the valid votes of the act at this point, if it is a decision by vote} */
  Optional<VoteCount> voteCount();

  /** {@return whether the decision with this id has been reopened by a carried reconsideration} */
  boolean reconsidered(String decisionId);
}
