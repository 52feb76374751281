/**
 * The conformance suite of the rules engine: language-neutral cases, each a record in the wire
 * format and the findings a conforming checker reports on it, written by hand. {@link
 * io.github.mispa.examples.conformance.ConformanceSuite} reads and runs a suite; {@link
 * io.github.mispa.examples.conformance.ConformanceCases} writes the records of the suite checked in
 * at {@code conformance/}, never their expected findings.
 */
@NullMarked
package io.github.mispa.examples.conformance;

import org.jspecify.annotations.NullMarked;
