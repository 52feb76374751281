/**
 * The JSON binding of mispa records, on Jackson 3.
 *
 * <p>{@link io.github.mispa.json.MispaJson} reads and writes a {@link
 * io.github.mispa.procedure.MeetingRecord} without any Jackson configuration; {@link
 * io.github.mispa.json.MispaModule} teaches an existing Jackson {@code JsonMapper} the same format.
 * Every read failure is a {@link io.github.mispa.json.MispaJsonException} that points, with a JSON
 * Pointer, at the offending place. The format is described in {@code docs/wire-format.md} and by
 * the JSON Schema {@code io/github/mispa/json/mispa-record.schema.json} shipped in this jar.
 */
@NullMarked
package io.github.mispa.json;

import org.jspecify.annotations.NullMarked;
