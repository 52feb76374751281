package com.example.mispa;

import com.google.common.collect.ImmutableSet;
import io.github.mispa.model.Edition;
import io.github.mispa.model.Meeting;
import io.github.mispa.model.MeetingSeries;
import io.github.mispa.model.MemberState;
import io.github.mispa.model.OfficialLanguage;
import io.github.mispa.model.Office;
import io.github.mispa.model.Participant;
import io.github.mispa.model.Person;
import io.github.mispa.model.Venue;
import io.github.mispa.procedure.AgendaItem;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.DecisionMethod;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Nomination;
import io.github.mispa.procedure.Seconding;
import io.github.mispa.procedure.Session;
import io.github.mispa.procedure.SessionKind;
import io.github.mispa.rules.Finding;
import io.github.mispa.rules.Verdict;
import io.github.mispa.rules.catalogue.RuleSets;
import java.time.LocalDate;
import java.util.EnumSet;

/** The README's record built from scratch, as a user of mispa writes it. */
public final class FromScratch {
  private FromScratch() {}

  public static void fromScratch() {
    // tag::fromScratch[]
    LocalDate day = LocalDate.of(2026, 3, 10);
    Meeting meeting = Meeting.builder()
        .series(MeetingSeries.MISPA).edition(Edition.of(9))
        .venue(Venue.of("Ottawa", MemberState.CANADA))
        .startDate(day).endDate(day.plusDays(1))
        .addAllLanguages(EnumSet.allOf(OfficialLanguage.class))
        .build();

    MeetingRecord record = MeetingRecord.builder()
        .meeting(meeting)
        .addParticipants(
            Participant.delegationOf(MemberState.CANADA),
            Participant.delegationOf(MemberState.MEXICO),
            Participant.delegationOf(MemberState.CHILE))
        .addPersons(Person.builder()
            .id("tremblay").honorific("Ms.").name("Anne Tremblay")
            .position("Minister of Public Safety of Canada").participant("CAN").build())
        .addSessions(Session.builder()
            .number(1).kind(SessionKind.OPENING).title("Opening session").date(day)
            .attendance(ImmutableSet.of("CAN", "MEX", "CHL"))
            .addItems(AgendaItem.builder().number("1.a").title("Election of the Chair")
                .addActs(
                    Nomination.builder().id("nomination-chair").by("MEX")
                        .nominee("tremblay").office(Office.CHAIR).build(),
                    Seconding.builder().by("CHL").of("nomination-chair").build(),
                    Decision.builder().id("election-chair").addOn("nomination-chair")
                        .method(DecisionMethod.ACCLAMATION).build())
                .build())
            .build())
        .build();

    Verdict verdict = RuleSets.mispa().check(record);
    System.out.println(verdict);
    for (Finding finding : verdict.findings()) {
      System.out.println(finding);
    }
    // end::fromScratch[]
  }
}
