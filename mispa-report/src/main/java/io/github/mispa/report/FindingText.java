package io.github.mispa.report;

import io.github.mispa.model.OfficialLanguage;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.rules.Finding;

/**
 * What a finding says, in one of the four languages. A finding's message is English; one that has
 * no words in the requested language is given in English and set apart, never passed off as
 * translated.
 */
final class FindingText {
  private final Grammar grammar;

  FindingText(MeetingRecord record, OfficialLanguage language) {
    this.grammar = new Grammar(language);
  }

  /** {@return the finding's message in this language, as Markdown} */
  String message(Finding finding) {
    String markdown = Markdown.text(finding.message());
    return grammar.language() == OfficialLanguage.ENGLISH ? markdown : Grammar.foreign(markdown);
  }
}
