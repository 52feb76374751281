package com.example.mispa;

import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.conformance.RecordEdits;
import io.github.mispa.model.Office;
import io.github.mispa.procedure.ActLocation;
import io.github.mispa.procedure.InvalidRecordException;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Seconding;
import io.github.mispa.report.RapporteurReport;
import io.github.mispa.rules.Finding;
import io.github.mispa.rules.FindingKind;
import io.github.mispa.rules.RuleSet;
import io.github.mispa.rules.Verdict;
import io.github.mispa.rules.catalogue.RuleSets;

/**
 * The README's snippets that check the MISPA V record, which they take from mispa-testing, as a
 * user's tests would.
 */
public final class Checking {
  private Checking() {}

  public static void invalidRecord() {
    // tag::invalidRecord[]
    try {
      RecordEdits.replace(MispaV.record(), ActLocation.parse("2.a#19"),   // mispa-testing
          Seconding.builder().by("CHL").of("nomination-of-nobody").build());
    } catch (InvalidRecordException e) {
      System.out.println(e.getMessage());
    }
    // end::invalidRecord[]
  }

  public static void checking() {
    // tag::checking[]
    MeetingRecord record = MispaV.record();                               // mispa-testing
    Verdict verdict = RuleSets.mispa().check(record);
    System.out.println(verdict.isClean());                                // true
    System.out.println(verdict.finalState().holders(Office.CHAIR));       // [perez-guadalupe]
    System.out.println(verdict.finalState().acceptedOffers());            // {VI=offer-honduras}
    // No attendance in the report, so the quorum cannot be checked:
    System.out.println(verdict.undeterminedByRule().keySet());            // [decision.quorum]
    // end::checking[]
  }

  public static void selfSeconded() {
    // tag::selfSeconded[]
    // Costa Rica seconds its own nomination of the Vice Chair
    MeetingRecord selfSeconded = RecordEdits.replace(MispaV.record(), ActLocation.parse("2.a#19"),
        Seconding.builder().by("CRI").of(MispaV.NOMINATION_OF_VICE_CHAIR).build());
    for (Finding f : RuleSets.mispa().check(selfSeconded).findings(FindingKind.VOID)) {
      System.out.println(f);
    }
    // end::selfSeconded[]
  }

  public static void houseRuleSet() {
    // tag::houseRuleSet[]
    RuleSet house = RuleSets.mispa().toBuilder()
        .name("mispa-house")
        .secondingRequired(true)
        .build()
        .withoutRule("report.by-rapporteur")
        .withRule(new CivilSocietyInPlenary());
    System.out.println(house.check(MispaV.record()));
    // end::houseRuleSet[]
  }

  public static void report() {
    // tag::report[]
    Verdict verdict = RuleSets.mispa().check(MispaV.record());
    String markdown = RapporteurReport.of(verdict).withFindings().render();
    markdown.lines().limit(3).forEach(System.out::println);
    // end::report[]
  }
}
