package io.github.mispa.examples;

import io.github.mispa.model.Document;
import io.github.mispa.model.Edition;
import io.github.mispa.model.Office;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.Adoption;
import io.github.mispa.procedure.Amendment;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.DecisionAct;
import io.github.mispa.procedure.HostingOffer;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Nomination;
import io.github.mispa.procedure.Outcome;
import io.github.mispa.procedure.Proposal;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.rules.Finding;
import io.github.mispa.rules.ProceduralState;
import io.github.mispa.rules.Verdict;
import io.github.mispa.rules.catalogue.RuleSets;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The main example: builds the record of MISPA V, checks it under the {@code mispa} rule set and
 * prints a summary: the officers, the decisions, the documents adopted, the next host, and what the
 * check found.
 */
public final class MispaVExample {
  private MispaVExample() {}

  /** Prints the summary to standard output. */
  public static void main(String[] args) {
    print(MispaV.record(), System.out);
  }

  /** What a decision decided, in a few words, such as "elected ... as Chair (acclamation)". */
  static String describe(MeetingRecord record, DecisionAct decision) {
    boolean approved = decision.outcome() == Outcome.APPROVED;
    List<String> subjects = new ArrayList<>();
    if (decision.summary().isPresent() && !(decision instanceof Adoption)) {
      // The record's own account of what was decided.
      subjects.add(decision.summary().get());
    } else if (decision instanceof Adoption adoption) {
      for (String id : adoption.documents()) {
        subjects.add(
            (approved ? "adopted " : "did not adopt ") + record.document(id).orElseThrow().name());
      }
    } else {
      for (String id : ((Decision) decision).on()) {
        Act act = record.act(id).orElseThrow().act();
        if (act instanceof Nomination n) {
          String name = record.person(n.nominee()).orElseThrow().name();
          subjects.add(
              (approved ? "elected " : "did not elect ") + name + " as " + n.office().title());
        } else if (act instanceof Proposal p) {
          subjects.add((approved ? "approved" : "rejected") + " the proposal: " + p.text());
        } else if (act instanceof Amendment a) {
          subjects.add((approved ? "accepted" : "rejected") + " the amendment: " + a.text());
        } else if (act instanceof HostingOffer h) {
          subjects.add(
              (approved ? "accepted" : "declined")
                  + " the offer of "
                  + record.actorOf(h).orElseThrow().name()
                  + " to host "
                  + record.meeting().series().code()
                  + " "
                  + h.edition());
        } else {
          subjects.add(
              (approved ? "approved the " : "rejected the ") + act.kind() + " \"" + id + "\"");
        }
      }
    }
    return String.join("; ", subjects)
        + " ("
        + decision.method().name().toLowerCase(Locale.ROOT).replace('_', ' ')
        + ")";
  }

  static void print(MeetingRecord record, PrintStream out) {
    Verdict verdict = RuleSets.mispa().check(record);
    ProceduralState end = verdict.finalState();
    out.println(
        record.meeting().name()
            + ", "
            + record.meeting().venue()
            + ", "
            + record.meeting().startDate()
            + " to "
            + record.meeting().endDate()
            + ": "
            + record.sessions().size()
            + " sessions, "
            + record.acts().size()
            + " acts");
    out.println();
    out.println("Officers");
    for (Office office : Office.values()) {
      for (String person : end.holders(office)) {
        out.println(
            "  " + office.title() + ": " + record.person(person).orElseThrow().displayName());
      }
    }
    out.println();
    out.println("Decisions");
    for (RecordedAct act : record.acts()) {
      if (act.act() instanceof DecisionAct decision) {
        out.println("  " + act.location() + " " + describe(record, decision));
      }
    }
    out.println();
    out.println("Documents adopted");
    for (String id : end.adoptedDocuments()) {
      Document document = record.document(id).orElseThrow();
      out.println("  " + document.symbol().map(s -> s + " ").orElse("") + document.name());
    }
    out.println();
    for (Map.Entry<Edition, String> offer : end.acceptedOffers().entrySet()) {
      String host =
          end.motion(offer.getValue())
              .flatMap(m -> m.sponsor())
              .flatMap(record::participant)
              .orElseThrow()
              .name();
      out.println(
          "Next host: "
              + host
              + " ("
              + record.meeting().series().code()
              + " "
              + offer.getKey()
              + ")");
    }
    out.println();
    out.println(
        "Check under \"mispa\": "
            + (verdict.isClean() ? "clean" : "NOT clean")
            + " ("
            + verdict
            + ")");
    for (Map.Entry<String, List<Finding>> group :
        verdict.undeterminedByRule().asMap().entrySet().stream()
            .map(e -> Map.entry(e.getKey(), List.copyOf(e.getValue())))
            .toList()) {
      out.println(
          "  undetermined "
              + group.getKey()
              + " at "
              + group.getValue().size()
              + " acts, such as "
              + group.getValue().get(0).location()
              + ": "
              + group.getValue().get(0).message());
    }
    for (Finding finding : verdict.findings()) {
      if (finding.kind() != io.github.mispa.rules.FindingKind.UNDETERMINED) {
        out.println("  " + finding);
      }
    }
  }
}
