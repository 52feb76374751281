package io.github.mispa.procedure;

/** What the builder of every act of decision can set beyond an act's fields. */
interface DecisionBuilder extends ActBuilder {
  Object method(DecisionMethod method);

  Object outcome(Outcome outcome);

  Object tally(Tally tally);

  Object requiredMajority(RequiredMajority majority);

  Object incorporating(Iterable<String> amendments);
}
