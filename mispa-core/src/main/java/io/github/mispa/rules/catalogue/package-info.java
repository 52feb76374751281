/**
 * The catalogue of rules of procedure, one class per rule, each named after its id ({@code
 * election.seconder-distinct} is {@link io.github.mispa.rules.catalogue.ElectionSeconderDistinct}),
 * and the standard rule sets in {@link io.github.mispa.rules.catalogue.RuleSets}.
 *
 * <p>Where two rules could flag the same act for the same reason, one owns it and the other leaves
 * it alone, so that every breach is reported once; each class says what it leaves to which rule.
 */
@NullMarked
package io.github.mispa.rules.catalogue;

import org.jspecify.annotations.NullMarked;
