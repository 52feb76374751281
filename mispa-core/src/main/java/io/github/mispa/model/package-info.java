/**
 * Who, what and when: member states and their standing over time, official languages, participants
 * and persons, offices, meetings, documents and their OAS symbols.
 *
 * <p>Every type here is immutable. Value types with a text form ({@link
 * io.github.mispa.model.DocumentSymbol}, {@link io.github.mispa.model.Edition}) follow {@code
 * java.time}: {@code of} validates, {@code parse} reads text, {@code toString} prints the canonical
 * form, and {@code parse(x.toString()).equals(x)}. Aggregates are built with nested builders that
 * reject null, blank and inconsistent values with a message naming the attribute.
 */
@MispaStyle
@NullMarked
package io.github.mispa.model;

import io.github.mispa.internal.MispaStyle;
import org.jspecify.annotations.NullMarked;
