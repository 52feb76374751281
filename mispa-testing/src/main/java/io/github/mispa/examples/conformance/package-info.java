/**
 * {@link io.github.mispa.examples.conformance.RecordEdits}: small changes to a record (replace,
 * insert or remove an act; change a participant, document or session; add attendance), each giving
 * a new record built, and so validated, like any other. The conformance suite's cases are made with
 * them; tests use them to make a rule fire on the MISPA V record.
 */
@NullMarked
package io.github.mispa.examples.conformance;

import org.jspecify.annotations.NullMarked;
