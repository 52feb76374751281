package io.github.mispa.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.mispa.model.Document;
import io.github.mispa.model.DocumentSymbol;
import io.github.mispa.model.Office;
import io.github.mispa.model.Person;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.ActKind;
import io.github.mispa.procedure.Adoption;
import io.github.mispa.procedure.AgendaItem;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.DecisionMethod;
import io.github.mispa.procedure.HostingOffer;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Nomination;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.procedure.Seconding;
import io.github.mispa.procedure.Session;
import io.github.mispa.procedure.SessionKind;
import io.github.mispa.procedure.Support;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The record of MISPA V against the rapporteur's report, paragraph by paragraph. */
class MispaVRecordTest {
  private final MeetingRecord record = MispaV.record();

  @Test
  void theMeetingIsMispaVInLimaConvenedByAgRes2866() {
    assertThat(record.meeting().name()).isEqualTo("MISPA V");
    assertThat(record.meeting().venue()).hasToString("Lima, Peru");
    assertThat(record.meeting().theme()).contains("Prevention of Crime, Violence and Insecurity");
    assertThat(record.meeting().convenedBy())
        .contains(DocumentSymbol.parse("AG/RES. 2866 (XLIV-O/14)"));
    assertThat(record.meeting().previous().orElseThrow().venue()).hasToString("Medellín, Colombia");
    assertThat(record.meeting().previous().orElseThrow().chair()).contains(MispaV.OUTGOING_CHAIR);
  }

  @Test
  void theSessionsAreTheSevenOfTheReportInOrder() {
    assertThat(record.sessions())
        .extracting(Session::number, Session::kind)
        .containsExactly(
            tuple(1, SessionKind.INAUGURAL),
            tuple(2, SessionKind.OPENING),
            tuple(3, SessionKind.INTRODUCTORY),
            tuple(4, SessionKind.PLENARY),
            tuple(5, SessionKind.PLENARY),
            tuple(6, SessionKind.PLENARY),
            tuple(7, SessionKind.CLOSING));
    assertThat(record.sessions().stream().flatMap(s -> s.items().stream()).map(AgendaItem::number))
        .containsExactly(
            "1.a", "1.b", "2.a", "2.b", "2.c", "3.a", "3.b", "3.c", "3.d", "3.e", "4.a", "4.b",
            "4.c", "4.d", "4.e", "4.f", "5.a", "5.b", "5.c", "5.d", "6", "7.a", "7.b", "7.c");
  }

  @Test
  void theOfficersWereNominatedSecondedAndElectedAsTheReportSays() {
    assertThat(nominations())
        .extracting(n -> actor(n), Nomination::nominee, Nomination::office)
        .containsExactly(
            tuple("COL", MispaV.CHAIR, Office.CHAIR),
            tuple("CRI", MispaV.VICE_CHAIR, Office.VICE_CHAIR),
            tuple("ATG", MispaV.RAPPORTEUR, Office.RAPPORTEUR));
    assertThat(acts(Seconding.class))
        .extracting(Seconding::by, Seconding::of)
        .containsExactly(
            tuple(java.util.Optional.of("CHL"), MispaV.NOMINATION_OF_VICE_CHAIR),
            tuple(java.util.Optional.of("BRA"), MispaV.NOMINATION_OF_RAPPORTEUR),
            tuple(java.util.Optional.of("BOL"), MispaV.METROJET_REQUEST));
    for (String election :
        List.of(
            MispaV.ELECTION_OF_CHAIR,
            MispaV.ELECTION_OF_VICE_CHAIR,
            MispaV.ELECTION_OF_RAPPORTEUR)) {
      Decision decision = (Decision) record.act(election).orElseThrow().act();
      assertThat(decision.method()).isEqualTo(DecisionMethod.ACCLAMATION);
    }
    assertThat(record.act(MispaV.ELECTION_OF_CHAIR).orElseThrow().act().person())
        .contains(MispaV.OUTGOING_CHAIR);
  }

  @Test
  void theOfficersAreWhoTheReportNames() {
    assertThat(record.person(MispaV.CHAIR).map(Person::displayName))
        .contains("Mr. José Luis Pérez Guadalupe, Minister of the Interior of Peru");
    assertThat(record.person(MispaV.VICE_CHAIR).map(Person::displayName))
        .contains("Mr. Julian Pacheco Tinoco, Secretary of State for Security of Honduras");
    assertThat(record.person(MispaV.RAPPORTEUR).map(Person::displayName))
        .contains("Patricia D’Costa, Alternate Representative of Canada to the OAS");
  }

