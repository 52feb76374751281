/**
 * Rendering a record for people, in the four official languages of the OAS: {@link
 * io.github.mispa.report.RapporteurReport} writes the record as a rapporteur's report in Markdown,
 * in the manner of the OAS reports: numbered sessions, lettered items, a plain sentence for each
 * act, document symbols in brackets, the officers at the top, and a summary of decisions, adopted
 * documents and the next host at the end; {@link io.github.mispa.report.RapporteurReport#in} writes
 * it in English, Spanish, French or Portuguese. {@link io.github.mispa.report.FindingText} writes
 * the findings of a check in any of them, and {@link io.github.mispa.report.FindingGroup} groups
 * the findings that say the same thing.
 *
 * <p>The grammar of each language (articles joined to prepositions, agreement, spelled-out
 * ordinals, dates, lists) is ICU4J's, driven by message patterns in {@code messages_xx.properties};
 * the words that vary by language (member states, offices, kinds of session and document, the
 * meeting series) are data of mispa-core's model.
 */
@NullMarked
package io.github.mispa.report;

import org.jspecify.annotations.NullMarked;
