package com.example.mispa;

import io.github.mispa.model.DocumentSymbol;
import io.github.mispa.model.DocumentSymbolParseException;
import io.github.mispa.model.MemberState;
import io.github.mispa.model.Office;
import io.github.mispa.model.Participant;
import io.github.mispa.model.Person;
import io.github.mispa.model.Position;
import io.github.mispa.procedure.AgendaItem;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.DecisionMethod;
import io.github.mispa.procedure.Nomination;
import io.github.mispa.procedure.Seconding;

/**
 * The README's five-minute tour, as a user of mispa writes it. Each method holds one snippet
 * between its tag and end comments; the snippet test compares them with the README and runs them.
 * Formatted by hand, as the README shows them.
 */
public final class Tour {
  private Tour() {}

  public static void builders() {
    // tag::builders[]
    Participant costaRica = Participant.delegationOf(MemberState.COSTA_RICA);   // id "CRI"
    Person pacheco = Person.builder()
        .id("pacheco-tinoco").honorific("Mr.").name("Julian Pacheco Tinoco")
        .position("Secretary of State for Security of Honduras").participant("HND").build();

    // A person may hold several positions, each for a participant or body; an act's `by` says in
    // which capacity the person acts (a person alone acts for their first position's participant).
    Person dcosta = Person.builder()
        .id("dcosta").name("Patricia D’Costa")
        .position("Alternate Representative of Canada to the OAS").participant("CAN")
        .addAdditionalPositions(Position.of(
            "Vice Chair of the Committee on Hemispheric Security of the Permanent Council of the OAS",
            "CSH"))
        .build();

    AgendaItem election = AgendaItem.builder().number("2.a").title("Election of officers")
        .addActs(
            Nomination.builder().id("nomination-vice-chair").by("CRI")
                .nominee("pacheco-tinoco").office(Office.VICE_CHAIR).build(),
            Seconding.builder().by("CHL").of("nomination-vice-chair").build(),
            Decision.builder().addOn("nomination-vice-chair").method(DecisionMethod.ACCLAMATION).build())
        .build();
    // end::builders[]
  }

  public static void documentSymbols() {
    // tag::documentSymbols[]
    System.out.println(DocumentSymbol.parse("MISPA V/DOC.1/15 rev.1"));   // MISPA V/doc.1/15 rev. 1
    System.out.println(DocumentSymbol.parse("MISPA-V/INF. 10/15")
        .equals(DocumentSymbol.parse("mispa v/inf.10/15")));              // true
    try {
      DocumentSymbol.parse("MISPA V/DOC.x/15");
    } catch (DocumentSymbolParseException e) {
      System.out.println(e.getErrorIndex());                              // 12
    }
    // end::documentSymbols[]
  }
}
