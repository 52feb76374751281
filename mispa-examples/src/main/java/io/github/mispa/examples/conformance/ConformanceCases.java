package io.github.mispa.examples.conformance;

import static io.github.mispa.examples.conformance.RecordEdits.act;
import static io.github.mispa.examples.conformance.RecordEdits.announced;
import static io.github.mispa.examples.conformance.RecordEdits.append;
import static io.github.mispa.examples.conformance.RecordEdits.changeDocument;
import static io.github.mispa.examples.conformance.RecordEdits.changeParticipant;
import static io.github.mispa.examples.conformance.RecordEdits.changeSession;
import static io.github.mispa.examples.conformance.RecordEdits.heldOn;
import static io.github.mispa.examples.conformance.RecordEdits.insertAfter;
import static io.github.mispa.examples.conformance.RecordEdits.insertAt;
import static io.github.mispa.examples.conformance.RecordEdits.insertBefore;
import static io.github.mispa.examples.conformance.RecordEdits.memberStates;
import static io.github.mispa.examples.conformance.RecordEdits.remove;
import static io.github.mispa.examples.conformance.RecordEdits.replace;
import static io.github.mispa.examples.conformance.RecordEdits.withAllDelegations;
import static io.github.mispa.examples.conformance.RecordEdits.withAttendance;
import static io.github.mispa.examples.conformance.RecordEdits.withFrance;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.mispa.examples.MispaV;
import io.github.mispa.json.MispaJson;
import io.github.mispa.model.Document;
import io.github.mispa.model.DocumentClass;
import io.github.mispa.model.Edition;
import io.github.mispa.model.Office;
import io.github.mispa.model.OfficialLanguage;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.ActLocation;
import io.github.mispa.procedure.Adoption;
import io.github.mispa.procedure.AgendaItem;
import io.github.mispa.procedure.Amendment;
import io.github.mispa.procedure.AmendmentChange;
import io.github.mispa.procedure.Appeal;
import io.github.mispa.procedure.Ballot;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.DecisionMethod;
import io.github.mispa.procedure.HostingOffer;
import io.github.mispa.procedure.Instruction;
import io.github.mispa.procedure.Intervention;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Nomination;
import io.github.mispa.procedure.Objection;
import io.github.mispa.procedure.Outcome;
import io.github.mispa.procedure.PointOfOrder;
import io.github.mispa.procedure.Proposal;
import io.github.mispa.procedure.Reconsideration;
import io.github.mispa.procedure.Report;
import io.github.mispa.procedure.Ruling;
import io.github.mispa.procedure.Seconding;
import io.github.mispa.procedure.Session;
import io.github.mispa.procedure.SessionKind;
import io.github.mispa.procedure.Speech;
import io.github.mispa.procedure.Support;
import io.github.mispa.procedure.Tally;
import io.github.mispa.procedure.Vote;
import io.github.mispa.procedure.Withdrawal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes the records of the conformance suite checked in at {@code conformance/}: small changes to
 * the record of MISPA V that make each rule fire, near misses that do not, cases that combine
 * rules, and MISPA V itself. Each case is a name, a one-line description and a record; this class
 * writes the record, {@code NAME.json}, and nothing else.
 *
 * <p>What a checker must report on a case is written by hand, from the intent of the rules, in its
 * {@code NAME.expected.json} beside the record. This class never writes, changes or deletes an
 * expected file, and never runs the rules: an expectation cannot be copied from what the library
 * reports. After adding a case here, write its expected file by hand (see {@code
 * conformance/README.md}), then run the suite:
 *
 * <pre>{@code
 * ./mvnw -q -pl mispa-examples -am test-compile exec:java@conformance
 * }</pre>
 *
 * <p>A test keeps the checked-in records equal, byte for byte, to what this class writes, and each
 * case's description equal to its expected file's.
 */
public final class ConformanceCases {
  private static final MispaJson JSON = MispaJson.standard().withPrettyPrinting(true);
  private static final MeetingRecord V = MispaV.record();
  private static final LocalDate DAY = V.meeting().startDate();

  /**
   * A case as defined here.
   *
   * @param name its name: its path in the suite without {@code .json}
   * @param description what it is about, on one line, as its expected file says
   * @param record the record
   */
  record Case(String name, String description, MeetingRecord record) {
    /** {@return how the case breaks the conventions of the suite; empty if it keeps them} */
    List<String> problems() {
      List<String> problems = new ArrayList<>();
      if (description.isBlank() || description.contains("\n")) {
        problems.add(name + ": the description must be one line");
      }
      if (Naming.rule(name).isPresent() && Naming.prefix(name).isEmpty()) {
        problems.add(name + ": a case about a rule starts fires-, undetermined- or near-miss-");
      }
      return problems;
    }
  }

  private final List<Case> cases = new ArrayList<>();

  private ConformanceCases() {}

