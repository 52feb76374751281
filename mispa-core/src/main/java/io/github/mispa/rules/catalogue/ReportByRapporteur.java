package io.github.mispa.rules.catalogue;

import io.github.mispa.model.Office;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.procedure.Report;
import io.github.mispa.procedure.ReportKind;
import io.github.mispa.procedure.SessionKind;
import io.github.mispa.rules.BaseRule;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.Message;
import io.github.mispa.rules.ProceduralState;
import java.util.List;
import java.util.Locale;

/**
 * {@code report.by-rapporteur}: the rapporteur's report is delivered by the rapporteur, in the
 * closing session. Irregular otherwise.
 *
 * <p>Source: GA Rules, Art. 25 (the rapporteur reports to the plenary); practice (MISPA V: "The
 * Rapporteur delivered a verbal report" in the closing session).
 */
public final class ReportByRapporteur extends BaseRule {
  /** Creates the rule. */
  public ReportByRapporteur() {
    super(
        "report.by-rapporteur",
        "GA Rules, Art. 25; practice",
        "The rapporteur's report is delivered by the rapporteur, in the closing session.");
    checks(Report.class, this::check);
  }

  void check(Report report, RecordedAct act, ProceduralState state, Findings findings) {
    if (report.reportKind() != ReportKind.RAPPORTEUR) {
      return;
    }
    List<String> rapporteurs = state.holders(Office.RAPPORTEUR);
    String person = report.person().orElseThrow();
    if (rapporteurs.isEmpty()) {
      findings.irregular(
          "the rapporteur's report is delivered by "
              + Describe.person(state.record(), person)
              + ", but no rapporteur holds office",
          Message.of("report.by-rapporteur.no-rapporteur").withPerson("person", person));
    } else if (!rapporteurs.contains(person)) {
      findings.irregular(
          "the rapporteur's report is delivered by "
              + Describe.person(state.record(), person)
              + ", not by the rapporteur, "
              + Describe.person(state.record(), rapporteurs.get(0)),
          Message.of("report.by-rapporteur.not-the-rapporteur")
              .withPerson("person", person)
              .withPerson("rapporteur", rapporteurs.get(0)));
    }
    if (act.session().kind() != SessionKind.CLOSING) {
      findings.irregular(
          "the rapporteur's report is delivered in the "
              + act.session().kind().name().toLowerCase(Locale.ROOT)
              + " session "
              + act.session().number()
              + ", not in the closing session",
          Message.of("report.by-rapporteur.not-closing")
              .withSessionKind("kind", act.session().kind())
              .withNumber("session", act.session().number()));
    }
  }
}
