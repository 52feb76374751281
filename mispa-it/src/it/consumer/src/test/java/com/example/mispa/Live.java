package com.example.mispa;

import io.github.mispa.examples.MispaV;
import io.github.mispa.procedure.ActLocation;
import io.github.mispa.procedure.Seconding;
import io.github.mispa.rules.LiveMeeting;
import io.github.mispa.rules.LiveStep;
import io.github.mispa.rules.PendingMotion;
import io.github.mispa.rules.catalogue.RuleSets;

/** The README's snippet of a live meeting, on MISPA V from mispa-testing. */
public final class Live {
  private Live() {}

  public static void live() {
    // tag::live[]
    // MISPA V as it was just before the seconding of the Vice Chair's nomination
    LiveMeeting live = LiveMeeting.before(MispaV.record(), ActLocation.parse("2.a#19"),
        RuleSets.mispa());
    LiveStep tried = live.apply(Seconding.builder().by("CRI").of("nomination-vice-chair").build(),
        LiveMeeting.IfVoid.REFUSE);
    System.out.println(tried);                   // 2.a#19 (seconding): not recorded, void
    LiveStep step = live.apply(Seconding.builder().by("CHL").of("nomination-vice-chair").build());
    System.out.println(step);                    // 2.a#19 (seconding): recorded, clean
    live = step.after();
    for (PendingMotion motion : live.outlook().pendingMotions()) {
      System.out.println(motion);
    }
    System.out.println(live.undo().record().acts().size());   // 22
    // end::live[]
  }
}
