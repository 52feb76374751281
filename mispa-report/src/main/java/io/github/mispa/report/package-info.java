/**
 * Rendering a record for people: {@link io.github.mispa.report.RapporteurReport} writes the record
 * as a rapporteur's report in Markdown, in the manner of the OAS reports: numbered sessions,
 * lettered items, a plain sentence for each act, document symbols in brackets, the officers at the
 * top, and a summary of decisions, adopted documents and the next host at the end.
 */
@NullMarked
package io.github.mispa.report;

import org.jspecify.annotations.NullMarked;
