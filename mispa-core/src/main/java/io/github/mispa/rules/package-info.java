/**
 * The rules engine: rule sets, the replay of a record act by act, and the findings it yields.
 *
 * <p>A {@link io.github.mispa.rules.Rule} looks at one act and the {@link
 * io.github.mispa.rules.ProceduralState} before it, and reports {@link
 * io.github.mispa.rules.Finding}s. A {@link io.github.mispa.rules.RuleSet} is data: which rules,
 * with which parameters. {@link io.github.mispa.rules.RuleSet#check} replays a record once, in one
 * pass, and returns a {@link io.github.mispa.rules.Verdict}. The rules of the catalogue and the
 * standard rule sets are in {@code io.github.mispa.rules.catalogue}.
 *
 * <pre>{@code
 * Verdict verdict = RuleSets.mispa().check(record);
 * if (!verdict.isClean()) {
 *   for (Finding f : verdict.findings()) {
 *     System.out.println(f); // "2.a#19 void election.seconder-distinct (practice): ..."
 *   }
 * }
 * verdict.finalState().holders(Office.CHAIR); // [perez-guadalupe]
 * }</pre>
 */
@MispaStyle
@NullMarked
package io.github.mispa.rules;

import io.github.mispa.internal.MispaStyle;
import org.jspecify.annotations.NullMarked;
