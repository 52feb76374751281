/**
 * The {@code mispa} command-line tool: check meeting records, write them as the rapporteur's
 * report, show the procedural state before an act, print the JSON Schema and run a conformance
 * suite. Its entry point is {@link io.github.mispa.examples.cli.Mispa}.
 */
@NullMarked
package io.github.mispa.examples.cli;

import org.jspecify.annotations.NullMarked;