  /**
   * Writes the records into the directory named by the first argument, and names the cases that
   * have no expected file yet.
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: ConformanceCases DIRECTORY");
    }
    Path directory = Path.of(args[0]);
    write(directory);
    for (Case c : cases()) {
      if (!Files.isRegularFile(directory.resolve(c.name() + ConformanceSuite.EXPECTED_SUFFIX))) {
        System.out.println(
            "no expected file: write "
                + c.name()
                + ConformanceSuite.EXPECTED_SUFFIX
                + " by hand (conformance/README.md says how)");
      }
    }
  }

  /**
   * Writes the records into {@code directory}, replacing every record file below it. Expected files
   * ({@code NAME.expected.json}) are left as they are.
   *
   * @throws IllegalStateException if a case breaks the conventions of the suite
   */
  public static void write(Path directory) {
    ImmutableSortedMap<String, byte[]> files = files();
    try {
      if (Files.isDirectory(directory)) {
        try (Stream<Path> old = Files.walk(directory)) {
          for (Path file : old.filter(ConformanceCases::isRecordFile).toList()) {
            Files.delete(file);
          }
        }
      }
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        Path path = directory.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.write(path, file.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isRecordFile(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".json") && !name.endsWith(ConformanceSuite.EXPECTED_SUFFIX);
  }

  /**
   * {@return every record file of the suite, {@code NAME.json}, by its path in the suite with
   * {@code /} between folders; never an expected file}
   *
   * @throws IllegalStateException if a case breaks the conventions of the suite
   */
  public static ImmutableSortedMap<String, byte[]> files() {
    ImmutableSortedMap.Builder<String, byte[]> files = ImmutableSortedMap.naturalOrder();
    List<String> problems = new ArrayList<>();
    for (Case c : cases()) {
      problems.addAll(c.problems());
      files.put(c.name() + ".json", JSON.writeToBytes(c.record()));
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "cases that break the conventions of the suite:\n  " + String.join("\n  ", problems));
    }
    return files.buildOrThrow();
  }

  /** {@return every case, in the order they are defined} */
  static ImmutableList<Case> cases() {
    ConformanceCases suite = new ConformanceCases();
    suite.mispaV();
    suite.participation();
    suite.presidingAndOfficers();
    suite.agendaProposalsAndDocuments();
    suite.decisionsAndVotes();
    suite.hostingAndSessions();
    suite.combined();
    VotesAndOfficesCases.define(suite);
    return ImmutableList.copyOf(suite.cases);
  }

  // ---------------------------------------------------------------------------------------------
  // Defining cases

  private void add(String name, String description, MeetingRecord record) {
    cases.add(new Case(name, description, record));
  }

  /** A case in which {@code rule} reports a void or irregular finding. */
  void fires(String rule, String name, String description, MeetingRecord record) {
    add(rule + "/" + Naming.FIRES + name, description, record);
  }

  /** A case a small step away from breaking {@code rule}: it reports nothing void or irregular. */
  void nearMiss(String rule, String name, String description, MeetingRecord record) {
    add(rule + "/" + Naming.NEAR_MISS + name, description, record);
  }

  /**
   * A case in which {@code rule} finds the record lacking and reports nothing void or irregular.
   */
  void undetermined(String rule, String name, String description, MeetingRecord record) {
    add(rule + "/" + Naming.UNDETERMINED + name, description, record);
  }

  /** A case where several rules meet. */
  void combined(String name, String description, MeetingRecord record) {
    add("combined/" + name, description, record);
  }

  // ---------------------------------------------------------------------------------------------
  // The cases

  private void mispaV() {
    add(
        "mispa-v",
        "The record of MISPA V as the report gives it: clean, with the quorum of its 10 decisions"
            + " undetermined because the report records no attendance",
        V);
  }

  private void participation() {
    String rule = "participation.accredited";
    fires(
        rule,
        "costa-rica-not-accredited",
        "Costa Rica is listed but its credentials were not accepted: its acts are void, so the"
            + " Vice Chair it nominated is never elected",
        changeParticipant(V, "CRI", p -> p.toBuilder().accredited(false).build()));
    nearMiss(
        rule,
        "observer-not-accredited",
        "France, a permanent observer whose credentials were not accepted, speaks: the rule is"
            + " about delegations, not observers",
        append(
            changeParticipant(withFrance(V), "FRA", p -> p.toBuilder().accredited(false).build()),
            "4.f",
            Intervention.builder().by("FRA").build()));

    rule = "participation.member-decides";
    fires(
        rule,
        "observer-proposes",
        "France, a permanent observer, proposes a text: only member states propose",
        append(
            withFrance(V),
            "4.f",
            Proposal.builder().by("FRA").text("a declaration on firearms").build()));
    fires(
        rule,
        "secretary-general-instructs",
        "The Secretary General instructs the secretariat: only the presiding officer may",
        append(V, "6", Instruction.builder().person("almagro").text("publish the report").build()));
    fires(
        rule,
        "nicaragua-nominates-in-2024",
        "MISPA V moved to March 2024, when Nicaragua's denunciation has taken effect: its"
            + " nomination of the Vice Chair is void",
        replace(
            heldOn(V, LocalDate.of(2024, 3, 4)),
            MispaV.NOMINATION_OF_VICE_CHAIR,
            a -> ((Nomination) a).toBuilder().by("NIC").build()));
    nearMiss(
        rule,
        "nicaragua-nominates-in-2015",
        "Nicaragua nominates the Vice Chair in 2015, when it is a member in good standing",
        replace(
            V,
            MispaV.NOMINATION_OF_VICE_CHAIR,
            a -> ((Nomination) a).toBuilder().by("NIC").build()));
    nearMiss(
        rule,
        "chair-instructs",
        "The Chair instructs the secretariat to publish the report: the presiding officer may",
        append(
            V, "6", Instruction.builder().person(MispaV.CHAIR).text("publish the report").build()));
    undetermined(
        rule,
        "venezuela-nominates-in-2020",
        "MISPA V moved to June 2020: Venezuela's standing is disputed, so whether it may nominate,"
            + " support and request is undetermined",
        replace(
            heldOn(V, LocalDate.of(2020, 6, 1)),
            MispaV.NOMINATION_OF_VICE_CHAIR,
            a -> ((Nomination) a).toBuilder().by("VEN").build()));

    rule = "vote.one-per-state";
    Tally twentyFive = RecordEdits.ballots(DAY, 20, 5);
    fires(
        rule,
        "argentina-votes-twice",
        "The Recommendations put to a vote in which Argentina casts a second ballot: the second"
            + " ballot is void, the rest of the vote stands",
        adoptRecommendationsBy(
            twentyFive.toBuilder().addBallots(Ballot.of("ARG", Vote.AGAINST)).build()));
    nearMiss(
        rule,
        "one-ballot-per-state",
        "The Recommendations put to a vote, 20 for and 5 against, one ballot per state",
        adoptRecommendationsBy(twentyFive));
  }

  private void presidingAndOfficers() {
    String rule = "presiding.provisional";
    fires(
        rule,
        "chair-declares-own-election",
        "The nominee declares his own election as Chair: only the provisional president, the"
            + " previous meeting's chair, may; nobody is elected",
        replace(
            V,
            MispaV.ELECTION_OF_CHAIR,
            a -> ((Decision) a).toBuilder().person(MispaV.CHAIR).build()));
    MeetingRecord designated =
        V.toBuilder()
            .meeting(
                V.meeting().toBuilder()
                    .designatedProvisionalPresident(MispaV.OUTGOING_CHAIR)
                    .build())
            .build();
    nearMiss(
        rule,
        "designated-president-under-general-assembly",
        "Under the General Assembly's rules, the host designates the outgoing chair to preside"
            + " until the chair is elected, and he declares the election",
        designated);
    undetermined(
        rule,
        "no-previous-chair",
        "The record does not say who chaired MISPA IV, so whether the chair's election was"
            + " declared by the provisional president is undetermined",
        V.toBuilder()
            .meeting(
                V.meeting().toBuilder()
                    .previous(
                        V.meeting().previous().orElseThrow().toBuilder()
                            .chair(Optional.empty())
                            .build())
                    .build())
            .build());
    undetermined(
        rule,
        "general-assembly-without-designation",
        "MISPA V under the General Assembly's rules: the record names no provisional president"
            + " designated by the host",
        V);

    rule = "presiding.declares";
    fires(
        rule,
        "rapporteur-declares",
        "The Rapporteur declares the acceptance of Honduras' offer: she neither chairs nor acts for"
            + " the chair, so the offer is not accepted",
        replace(
            V,
            MispaV.HONDURAS_ACCEPTED,
            a -> ((Decision) a).toBuilder().person(MispaV.RAPPORTEUR).build()));
    nearMiss(
        rule,
        "vice-chair-declares",
        "The Vice Chair declares the acceptance of Honduras' offer, acting for the chair",
        replace(
            V,
            MispaV.HONDURAS_ACCEPTED,
            a -> ((Decision) a).toBuilder().person(MispaV.VICE_CHAIR).build()));

    rule = "election.chair-first";
    Nomination early =
        Nomination.builder()
            .id("early")
            .by("ARG")
            .nominee("romero-fernandez")
            .office(Office.VICE_CHAIR)
            .build();
    fires(
        rule,
        "vice-chair-before-chair",
        "A Vice Chair is nominated and elected before the Chair",
        insertBefore(
            V,
            MispaV.NOMINATION_OF_CHAIR,
            early,
            Decision.builder().addOn("early").method(DecisionMethod.ACCLAMATION).build()));
    nearMiss(
        rule,
        "chair-and-vice-chair-together",
        "The Chair and a Vice Chair are elected by one decision",
        replace(
            insertBefore(V, MispaV.ELECTION_OF_CHAIR, early),
            MispaV.ELECTION_OF_CHAIR,
            a -> ((Decision) a).toBuilder().addOn("early").build()));

    rule = "election.before-agenda";
    Act rapporteurElection = act(V, MispaV.ELECTION_OF_RAPPORTEUR);
    fires(
        rule,
        "rapporteur-after-agenda",
        "The Rapporteur is elected after the agenda is adopted",
        append(remove(V, MispaV.ELECTION_OF_RAPPORTEUR), "2.b", rapporteurElection));
    nearMiss(
        rule,
        "rapporteur-just-before-agenda",
        "The Rapporteur is elected under the agenda item, just before the agenda is adopted",
        insertAt(
            remove(V, MispaV.ELECTION_OF_RAPPORTEUR),
            ActLocation.parse("2.b#1"),
            rapporteurElection));

    rule = "election.nominated";
    fires(
        rule,
        "withdrawn-nomination-elected",
        "Costa Rica withdraws its nomination of the Vice Chair, who is then elected by acclamation",
        insertBefore(
            V,
            MispaV.ELECTION_OF_VICE_CHAIR,
            Withdrawal.builder().by("CRI").of(MispaV.NOMINATION_OF_VICE_CHAIR).build()));
    nearMiss(
        rule,
        "other-nomination-withdrawn",
        "Jamaica nominates a second Vice Chair and withdraws the nomination; the first nominee is"
            + " elected on a standing nomination",
        insertBefore(
            V,
            MispaV.ELECTION_OF_VICE_CHAIR,
            Nomination.builder()
                .id("second-vice-chair")
                .by("JAM")
                .nominee("hogan")
                .office(Office.VICE_CHAIR)
                .build(),
            Withdrawal.builder().by("JAM").of("second-vice-chair").build()));

    rule = "election.seconder-distinct";
    fires(
        rule,
        "self-seconded",
        "Costa Rica seconds its own nomination of the Vice Chair: the seconding is void",
        replace(
            V,
            ActLocation.parse("2.a#19"),
            Seconding.builder().by("CRI").of(MispaV.NOMINATION_OF_VICE_CHAIR).build()));
    nearMiss(
        rule,
        "seconded-by-the-nominees-delegation",
        "Honduras seconds Costa Rica's nomination of a Honduran: another delegation than the one"
            + " that nominated",
        replace(
            V,
            ActLocation.parse("2.a#19"),
            Seconding.builder().by("HND").of(MispaV.NOMINATION_OF_VICE_CHAIR).build()));

    rule = "election.acclamation-unopposed";
    fires(
        rule,
        "objection-before-acclamation",
        "Venezuela objects to the nomination of the Vice Chair, who is then elected by acclamation",
        insertBefore(
            V,
            MispaV.ELECTION_OF_VICE_CHAIR,
            Objection.builder().by("VEN").to(MispaV.NOMINATION_OF_VICE_CHAIR).build()));
    fires(
        rule,
        "two-candidates-for-one-seat",
        "Jamaica nominates a second Rapporteur, and the first is elected by acclamation with two"
            + " candidates for the one seat",
        insertBefore(V, MispaV.ELECTION_OF_RAPPORTEUR, nomination("second", Office.RAPPORTEUR)));
    nearMiss(
        rule,
        "two-candidates-for-two-seats",
        "Jamaica nominates a second Vice Chair, and the first is elected by acclamation: two"
            + " candidates for two seats",
        insertBefore(V, MispaV.ELECTION_OF_VICE_CHAIR, nomination("second", Office.VICE_CHAIR)));

    rule = "election.office-capacity";
    fires(
        rule,
        "second-rapporteur",
        "A second Rapporteur is elected: the meeting has one seat of Rapporteur",
        electAfterRapporteur(Office.RAPPORTEUR));
    nearMiss(
        rule,
        "second-vice-chair",
        "A second Vice Chair is elected: the mispa rule set allows two",
        electAfterRapporteur(Office.VICE_CHAIR));

    rule = "election.one-office";
    fires(
        rule,
        "chair-elected-rapporteur",
        "The Chair is also elected Rapporteur",
        replace(
            V,
            MispaV.NOMINATION_OF_RAPPORTEUR,
            a -> ((Nomination) a).toBuilder().nominee(MispaV.CHAIR).build()));
    nearMiss(
        rule,
        "outgoing-chair-elected-rapporteur",
        "The chair of MISPA IV, who holds no office of MISPA V, is elected Rapporteur and"
            + " delivers the report",
        replace(
            replace(
                V,
                MispaV.NOMINATION_OF_RAPPORTEUR,
                a -> ((Nomination) a).toBuilder().nominee(MispaV.OUTGOING_CHAIR).build()),
            ActLocation.parse("7.a#1"),
            ((Report) act(V, ActLocation.parse("7.a#1")))
                .toBuilder().person(MispaV.OUTGOING_CHAIR).build()));

    rule = "report.by-rapporteur";
    ActLocation rapporteursReport = ActLocation.parse("7.a#1");
    Report report = (Report) act(V, rapporteursReport);
    fires(
        rule,
        "chair-delivers-report",
        "The Chair delivers the Rapporteur's report",
        replace(V, rapporteursReport, report.toBuilder().person(MispaV.CHAIR).build()));
    fires(
        rule,
        "report-outside-closing-session",
        "The Rapporteur delivers her report in the plenary session 6, not in the closing session",
        append(
            replace(V, rapporteursReport, Speech.builder().person(MispaV.RAPPORTEUR).build()),
            "6",
            report));
    nearMiss(
        rule,
        "working-group-report-in-closing-session",
        "A working group's chair reports again in the closing session: not the Rapporteur's"
            + " report",
        append(V, "7.c", act(V, ActLocation.parse("3.a#1"))));
  }

  private void agendaProposalsAndDocuments() {
    String rule = "agenda.adopted-first";
    fires(
        rule,
        "recommendations-before-agenda",
        "The Recommendations of Lima are adopted under the election of officers, before the"
            + " agenda",
        append(
            V,
            "2.a",
            Adoption.builder()
                .addDocuments(MispaV.RECOMMENDATIONS)
                .method(DecisionMethod.ACCLAMATION)
                .build()));
    nearMiss(
        rule,
        "methodology-before-agenda",
        "The methodology of work is adopted before the agenda: procedure, not substance",
        append(
            remove(V, MispaV.ADOPTION_OF_METHODOLOGY),
            "2.a",
            Adoption.builder()
                .addDocuments("methodology")
                .method(DecisionMethod.CONSENSUS)
                .build()));
    undetermined(
        rule,
        "no-agenda-document",
        "The draft agenda is recorded as a working document: with no agenda document, whether"
            + " substance came after the agenda is undetermined",
        changeDocument(
            V, MispaV.AGENDA, d -> d.toBuilder().documentClass(DocumentClass.WORKING).build()));

    rule = "agenda.threshold";
    fires(
        rule,
        "carried-by-22-of-34",
        "The agenda is put to a vote and declared carried with 22 of 34: it needs 23",
        agendaByVote(22, 12, Outcome.APPROVED));
    fires(
        rule,
        "rejected-despite-23-of-34",
        "The agenda is put to a vote and declared rejected although 23 of 34 voted for it",
        agendaByVote(23, 11, Outcome.REJECTED));
    nearMiss(
        rule,
        "carried-by-23-of-34",
        "The agenda is put to a vote and carried with 23 of 34, two-thirds",
        agendaByVote(23, 11, Outcome.APPROVED));

    rule = "proposal.distributed";
    undetermined(
        rule,
        "statement-voted-without-distribution-record",
        "The joint statement is put to a vote, and the record does not say when or in which"
            + " languages it was distributed",
        statementByVote(V));
    fires(
        rule,
        "statement-distributed-in-english-only",
        "The joint statement is put to a vote, having been distributed the day before in English"
            + " only",
        changeDocument(
            statementByVote(V),
            MispaV.JOINT_STATEMENT,
            d ->
                d.toBuilder()
                    .addLanguages(OfficialLanguage.ENGLISH)
                    .distributedAt(LocalDateTime.of(2015, 11, 18, 9, 0))
                    .build()));
    fires(
        rule,
        "voted-the-day-of-an-evening-distribution",
        "The joint statement, distributed in the four languages at 20:00, is put to a vote in a"
            + " session held the same day",
        distributedAt(LocalDateTime.of(2015, 11, 19, 20, 0), LocalDate.of(2015, 11, 19)));
    nearMiss(
        rule,
        "distributed-two-days-before",
        "The joint statement, distributed in the four languages two days before, is put to a vote",
        distributedAt(LocalDateTime.of(2015, 11, 17, 9, 0), LocalDate.of(2015, 11, 19)));

    rule = "amendment.partial";
    fires(
        rule,
        "replacement",
        "Colombia's amendment replaces the whole joint statement: a new proposal, not an"
            + " amendment",
        colombiasAmendment(AmendmentChange.REPLACEMENT));
    nearMiss(
        rule,
        "deletion",
        "Colombia's amendment deletes part of the joint statement",
        colombiasAmendment(AmendmentChange.DELETION));

    rule = "amendment.target-pending";
    Amendment metrojet =
        Amendment.builder()
            .by("NIC")
            .proposal(MispaV.JOINT_STATEMENT_PROPOSAL)
            .change(AmendmentChange.ADDITION)
            .text("a reference to the downing of Russian Metrojet flight 9268")
            .build();
    fires(
        rule,
        "amendment-to-approved-statement",
        "Nicaragua amends the joint statement in the closing session, after it was approved",
        append(V, "7.a", metrojet));
    fires(
        rule,
        "amendment-to-adopted-recommendations",
        "The Chair amends the Recommendations of Lima after their adoption",
        append(
            V,
            "7.a",
            Amendment.builder()
                .person(MispaV.CHAIR)
                .document(MispaV.RECOMMENDATIONS)
                .change(AmendmentChange.ADDITION)
                .text("a paragraph on the attacks in Mali")
                .build()));
    nearMiss(
        rule,
        "amendment-before-approval",
        "Nicaragua amends the joint statement before it is approved",
        insertBefore(V, MispaV.JOINT_STATEMENT_APPROVAL, metrojet));

    rule = "proposal.withdrawal";
    fires(
        rule,
        "brazil-withdraws-the-chairs-proposal",
        "Brazil withdraws the proposal on the working groups that the Chair, of Peru, put to the"
            + " meeting",
        withdrawBeforeDecision("BRA"));
    fires(
        rule,
        "decision-on-withdrawn-proposal",
        "Peru withdraws the proposal on the working groups that its Chair put to the meeting,"
            + " which is then approved all the same",
        withdrawBeforeDecision("PER"));
    fires(
        rule,
        "withdrawal-after-decision",
        "Peru withdraws the proposal on the working groups that its Chair put to the meeting, after"
            + " it was approved",
        insertAfter(
            V,
            MispaV.WORKING_GROUPS_DECISION,
            Withdrawal.builder().by("PER").of(MispaV.WORKING_GROUPS_PROPOSAL).build()));
    nearMiss(
        rule,
        "withdrawn-and-reintroduced",
        "Peru withdraws the proposal on the working groups that its Chair put to the meeting,"
            + " Brazil reintroduces it, and the reintroduced"
            + " proposal is approved",
        replace(
            insertBefore(
                V,
                MispaV.WORKING_GROUPS_DECISION,
                Withdrawal.builder().by("PER").of(MispaV.WORKING_GROUPS_PROPOSAL).build(),
                Proposal.builder()
                    .id("proposal-working-groups-again")
                    .by("BRA")
                    .text(
                        "that the subsidiary technical working groups continue their work,"
                            + " pursuing the mandates assigned to them")
                    .build()),
            MispaV.WORKING_GROUPS_DECISION,
            a ->
                Decision.builder()
                    .from((Decision) a)
                    .on(List.of("proposal-working-groups-again"))
                    .build()));

    rule = "decision.reconsideration";
    Decision rejectWorkingGroups =
        Decision.builder()
            .addOn(MispaV.WORKING_GROUPS_PROPOSAL)
            .method(DecisionMethod.NO_OBJECTION)
            .outcome(Outcome.REJECTED)
            .build();
    fires(
        rule,
        "decided-again-without-reconsideration",
        "The working groups' proposal, approved in session 3, is rejected in session 4 without a"
            + " decision to reconsider",
        append(V, "4.f", rejectWorkingGroups));
    fires(
        rule,
        "reconsideration-carried-by-20-of-34",
        "A decision to reconsider the working groups is declared carried with 20 of 34: it needs"
            + " two-thirds",
        reconsiderByVote(20, 14));
    nearMiss(
        rule,
        "decided-again-after-reconsideration",
        "Venezuela moves to reconsider the working groups, which is carried by acclamation, and the"
            + " proposal is then rejected",
        append(
            V,
            "4.f",
            Reconsideration.builder()
                .id("reconsider")
                .by("VEN")
                .of(MispaV.WORKING_GROUPS_DECISION)
                .build(),
            Decision.builder().addOn("reconsider").method(DecisionMethod.ACCLAMATION).build(),
            rejectWorkingGroups));
    nearMiss(
        rule,
        "reconsideration-carried-by-23-of-34",
        "A decision to reconsider the working groups is carried with 23 of 34, two-thirds",
        reconsiderByVote(23, 11));

    rule = "point-of-order.ruling";
    PointOfOrder point =
        PointOfOrder.builder()
            .id("point")
            .by("URY")
            .text("the speaker has exceeded the time")
            .build();
    Ruling ruling =
        Ruling.builder()
            .id("ruling")
            .person(MispaV.CHAIR)
            .on("point")
            .text("the point is well taken")
            .build();
    Appeal appeal = Appeal.builder().id("appeal").by("URY").against("ruling").build();
    fires(
        rule,
        "ruling-not-at-once",
        "Uruguay raises a point of order; Argentina speaks before the Chair rules on it",
        append(V, "4.f", point, Intervention.builder().by("ARG").build(), ruling));
    fires(
        rule,
        "substantive-point",
        "Uruguay's point of order addresses the substance of the debate",
        append(V, "4.f", point.toBuilder().substantive(true).build(), ruling));
    fires(
        rule,
        "ruling-by-a-delegate",
        "A delegate, not the presiding officer, rules on Uruguay's point of order",
        append(V, "4.f", point, ruling.toBuilder().person("cardozo").build()));
    fires(
        rule,
        "appeal-decided-by-acclamation",
        "Uruguay appeals against the Chair's ruling, and the appeal is decided by acclamation, not"
            + " put to a vote",
        append(
            V,
            "4.f",
            point,
            ruling,
            appeal,
            Decision.builder().addOn("appeal").method(DecisionMethod.ACCLAMATION).build()));
    nearMiss(
        rule,
        "ruled-at-once-by-the-chair",
        "Uruguay raises a point of order and the Chair rules on it at once",
        append(V, "4.f", point, ruling));
    nearMiss(
        rule,
        "appeal-put-to-a-vote",
        "Uruguay appeals against the Chair's ruling; the appeal is put to a vote and rejected",
        append(
            withAllDelegations(V),
            "4.f",
            point,
            ruling,
            appeal,
            Decision.builder()
                .addOn("appeal")
                .method(DecisionMethod.VOTE)
                .tally(RecordEdits.ballots(DAY, 10, 20))
                .outcome(Outcome.REJECTED)
                .build()));

    rule = "document.adopted-once";
    Adoption again =
        Adoption.builder()
            .addDocuments(MispaV.RECOMMENDATIONS)
            .method(DecisionMethod.ACCLAMATION)
            .build();
    fires(
        rule,
        "recommendations-adopted-twice",
        "The Recommendations of Lima are adopted a second time",
        append(V, "6", again));
    nearMiss(
        rule,
        "adopted-again-after-reconsideration",
        "Brazil moves to reconsider the adoption of the Recommendations, which is carried, and they"
            + " are adopted again",
        append(
            V,
            "6",
            Reconsideration.builder()
                .id("reconsider")
                .by("BRA")
                .of(MispaV.ADOPTION_OF_RECOMMENDATIONS)
                .build(),
            Decision.builder().addOn("reconsider").method(DecisionMethod.CONSENSUS).build(),
            again));
  }

  private void decisionsAndVotes() {
    String rule = "decision.quorum";
    MeetingRecord all = withAllDelegations(V);
    fires(
        rule,
        "17-present-in-session-6",
        "Session 6 records 17 member states present: below the quorum of 18, its three decisions"
            + " are void",
        withAttendance(all, 6, memberStates(17, DAY)));
    List<String> withObservers = new ArrayList<>(memberStates(17, DAY));
    withObservers.add("FRA");
    withObservers.add("CUB");
    fires(
        rule,
        "observers-do-not-count",
        "Session 6 records 17 member states, France (an observer) and Cuba (not participating)"
            + " present: still below the quorum",
        withAttendance(withFrance(all), 6, withObservers));
    MeetingRecord eighteen = all;
    for (Session session : V.sessions()) {
      eighteen = withAttendance(eighteen, session.number(), memberStates(18, DAY));
    }
    nearMiss(
        rule,
        "18-present-in-every-session",
        "Every session records 18 member states present, the quorum: no quorum finding at all,"
            + " not even an undetermined one",
        eighteen);

    rule = "decision.unopposed";
    fires(
        rule,
        "objection-before-no-objection-decision",
        "Venezuela objects to the working groups' proposal, which is then approved as there were"
            + " no objections",
        insertBefore(
            V,
            MispaV.WORKING_GROUPS_DECISION,
            Objection.builder().by("VEN").to(MispaV.WORKING_GROUPS_PROPOSAL).build()));
    fires(
        rule,
        "objection-to-the-statement-before-its-consensus",
        "Venezuela objects to the joint statement in session 3; its approval by consensus in"
            + " session 4 is void, the working groups' decision stands",
        insertBefore(
            statementByConsensus(V),
            MispaV.WORKING_GROUPS_DECISION,
            Objection.builder().by("VEN").to(MispaV.JOINT_STATEMENT_PROPOSAL).build()));
    nearMiss(
        rule,
        "objection-then-vote",
        "Venezuela objects to the working groups' proposal, which is then put to a vote and"
            + " carried",
        replace(
            insertBefore(
                withAllDelegations(V),
                MispaV.WORKING_GROUPS_DECISION,
                Objection.builder().by("VEN").to(MispaV.WORKING_GROUPS_PROPOSAL).build()),
            MispaV.WORKING_GROUPS_DECISION,
            a ->
                ((Decision) a)
                    .toBuilder()
                        .method(DecisionMethod.VOTE)
                        .tally(RecordEdits.ballots(DAY, 25, 1))
                        .build()));

    rule = "decision.threshold";
    fires(
        rule,
        "17-for-declared-carried",
        "Honduras' offer is put to a vote and declared carried with 17 for, 10 against and 7"
            + " abstaining: it needs 18 of 34",
        acceptHondurasBy(announced(17, 10, 7), Outcome.APPROVED));
    fires(
        rule,
        "declared-rejected-against-the-count",
        "Honduras' offer is declared rejected although 20 of 34 voted for it",
        acceptHondurasBy(RecordEdits.ballots(DAY, 20, 14), Outcome.REJECTED));
    fires(
        rule,
        "void-second-ballot-does-not-count",
        "Honduras' offer is declared carried with 18 ballots for, but one of them is Argentina's"
            + " second",
        acceptHondurasBy(
            RecordEdits.ballots(DAY, 17, 10).toBuilder()
                .addBallots(Ballot.of("ARG", Vote.FOR))
                .build(),
            Outcome.APPROVED));
    nearMiss(
        rule,
        "18-for-carries",
        "Honduras' offer is put to a vote and carried with 18 for, 10 against and 6 abstaining",
        acceptHondurasBy(announced(18, 10, 6), Outcome.APPROVED));

    rule = "vote.tally";
    Tally twentyFive = RecordEdits.ballots(DAY, 20, 5);
    fires(
        rule,
        "observer-ballot",
        "France, a permanent observer, casts a ballot in the vote on Honduras' offer",
        acceptHondurasWithFranceBy(
            twentyFive.toBuilder().addBallots(Ballot.of("FRA", Vote.FOR)).build()));
    fires(
        rule,
        "announced-count-disagrees",
        "22 votes for Honduras' offer are announced, but the ballots record 20",
        acceptHondurasWithFranceBy(
            twentyFive.toBuilder().announcedFor(22).announcedAgainst(5).build()));
    fires(
        rule,
        "announced-beyond-member-states",
        "40 votes are announced on Honduras' offer: more than the 34 member states",
        acceptHondurasWithFranceBy(announced(30, 10, 0)));
    nearMiss(
        rule,
        "consistent-tally",
        "The announced counts of the vote on Honduras' offer agree with its ballots",
        acceptHondurasWithFranceBy(
            twentyFive.toBuilder().announcedFor(20).announcedAgainst(5).build()));
  }

  private void hostingAndSessions() {
    String rule = "hosting.offer-by-member";
    fires(
        rule,
        "observer-offers",
        "France, a permanent observer, offers to host MISPA VI, and its offer is accepted: void,"
            + " so nobody is to host",
        replace(
            withFrance(V),
            MispaV.HONDURAS_OFFER,
            a -> ((HostingOffer) a).toBuilder().by("FRA").build()));
    nearMiss(
        rule,
        "member-offers-a-later-meeting",
        "Guatemala offers to host MISPA VII",
        append(
            V,
            "6",
            HostingOffer.builder().id("offer-guatemala").by("GTM").edition(Edition.of(7)).build()));

    rule = "hosting.accepted-by-decision";
    fires(
        rule,
        "second-offer-accepted",
        "After Honduras' offer is accepted, Guatemala offers to host MISPA VI too, and its offer is"
            + " accepted by consensus",
        competingOffer(Outcome.APPROVED));
    fires(
        rule,
        "withdrawn-offer-accepted",
        "Honduras withdraws its offer, which is then accepted",
        insertBefore(
            V,
            MispaV.HONDURAS_ACCEPTED,
            Withdrawal.builder().by("HND").of(MispaV.HONDURAS_OFFER).build()));
    nearMiss(
        rule,
        "second-offer-rejected",
        "After Honduras' offer is accepted, Guatemala offers to host MISPA VI too, and its offer is"
            + " declined",
        competingOffer(Outcome.REJECTED));

    rule = "session.order";
    fires(
        rule,
        "act-after-closing",
        "A plenary session 8, with an intervention by Brazil, follows the closing session",
        V.toBuilder().addSessions(session(8, SessionKind.PLENARY)).build());
    fires(
        rule,
        "opening-after-plenaries",
        "Session 6 is a second opening session, after the plenaries",
        V.toBuilder()
            .sessions(V.sessions().subList(0, 5))
            .addSessions(session(6, SessionKind.OPENING), V.sessions().get(6))
            .build());
    nearMiss(
        rule,
        "intervention-at-the-end-of-the-closing-session",
        "Brazil speaks at the end of the closing session, before it closes",
        append(V, "7.c", Intervention.builder().by("BRA").build()));

    rule = "outcome.before-closing";
    fires(
        rule,
        "recommendations-adopted-in-closing-session",
        "The Recommendations of Lima, the outcome document, are adopted in the closing session",
        append(
            remove(V, MispaV.ADOPTION_OF_RECOMMENDATIONS),
            "7.c",
            act(V, MispaV.ADOPTION_OF_RECOMMENDATIONS)));
    nearMiss(
        rule,
        "working-document-adopted-in-closing-session",
        "A working document, not an outcome document, is adopted in the closing session",
        append(
            V.toBuilder()
                .addDocuments(
                    Document.builder()
                        .id("closing-note")
                        .title("Note on the follow-up of MISPA V")
                        .documentClass(DocumentClass.WORKING)
                        .build())
                .build(),
            "7.c",
            Adoption.builder()
                .addDocuments("closing-note")
                .method(DecisionMethod.CONSENSUS)
                .build()));
  }

  private void combined() {
    combined(
        "void-election-then-the-would-be-vice-chair-presides",
        "Venezuela objects to the Vice Chair's nomination, so his election by acclamation is void;"
            + " when he later declares the acceptance of Honduras' offer, he does not hold office",
        replace(
            insertBefore(
                V,
                MispaV.ELECTION_OF_VICE_CHAIR,
                Objection.builder().by("VEN").to(MispaV.NOMINATION_OF_VICE_CHAIR).build()),
            MispaV.HONDURAS_ACCEPTED,
            a -> ((Decision) a).toBuilder().person(MispaV.VICE_CHAIR).build()));
    combined(
        "void-nomination-then-the-would-be-rapporteur-reports",
        "France, an observer, nominates the Rapporteur: the nomination is void, so is her"
            + " election, and her report in the closing session is by nobody in office",
        replace(
            withFrance(V),
            MispaV.NOMINATION_OF_RAPPORTEUR,
            a -> ((Nomination) a).toBuilder().by("FRA").build()));
    combined(
        "void-election-then-the-would-be-chair-presides",
        "The nominee declares his own election as Chair, which is void; he then presides over the"
            + " whole meeting without holding office",
        replace(
            V,
            MispaV.ELECTION_OF_CHAIR,
            a -> ((Decision) a).toBuilder().person(MispaV.CHAIR).build()));
    HostingOffer guatemala =
        HostingOffer.builder().id("offer-guatemala").by("GTM").edition(Edition.of(6)).build();
    combined(
        "two-competing-hosting-offers",
        "Guatemala offers to host MISPA VI while Honduras' offer is pending; Honduras' offer is"
            + " accepted, then Guatemala's: the second acceptance is void",
        insertAfter(
            insertBefore(
                V,
                MispaV.HONDURAS_ACCEPTED,
                guatemala,
                Support.builder().by("SLV").of("offer-guatemala").build()),
            MispaV.HONDURAS_ACCEPTED,
            Decision.builder()
                .addOn("offer-guatemala")
                .method(DecisionMethod.ACCLAMATION)
                .build()));
    combined(
        "two-competing-hosting-offers-the-first-withdrawn",
        "Guatemala offers to host MISPA VI; Honduras withdraws its offer, whose acceptance is then"
            + " void, and Guatemala's offer is accepted",
        insertAfter(
            insertBefore(
                V,
                MispaV.HONDURAS_ACCEPTED,
                guatemala,
                Withdrawal.builder().by("HND").of(MispaV.HONDURAS_OFFER).build()),
            MispaV.HONDURAS_ACCEPTED,
            Decision.builder()
                .addOn("offer-guatemala")
                .method(DecisionMethod.ACCLAMATION)
                .build()));
    Amendment mexico =
        Amendment.builder()
            .id("amendment-mexico")
            .by("MEX")
            .proposal("amendment-argentina")
            .change(AmendmentChange.MODIFICATION)
            .text("a change to Argentina's modifications")
            .build();
    combined(
        "amendment-to-a-pending-amendment",
        "Mexico amends Argentina's amendment to the joint statement while both are pending",
        insertAfter(V, "amendment-argentina", mexico));
    combined(
        "amendment-to-an-incorporated-amendment",
        "Mexico amends Argentina's amendment in the closing session, after the statement"
            + " incorporating it was approved",
        append(V, "7.a", mexico));
    combined(
        "amendment-to-a-void-amendment",
        "Argentina's amendment replaces the whole joint statement and is void; Mexico's amendment"
            + " to it targets an act that had no effect",
        insertAfter(
            replace(
                V,
                "amendment-argentina",
                a -> ((Amendment) a).toBuilder().change(AmendmentChange.REPLACEMENT).build()),
            "amendment-argentina",
            mexico));
  }

  // ---------------------------------------------------------------------------------------------
  // Records shared by several cases

  private static MeetingRecord adoptRecommendationsBy(Tally tally) {
    return replace(
        withAllDelegations(V),
        MispaV.ADOPTION_OF_RECOMMENDATIONS,
        a ->
            Adoption.builder().from((Adoption) a).method(DecisionMethod.VOTE).tally(tally).build());
  }

  private static Nomination nomination(String id, Office office) {
    return Nomination.builder().id(id).by("JAM").nominee("hogan").office(office).build();
  }

  private static MeetingRecord electAfterRapporteur(Office office) {
    return insertAfter(
        V,
        MispaV.ELECTION_OF_RAPPORTEUR,
        nomination("another", office),
        Decision.builder().addOn("another").method(DecisionMethod.ACCLAMATION).build());
  }

  private static MeetingRecord agendaByVote(int votesFor, int votesAgainst, Outcome outcome) {
    return replace(
        withAllDelegations(V),
        MispaV.ADOPTION_OF_AGENDA,
        a ->
            ((Adoption) a)
                .toBuilder()
                    .method(DecisionMethod.VOTE)
                    .tally(RecordEdits.ballots(DAY, votesFor, votesAgainst))
                    .outcome(outcome)
                    .build());
  }

  private static MeetingRecord statementByVote(MeetingRecord record) {
    return replace(
        withAllDelegations(record),
        MispaV.JOINT_STATEMENT_APPROVAL,
        a ->
            ((Decision) a)
                .toBuilder()
                    .method(DecisionMethod.VOTE)
                    .tally(RecordEdits.ballots(DAY, 30, 0))
                    .build());
  }

  /**
   * MISPA V with the joint statement approved by consensus: the report does not say how it was
   * approved, and a case about consensus states it.
   */
  private static MeetingRecord statementByConsensus(MeetingRecord record) {
    return replace(
        record,
        MispaV.JOINT_STATEMENT_APPROVAL,
        a -> ((Decision) a).toBuilder().method(DecisionMethod.CONSENSUS).build());
  }

  private static MeetingRecord distributedAt(LocalDateTime distributed, LocalDate session4) {
    MeetingRecord record =
        changeDocument(
            statementByVote(V),
            MispaV.JOINT_STATEMENT,
            d ->
                d.toBuilder()
                    .addAllLanguages(EnumSet.allOf(OfficialLanguage.class))
                    .distributedAt(distributed)
                    .build());
    return changeSession(record, 4, s -> s.toBuilder().date(session4).build());
  }

  private static MeetingRecord colombiasAmendment(AmendmentChange change) {
    return replace(
        V,
        MispaV.COLOMBIA_NICARAGUA_AMENDMENT,
        a -> ((Amendment) a).toBuilder().change(change).build());
  }

  private static MeetingRecord withdrawBeforeDecision(String by) {
    return insertBefore(
        V,
        MispaV.WORKING_GROUPS_DECISION,
        Withdrawal.builder().by(by).of(MispaV.WORKING_GROUPS_PROPOSAL).build());
  }

  private static MeetingRecord reconsiderByVote(int votesFor, int votesAgainst) {
    return append(
        withAllDelegations(V),
        "4.f",
        Reconsideration.builder()
            .id("reconsider")
            .by("VEN")
            .of(MispaV.WORKING_GROUPS_DECISION)
            .build(),
        Decision.builder()
            .addOn("reconsider")
            .method(DecisionMethod.VOTE)
            .tally(RecordEdits.ballots(DAY, votesFor, votesAgainst))
            .build());
  }

  private static MeetingRecord acceptHondurasBy(Tally tally, Outcome outcome) {
    return replace(
        withAllDelegations(V),
        MispaV.HONDURAS_ACCEPTED,
        a ->
            ((Decision) a)
                .toBuilder().method(DecisionMethod.VOTE).tally(tally).outcome(outcome).build());
  }

  private static MeetingRecord acceptHondurasWithFranceBy(Tally tally) {
    return replace(
        withFrance(withAllDelegations(V)),
        MispaV.HONDURAS_ACCEPTED,
        a -> ((Decision) a).toBuilder().method(DecisionMethod.VOTE).tally(tally).build());
  }

  private static MeetingRecord competingOffer(Outcome outcome) {
    return insertAfter(
        V,
        MispaV.HONDURAS_ACCEPTED,
        HostingOffer.builder().id("offer-guatemala").by("GTM").edition(Edition.of(6)).build(),
        Decision.builder()
            .addOn("offer-guatemala")
            .method(DecisionMethod.CONSENSUS)
            .outcome(outcome)
            .build());
  }

  private static Session session(int number, SessionKind kind) {
    return Session.builder()
        .number(number)
        .kind(kind)
        .addItems(
            AgendaItem.builder()
                .number(number + ".a")
                .title("Other business")
                .addActs(Intervention.builder().by("BRA").build())
                .build())
        .build();
  }
}
