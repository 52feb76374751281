/**
 * The procedural acts of a meeting and the record they form.
 *
 * <p>A {@link io.github.mispa.procedure.MeetingRecord} holds a meeting, its participants, persons
 * and documents, and its sessions; each session holds agenda items; each item holds its acts in
 * order. Acts refer to participants, persons, documents and earlier acts by id, and a record that
 * refers to anything it does not define cannot be built: {@link
 * io.github.mispa.procedure.InvalidRecordException} lists every broken reference with its place.
 *
 * <p>Sessions and agenda items live here rather than in {@code model} because they contain acts;
 * {@code model} stays free of procedure.
 */
@MispaStyle
@NullMarked
package io.github.mispa.procedure;

import io.github.mispa.internal.MispaStyle;
import org.jspecify.annotations.NullMarked;
