package io.github.mispa.procedure;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Lists what an act refers to, for the record to check. Each visit returns this visitor, which has
 * no result of its own. One place for every kind of act, so that a new kind of act cannot be added
 * without saying what it refers to.
 */
final class References implements ActVisitor<References> {

  /**
   * Receives the references of one act. A reference's place in the act is its field, an index in
   * the field's list (or -1) and a rest (or ""): {@code tally/ballots}, 3, {@code /participant}.
   * The parts are joined only when a reference is broken: this runs for every act of a record.
   */
  interface Sink {
    void participant(String field, int index, String rest, String id);

    void person(String field, int index, String rest, String id);

    void document(String field, int index, String rest, String id);

    /** A reference to an earlier act that {@code allowed} accepts, described as {@code what}. */
    void act(String field, int index, String id, String what, Predicate<Act> allowed);

    /** {@return a reference's place: its field, index and rest joined} */
    static String place(String field, int index, String rest) {
      return index < 0 ? field + rest : field + "/" + index + rest;
    }
  }

  private static final String MOTION_WHAT =
      "a motion (nomination, proposal, amendment, hosting offer, request, reconsideration or"
          + " appeal)";

  private static boolean isMotion(Act act) {
    return act instanceof Motion;
  }

  private final Sink sink;

  private References(Sink sink) {
    this.sink = sink;
  }

  /** Reports every reference of {@code act} to {@code sink}. */
  static void of(Act act, Sink sink) {
    act.by().ifPresent(id -> sink.participant("by", -1, "", id));
    act.person().ifPresent(id -> sink.person("person", -1, "", id));
    act.accept(new References(sink));
  }

  private void document(String field, Optional<String> id) {
    id.ifPresent(d -> sink.document(field, -1, "", d));
  }

  private void documents(String field, List<String> ids) {
    for (int i = 0; i < ids.size(); i++) {
      sink.document(field, i, "", ids.get(i));
    }
  }

  private void motions(String field, List<String> ids, String what, Predicate<Act> allowed) {
    for (int i = 0; i < ids.size(); i++) {
      sink.act(field, i, ids.get(i), what, allowed);
    }
  }

  @Override
  public References visitSpeech(Speech speech) {
    document("document", speech.document());
    return this;
  }

  @Override
  public References visitMinuteOfSilence(MinuteOfSilence minuteOfSilence) {
    return this;
  }

  @Override
  public References visitPresentation(Presentation presentation) {
    document("document", presentation.document());
    return this;
  }

  @Override
  public References visitReport(Report report) {
    document("document", report.document());
    return this;
  }

  @Override
  public References visitIntervention(Intervention intervention) {
    return this;
  }

  @Override
  public References visitReading(Reading reading) {
    sink.document("document", -1, "", reading.document());
    return this;
  }

  @Override
  public References visitNomination(Nomination nomination) {
    sink.person("nominee", -1, "", nomination.nominee());
    return this;
  }

  @Override
  public References visitSeconding(Seconding seconding) {
    sink.act("of", -1, seconding.of(), MOTION_WHAT, References::isMotion);
    return this;
  }

  @Override
  public References visitSupport(Support support) {
    sink.act("of", -1, support.of(), MOTION_WHAT, References::isMotion);
    return this;
  }

  @Override
  public References visitObjection(Objection objection) {
    sink.act("to", -1, objection.to(), MOTION_WHAT, References::isMotion);
    return this;
  }

  @Override
  public References visitProposal(Proposal proposal) {
    document("document", proposal.document());
    return this;
  }

  @Override
  public References visitAmendment(Amendment amendment) {
    amendment
        .proposal()
        .ifPresent(
            p ->
                sink.act(
                    "proposal",
                    -1,
                    p,
                    "a proposal or an amendment",
                    a -> a instanceof Proposal || a instanceof Amendment));
    document("document", amendment.document());
    List<String> cosponsors = amendment.cosponsors();
    for (int i = 0; i < cosponsors.size(); i++) {
      sink.participant("cosponsors", i, "", cosponsors.get(i));
    }
    return this;
  }

  @Override
  public References visitWithdrawal(Withdrawal withdrawal) {
    sink.act("of", -1, withdrawal.of(), MOTION_WHAT, References::isMotion);
    return this;
  }

  @Override
  public References visitHostingOffer(HostingOffer hostingOffer) {
    return this;
  }

  @Override
  public References visitInstruction(Instruction instruction) {
    document("document", instruction.document());
    return this;
  }

  @Override
  public References visitRequest(Request request) {
    document("document", request.document());
    return this;
  }

  @Override
  public References visitRequestNoted(RequestNoted requestNoted) {
    motions(
        "requests",
        requestNoted.requests(),
        "a request or a proposal",
        a -> a instanceof Request || a instanceof Proposal);
    return this;
  }

  @Override
  public References visitPointOfOrder(PointOfOrder pointOfOrder) {
    return this;
  }

  @Override
  public References visitRuling(Ruling ruling) {
    sink.act("on", -1, ruling.on(), "a point of order", a -> a instanceof PointOfOrder);
    return this;
  }

  @Override
  public References visitAppeal(Appeal appeal) {
    sink.act("against", -1, appeal.against(), "a ruling", a -> a instanceof Ruling);
    return this;
  }

  @Override
  public References visitReconsideration(Reconsideration reconsideration) {
    sink.act(
        "of", -1, reconsideration.of(), "a decision or an adoption", a -> a instanceof DecisionAct);
    return this;
  }

  @Override
  public References visitDecision(Decision decision) {
    motions("on", decision.on(), MOTION_WHAT, References::isMotion);
    motions("incorporating", decision.incorporating(), "an amendment", a -> a instanceof Amendment);
    tally(decision);
    return this;
  }

  @Override
  public References visitAdoption(Adoption adoption) {
    documents("documents", adoption.documents());
    tally(adoption);
    return this;
  }

  private void tally(DecisionAct decision) {
    decision
        .tally()
        .ifPresent(
            t -> {
              for (int i = 0; i < t.ballots().size(); i++) {
                sink.participant(
                    "tally/ballots", i, "/participant", t.ballots().get(i).participant());
              }
            });
  }
}