  @Test
  void eightDelegationsSupportedTheJointStatementAndColombiaAndNicaraguaAddedLanguage() {
    assertThat(
            acts(Support.class).stream()
                .filter(s -> s.of().equals(MispaV.JOINT_STATEMENT_PROPOSAL)))
        .extracting(s -> s.by().orElseThrow())
        .containsExactly("PRY", "ECU", "HND", "ARG", "GTM", "BRA", "MEX", "SLV", "COL", "NIC");
    Decision approval = (Decision) record.act(MispaV.JOINT_STATEMENT_APPROVAL).orElseThrow().act();
    assertThat(approval.on()).containsExactly(MispaV.JOINT_STATEMENT_PROPOSAL);
    assertThat(approval.incorporating())
        .containsExactly(
            MispaV.COLOMBIA_NICARAGUA_AMENDMENT,
            "amendment-argentina",
            "amendment-brazil",
            "amendment-bolivia");
    assertThat(record.act(MispaV.JOINT_STATEMENT_APPROVAL).orElseThrow().location())
        .hasToString("4.a#17");
  }

  @Test
  void theAgendaAndScheduleWereAdoptedTogether() {
    Adoption adoption = (Adoption) record.act(MispaV.ADOPTION_OF_AGENDA).orElseThrow().act();
    assertThat(adoption.documents()).containsExactly(MispaV.AGENDA, MispaV.SCHEDULE);
    assertThat(record.document(MispaV.AGENDA).flatMap(Document::symbol).map(Object::toString))
        .contains("MISPA V/doc.1/15 rev. 1");
    assertThat(record.document(MispaV.SCHEDULE).flatMap(Document::symbol).map(Object::toString))
        .contains("MISPA V/doc.2/15 rev. 1");
  }

  @Test
  void everyDocumentSymbolOfTheReportIsRecorded() {
    assertThat(record.documents().stream().flatMap(d -> d.symbol().stream()).map(Object::toString))
        .containsExactlyInAnyOrder(
            "MISPA V/INF.10/15",
            "MISPA V/INF.15/15",
            "MISPA V/doc.1/15 rev. 1",
            "MISPA V/doc.2/15 rev. 1",
            "MISPA V/INF.8/15",
            "MISPA V/INF.6/15",
            "MISPA V/INF.7/15",
            "MISPA V/INF.12/15",
            "MISPA V/INF.4/15");
  }

  @Test
  void hondurasOfferedToHostMispaViWithTheSupportOfBrazilMexicoAndCostaRica() {
    HostingOffer offer = (HostingOffer) record.act(MispaV.HONDURAS_OFFER).orElseThrow().act();
    assertThat(offer.by()).contains("HND");
    assertThat(offer.edition()).hasToString("VI");
    assertThat(acts(Support.class).stream().filter(s -> s.of().equals(MispaV.HONDURAS_OFFER)))
        .extracting(s -> s.by().orElseThrow())
        .containsExactly("BRA", "MEX", "CRI");
    Decision acceptance = (Decision) record.act(MispaV.HONDURAS_ACCEPTED).orElseThrow().act();
    assertThat(acceptance.method()).isEqualTo(DecisionMethod.ACCLAMATION);
  }

  @Test
  void theRecommendationsOfLimaWereReadThenAdoptedByAcclamation() {
    List<ActKind> item6 =
        record.sessions().get(5).items().get(0).acts().stream()
            .map(Act::kind)
            .collect(Collectors.toList());
    assertThat(item6)
        .containsExactly(
            ActKind.AMENDMENT,
            ActKind.DECISION,
            ActKind.HOSTING_OFFER,
            ActKind.SUPPORT,
            ActKind.SUPPORT,
            ActKind.SUPPORT,
            ActKind.DECISION,
            ActKind.INSTRUCTION,
            ActKind.READING,
            ActKind.ADOPTION);
  }

  @Test
  void theDialoguesHaveTheDelegationsTheReportNames() {
    assertThat(interventionsIn("5.d"))
        .containsExactly(
            "DOM", "URY", "GTM", "USA", "CAN", "ATG", "JAM", "HND", "PAN", "BRA", "NIC", "SLV");
    assertThat(interventionsIn("4.f"))
        .containsExactly("USA", "HTI", "DOM", "VEN", "URY", "ARG", "BOL");
  }

  @Test
  void theChairTookNoteOfTheClosingRequests() {
    assertThat(record.sessions().get(6).items().get(0).acts())
        .extracting(Act::kind)
        .containsExactly(
            ActKind.REPORT,
            ActKind.REQUEST,
            ActKind.SECONDING,
            ActKind.SUPPORT,
            ActKind.REQUEST,
            ActKind.REQUEST_NOTED);
  }

  private List<String> interventionsIn(String item) {
    return record.acts().stream()
        .filter(a -> a.item().number().equals(item) && a.act().kind() == ActKind.INTERVENTION)
        .map(a -> a.act().by().orElseThrow())
        .collect(Collectors.toList());
  }

  private List<Nomination> nominations() {
    return acts(Nomination.class);
  }

  private String actor(Act act) {
    return record.actorOf(act).orElseThrow().id();
  }

  private <T extends Act> List<T> acts(Class<T> type) {
    return record.acts().stream()
        .map(RecordedAct::act)
        .filter(type::isInstance)
        .map(type::cast)
        .collect(Collectors.toList());
  }
}
