/**
 * Test fixtures for code that uses mispa: {@link io.github.mispa.examples.MispaV}, the record of
 * the Fifth Meeting of Ministers Responsible for Public Security in the Americas, and generated
 * records of any size, {@link io.github.mispa.examples.SyntheticRecords} (random procedure) and
 * {@link io.github.mispa.examples.ValidRecords} (records that check clean).
 *
 * <pre>{@code
 * MeetingRecord record = MispaV.record();
 * RuleSets.mispa().check(record).isClean();   // true
 * }</pre>
 *
 * <p>The package keeps the name it had in mispa-examples, where the record was first written; the
 * examples and the conformance suite share it.
 */
@NullMarked
package io.github.mispa.examples;

import org.jspecify.annotations.NullMarked;
